import type { Rule } from './types'

export const ITERATION_RULES = {
  quarterly: {
    id: 'iteration.quarterly',
    section: '结语',
    origin: 'seed',
    form: 'prose',
    source: '企业定位策略需保持季度级迭代频率',
  },
  policy: {
    id: 'iteration.policy',
    section: '结语',
    origin: 'seed',
    form: 'prose',
    source: '随着视频号直播、小程序跳转限制放开等政策变化',
  },
} as const satisfies Record<string, Rule>
