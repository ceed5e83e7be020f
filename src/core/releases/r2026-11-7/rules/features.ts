import type { AccountId } from './vocab'
import type { Rule } from './types'

/** Seed 三: account type → posting frequency and scenarios. */
export interface AccountRule extends Rule {
  account: AccountId
  cadence: string
  /** Most posts a 4-week calendar may give this account; null = conversation, not posts. */
  maxPer4Weeks: number | null
  /** Most posts on one day. */
  maxPerDay: number | null
  scenarios: readonly string[]
}

export const ACCOUNT_RULES: readonly AccountRule[] = [
  {
    id: 'features.serviceAccount',
    section: '三',
    origin: 'seed',
    form: 'table',
    source: '服务号 | 每月4次 | 预约服务/会员体系',
    account: 'serviceAccount',
    cadence: '每月4次',
    maxPer4Weeks: 4,
    maxPerDay: 1,
    scenarios: ['预约服务', '会员体系'],
  },
  {
    id: 'features.subscriptionAccount',
    section: '三',
    origin: 'seed',
    form: 'table',
    source: '订阅号 | 每天1次 | 资讯推送/活动通知',
    account: 'subscriptionAccount',
    cadence: '每天1次',
    maxPer4Weeks: 28,
    maxPerDay: 1,
    scenarios: ['资讯推送', '活动通知'],
  },
  {
    id: 'features.wecom',
    section: '三',
    origin: 'seed',
    form: 'table',
    source: '企业微信 | 实时沟通 | 客户服务/内部协同',
    account: 'wecom',
    cadence: '实时沟通',
    maxPer4Weeks: null,
    maxPerDay: null,
    scenarios: ['客户服务', '内部协同'],
  },
]

/** Seed 三 prose: which account type the seed's plain "公众号" means. */
export const ACCOUNT_TYPE_RULES = {
  lowFrequency: {
    id: 'features.lowFrequency',
    section: '三',
    origin: 'seed',
    form: 'prose',
    source: '服务号适合低频高价值服务(如银行账单查询)',
  },
  highFrequency: {
    id: 'features.highFrequency',
    section: '三',
    origin: 'seed',
    form: 'prose',
    source: '订阅号侧重高频内容输出(如媒体资讯)',
  },
} as const satisfies Record<string, Rule>
