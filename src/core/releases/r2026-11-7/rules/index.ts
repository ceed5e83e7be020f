import { AGE_FORMS_RULE, AUDIENCE_RULES } from './audience'
import { COMPETITION_RULES, CATERING_RULE, OBSERVE_RULE } from './competition'
import { COMPLIANCE_PROSE, LEGAL_RULES, RISK_RULES } from './compliance'
import { CALENDAR_RULE, CONTENT_RULES } from './content'
import { ACCOUNT_RULES, ACCOUNT_TYPE_RULES } from './features'
import { ITERATION_RULES } from './iteration'
import { KEY_INDICATORS_RULE, LAYERS_RULE, METRIC_RULES } from './metrics'
import { EMPHASIS_RULES, POSITIONING_RULES, STRATEGY_RULES } from './strategy'
import { PLAYBOOK_RULES } from './playbooks'
import { TECH_PROSE, TECH_RULES } from './tech'
import type { Rule } from './types'

export * from './types'
export * from './vocab'
export * from './strategy'
export * from './audience'
export * from './features'
export * from './content'
export * from './metrics'
export * from './compliance'
export * from './competition'
export * from './tech'
export * from './iteration'
export * from './playbooks'
export * from './trade'
export * from './seasons'

/** Bump when any rule's content changes; a stored plan records the version it was computed with. */
export const RULEBASE_VERSION = '2026.11-7'

/** Every rule, in the seed's order; ids are unique (a test checks). */
export const RULES: readonly Rule[] = [
  ...POSITIONING_RULES,
  ...STRATEGY_RULES,
  ...EMPHASIS_RULES,
  ...AUDIENCE_RULES,
  AGE_FORMS_RULE,
  ...ACCOUNT_RULES,
  ...Object.values(ACCOUNT_TYPE_RULES),
  ...CONTENT_RULES,
  CALENDAR_RULE,
  ...METRIC_RULES,
  LAYERS_RULE,
  KEY_INDICATORS_RULE,
  ...Object.values(RISK_RULES),
  ...Object.values(COMPLIANCE_PROSE),
  ...Object.values(LEGAL_RULES),
  ...COMPETITION_RULES,
  OBSERVE_RULE,
  CATERING_RULE,
  ...TECH_RULES,
  ...Object.values(TECH_PROSE),
  ...Object.values(ITERATION_RULES),
  ...PLAYBOOK_RULES,
]

const BY_ID = new Map(RULES.map((r) => [r.id, r]))

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id)
}
