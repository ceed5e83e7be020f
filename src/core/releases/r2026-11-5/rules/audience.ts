import type { AgeBand } from '../wizard/questions'
import type { Rule } from './types'

export interface Hours {
  /** 'HH:MM', China time. */
  from: string
  to: string
}

/** Seed 二: age band → active hours and preferred content forms. */
export interface AudienceRule extends Rule {
  band: AgeBand
  hours: Hours
  forms: readonly string[]
}

export const AUDIENCE_RULES: readonly AudienceRule[] = [
  {
    id: 'audience.18-25',
    section: '二',
    origin: 'seed',
    form: 'table',
    source: '18-25岁 | 晚间20:00-23:00 | 短视频/互动游戏',
    band: '18-25',
    hours: { from: '20:00', to: '23:00' },
    forms: ['短视频', '互动游戏'],
  },
  {
    id: 'audience.26-35',
    section: '二',
    origin: 'seed',
    form: 'table',
    source: '26-35岁 | 午间12:00-14:00 | 图文测评/限时优惠',
    band: '26-35',
    hours: { from: '12:00', to: '14:00' },
    forms: ['图文测评', '限时优惠'],
  },
  {
    id: 'audience.36-45',
    section: '二',
    origin: 'seed',
    form: 'table',
    source: '36-45岁 | 早间7:00-9:00 | 知识科普/实用教程',
    band: '36-45',
    hours: { from: '07:00', to: '09:00' },
    forms: ['知识科普', '实用教程'],
  },
]

/** The only thing the seed says about ages outside its table, and about video vs articles. */
export const AGE_FORMS_RULE: Rule = {
  id: 'audience.ageForms',
  section: '二',
  origin: 'seed',
  form: 'prose',
  source: '年轻用户偏好短视频内容,中老年用户更依赖公众号图文',
}

/**
 * 46+ is not in the seed's table: the forms follow the prose above, the hours are our
 * assumption (after-dinner reading) and the plan marks them so.
 */
export const OLDER_BAND_ASSUMPTION = {
  band: '46+' as const,
  hours: { from: '19:00', to: '21:00' },
  forms: ['公众号图文'],
}
