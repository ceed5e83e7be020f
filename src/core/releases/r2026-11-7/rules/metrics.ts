import type { KpiDimension, KpiLayer } from './vocab'
import type { Rule } from './types'

export interface KpiDef {
  /** Stable: targets and monthly actuals are stored under it. */
  id: string
  metric: string
  layer: KpiLayer
  unit: string
}

/** Seed 五 table: dimension → core metrics → optimisation direction. */
export interface MetricRule extends Rule {
  dimension: KpiDimension
  direction: string
  kpis: readonly KpiDef[]
}

export const METRIC_RULES: readonly MetricRule[] = [
  {
    id: 'metrics.acquisition',
    section: '五',
    origin: 'seed',
    form: 'table',
    source: '流量获取 | 新增关注量/获客成本 | 渠道投放ROI',
    dimension: 'acquisition',
    direction: '渠道投放ROI',
    kpis: [
      { id: 'acquisition.newFollowers', metric: '新增关注量（月）', layer: 'exposure', unit: '人' },
      { id: 'acquisition.cac', metric: '获客成本', layer: 'exposure', unit: '元/人' },
    ],
  },
  {
    id: 'metrics.activity',
    section: '五',
    origin: 'seed',
    form: 'table',
    source: '用户活跃 | 会话打开率/点击深度 | 内容吸引力',
    dimension: 'activity',
    direction: '内容吸引力',
    kpis: [
      { id: 'activity.sessionOpenRate', metric: '会话打开率', layer: 'interaction', unit: '%' },
      { id: 'activity.clickDepth', metric: '点击深度', layer: 'interaction', unit: '页/次' },
    ],
  },
  {
    id: 'metrics.monetisation',
    section: '五',
    origin: 'seed',
    form: 'table',
    source: '商业变现 | GMV/客单价 | 支付流程体验',
    dimension: 'monetisation',
    direction: '支付流程体验',
    kpis: [
      { id: 'monetisation.gmv', metric: 'GMV（月）', layer: 'conversion', unit: '元' },
      { id: 'monetisation.aov', metric: '客单价', layer: 'conversion', unit: '元' },
    ],
  },
]

export const LAYERS_RULE: Rule = {
  id: 'metrics.layers',
  section: '五',
  origin: 'seed',
  form: 'prose',
  source: '需建立多维度数据看板,区分曝光层、交互层、转化层指标',
}

export const KEY_INDICATORS_RULE: Rule = {
  id: 'metrics.keyIndicators',
  section: '五',
  origin: 'seed',
  form: 'prose',
  source: '关键指标包括公众号打开率、小程序留存率、企业微信添加转化率',
}
