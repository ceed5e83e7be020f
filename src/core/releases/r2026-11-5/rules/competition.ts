import type { CompetitorPattern } from '../wizard/questions'
import type { Rule } from './types'

/** Seed 七: competitor pattern → its usual strategy → where to differ. */
export interface CompetitionRule extends Rule {
  pattern: Exclude<CompetitorPattern, 'unknown'>
  feature: string
  usual: string
  innovation: string
}

export const COMPETITION_RULES: readonly CompetitionRule[] = [
  {
    id: 'competition.highFrequencyPromo',
    section: '七',
    origin: 'seed',
    form: 'table',
    source: '高频促销型 | 每日秒杀推送 | 场景化购物体验',
    pattern: 'highFrequencyPromo',
    feature: '高频促销型',
    usual: '每日秒杀推送',
    innovation: '场景化购物体验',
  },
  {
    id: 'competition.knowledge',
    section: '七',
    origin: 'seed',
    form: 'table',
    source: '知识输出型 | 行业报告下载 | 互动式内容共创',
    pattern: 'knowledge',
    feature: '知识输出型',
    usual: '行业报告下载',
    innovation: '互动式内容共创',
  },
  {
    id: 'competition.serviceLed',
    section: '七',
    origin: 'seed',
    form: 'table',
    source: '客服导向型 | 人工即时响应 | 智能语义识别',
    pattern: 'serviceLed',
    feature: '客服导向型',
    usual: '人工即时响应',
    innovation: '智能语义识别',
  },
]

export const OBSERVE_RULE: Rule = {
  id: 'competition.observe',
  section: '七',
  origin: 'seed',
  form: 'prose',
  source: '通过观察竞品菜单设置、自动回复话术、活动形式等,挖掘差异化机会',
}

export const CATERING_RULE: Rule = {
  id: 'competition.cateringOrdering',
  section: '七',
  origin: 'seed',
  form: 'prose',
  source: '例如餐饮行业可增加“智能点餐”功能,区别于传统优惠券发放',
}
