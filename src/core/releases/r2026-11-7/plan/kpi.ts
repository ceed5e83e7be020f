import type { Answers } from '../wizard/answers'
import { optionLabel, type QuestionId } from '../wizard/questions'
import { KEY_INDICATORS_RULE, LAYERS_RULE, METRIC_RULES, STRATEGY_RULES, type KpiLayer, type ToolId } from '../rules'
import type { Kpi } from './schema'
import { why } from './why'

interface Target {
  value: number | null
  basis: string
  answers: QuestionId[]
}

/** Monthly new followers a stage usually manages when the owner gave no follower count. */
const NEW_FOLLOWERS_BY_STAGE = { startup: 300, growing: 1000, mature: 3000 } as const
/** Monthly leads a small To B team can follow up, by stage: our starting point. */
const LEADS_BY_STAGE = { startup: 20, growing: 60, mature: 150 } as const
const MONTHLY_FOLLOWER_GROWTH = 0.05
const QUARTER_GMV_GROWTH = 0.2

function target(id: string, a: Answers): Target {
  switch (id) {
    case 'acquisition.newFollowers':
      return a.followers !== null
        ? {
            value: Math.max(100, Math.round(a.followers * MONTHLY_FOLLOWER_GROWTH)),
            basis: `按现有 ${a.followers} 粉丝每月增长 5% 估算`,
            answers: ['followers'],
          }
        : {
            value: NEW_FOLLOWERS_BY_STAGE[a.stage],
            basis: `未填粉丝数，按${optionLabel('stage', a.stage)}常见水平估算`,
            answers: ['followers', 'stage'],
          }
    case 'monetisation.gmv':
      return a.monthlyGmv !== null
        ? {
            value: Math.round(a.monthlyGmv * (1 + QUARTER_GMV_GROWTH)),
            basis: `在现有月销售额 ${a.monthlyGmv} 元基础上，一个季度提升 20%`,
            answers: ['monthlyGmv'],
          }
        : { value: null, basis: '未填月销售额，先记录首月GMV作为基线', answers: ['monthlyGmv'] }
    case 'leads.count':
      return {
        value: LEADS_BY_STAGE[a.stage],
        basis: `按${optionLabel('stage', a.stage)}企业常见水平估算，首月后按实际调整`,
        answers: ['stage'],
      }
    case 'leads.conversion':
      return { value: 10, basis: '常见起点是十条线索成交一单，按首月实际调整', answers: [] }
    case 'acquisition.cac':
      return { value: null, basis: '先记录首月实际获客成本，再定下降目标', answers: [] }
    case 'monetisation.aov':
      return { value: null, basis: '以首月客单价为基线', answers: [] }
    default:
      return { value: DEFAULT_RATES[id] ?? null, basis: '常见起点，按首月实际数据调整', answers: [] }
  }
}

const DEFAULT_RATES: Record<string, number> = {
  'activity.sessionOpenRate': 5,
  'activity.clickDepth': 3,
  'exposure.articleOpenRate': 5,
  'interaction.mpRetention': 20,
  'conversion.wecomAddRate': 10,
}

/** Seed 五's key indicators, one per layer, each only when its tool is in the mix. */
const LAYER_KPIS: readonly {
  id: string
  metric: string
  layer: KpiLayer
  unit: string
  tools: ToolId[]
  direction: string
}[] = [
  {
    id: 'exposure.articleOpenRate',
    metric: '公众号打开率',
    layer: 'exposure',
    unit: '%',
    tools: ['serviceAccount', 'subscriptionAccount'],
    direction: '标题写得让人想点开，按用户活跃时段推送',
  },
  {
    id: 'interaction.mpRetention',
    metric: '小程序留存率（次月）',
    layer: 'interaction',
    unit: '%',
    tools: ['miniProgram'],
    direction: '首屏速度与常用功能入口',
  },
  {
    id: 'conversion.wecomAddRate',
    metric: '企业微信添加转化率',
    layer: 'conversion',
    unit: '%',
    tools: ['wecom'],
    direction: '添加引导与客服响应速度',
  },
]

/** The business sells through WeChat: GMV is the measure that matters. */
export function sells(a: Answers): boolean {
  if (a.monthlyGmv !== null || a.customerModel === 'ecommerce' || a.needs.includes('store')) return true
  return a.customerModel === 'toC' && a.primaryGoal === 'sales'
}

export function kpiBoard(a: Answers, tools: ReadonlySet<ToolId>): Kpi[] {
  const out: Kpi[] = []
  const make = (
    id: string,
    metric: string,
    layer: KpiLayer,
    unit: string,
    direction: string,
    itemWhy: Kpi['why'],
    dim: Kpi['dimension'],
  ) => {
    const t = target(id, a)
    out.push({
      id,
      layer,
      dimension: dim,
      metric,
      direction,
      unit,
      target: { value: t.value, basis: t.basis, why: why([itemWhy.rules[0]], t.answers, true) },
      why: itemWhy,
    })
  }
  for (const r of METRIC_RULES) {
    // GMV and 客单价 only where the business sells through WeChat; a lead-generation firm is
    // measured on leads instead (seed 一: To B型企业 → 线索获取与转化).
    if (r.dimension === 'monetisation' && !sells(a)) continue
    const answers: QuestionId[] = r.dimension === 'monetisation' ? ['customerModel', 'primaryGoal'] : []
    for (const k of r.kpis)
      make(k.id, k.metric, k.layer, k.unit, r.direction, why([r.id, LAYERS_RULE.id], answers), r.dimension)
  }
  if (a.customerModel === 'toB') {
    const toB = STRATEGY_RULES.find((r) => r.customerModel === 'toB')
    const rules = [toB?.id ?? LAYERS_RULE.id, LAYERS_RULE.id]
    make(
      'leads.count',
      '新增线索（月）',
      'conversion',
      '条',
      '资料下载、预约演示等留资入口',
      why(rules, ['customerModel'], true),
      null,
    )
    make(
      'leads.conversion',
      '线索成交率',
      'conversion',
      '%',
      '销售用企业微信及时跟进',
      why(rules, ['customerModel'], true),
      null,
    )
  }
  for (const k of LAYER_KPIS) {
    const used = k.tools.filter((t) => tools.has(t))
    if (used.length === 0) continue
    // The seed names these indicators and layers but not how to improve them: the direction is ours.
    make(k.id, k.metric, k.layer, k.unit, k.direction, why([KEY_INDICATORS_RULE.id, LAYERS_RULE.id], [], true), null)
  }
  return out
}
