import type { CustomerModel, Industry, Stage } from '../wizard/questions'
import type { Role, ToolTarget } from './vocab'
import type { Rule } from './types'

/** Seed 一: enterprise type → core goal and WeChat tool mix. */
export interface StrategyRule extends Rule {
  customerModel: CustomerModel
  coreGoal: string
  tools: readonly ToolTarget[]
}

export const STRATEGY_RULES: readonly StrategyRule[] = [
  {
    id: 'strategy.toC',
    section: '一',
    origin: 'seed',
    form: 'table',
    source: 'To C型企业 | 用户增长与活跃 | 公众号+社群+小程序',
    customerModel: 'toC',
    coreGoal: '用户增长与活跃',
    tools: ['officialAccount', 'community', 'miniProgram'],
  },
  {
    id: 'strategy.toB',
    section: '一',
    origin: 'seed',
    form: 'table',
    source: 'To B型企业 | 线索获取与转化 | 企业微信+服务号',
    customerModel: 'toB',
    coreGoal: '线索获取与转化',
    tools: ['wecom', 'serviceAccount'],
  },
  {
    id: 'strategy.ecommerce',
    section: '一',
    origin: 'seed',
    form: 'table',
    source: '电商企业 | 销售转化 | 小程序商城+视频号直播',
    customerModel: 'ecommerce',
    coreGoal: '销售转化',
    tools: ['miniProgram', 'channels'],
  },
]

/** Prose of the intro and seed 一 that shifts the tool mix by industry or stage. */
export interface EmphasisRule extends Rule {
  when: { industry?: Industry; stage?: Stage }
  tools: readonly ToolTarget[]
  /** What the seed says the emphasis is for, in the plan's words. */
  reason: string
}

export const EMPHASIS_RULES: readonly EmphasisRule[] = [
  {
    id: 'intro.retail',
    section: '引言',
    origin: 'seed',
    form: 'prose',
    source: '零售企业可能侧重小程序电商与社群运营',
    when: { industry: 'retail' },
    tools: ['miniProgram', 'community'],
    reason: '零售企业侧重小程序电商与社群运营',
  },
  {
    id: 'intro.finance',
    section: '引言',
    origin: 'seed',
    form: 'prose',
    source: '金融机构则更注重公众号内容权威性与企业微信的客户服务能力',
    when: { industry: 'finance' },
    tools: ['officialAccount', 'wecom'],
    reason: '金融机构看重公众号内容权威性和企业微信客服',
  },
  {
    id: 'strategy.startup',
    section: '一',
    origin: 'seed',
    form: 'prose',
    source: '初创品牌可通过公众号建立行业认知',
    when: { stage: 'startup' },
    tools: ['officialAccount'],
    reason: '初创期先用公众号建立行业认知',
  },
  {
    id: 'strategy.mature',
    section: '一',
    origin: 'seed',
    form: 'prose',
    source: '成熟企业则可能聚焦小程序GMV提升',
    when: { stage: 'mature' },
    tools: ['miniProgram'],
    reason: '成熟期聚焦小程序GMV提升',
  },
]

export interface RoleRule extends Rule {
  roles?: readonly Role[]
}

export const POSITIONING_RULES: readonly RoleRule[] = [
  {
    id: 'intro.roles',
    section: '引言',
    origin: 'seed',
    form: 'prose',
    source: '企业需明确自身在微信生态中的角色(如服务窗口、营销阵地或用户运营中枢)',
    roles: ['serviceWindow', 'marketingFront', 'operationsHub'],
  },
  {
    id: 'strategy.goals',
    section: '一',
    origin: 'seed',
    form: 'prose',
    source: '企业需首先明确微信生态内的战略目标,通常分为品牌传播、用户服务、销售转化三类',
  },
  {
    id: 'conclusion.lifecycle',
    section: '结语',
    origin: 'seed',
    form: 'prose',
    source: '需将微信生态视为用户全生命周期管理的核心载体,而非单一营销渠道',
    roles: ['operationsHub'],
  },
]
