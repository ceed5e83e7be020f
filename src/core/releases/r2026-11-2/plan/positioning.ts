import type { Answers } from '../wizard/answers'
import { industryLabel, optionLabel, type QuestionId } from '../wizard/questions'
import { EMPHASIS_RULES, POSITIONING_RULES, ROLES, STRATEGY_RULES, type Role } from '../rules'
import type { PlanContent } from './schema'
import { why } from './why'

const [ROLES_RULE, GOALS_RULE, LIFECYCLE_RULE] = POSITIONING_RULES

/**
 * Role follows the primary goal (服务 → 服务窗口, 品牌 → 营销阵地). Sales is a marketing front
 * until there is a member base or a mature business to run as a lifecycle hub.
 */
function roleOf(a: Answers): { role: Role; answers: QuestionId[] } {
  if (a.primaryGoal === 'service') return { role: 'serviceWindow', answers: ['primaryGoal'] }
  if (a.primaryGoal === 'brand') return { role: 'marketingFront', answers: ['primaryGoal'] }
  if (a.needs.includes('membership')) return { role: 'operationsHub', answers: ['primaryGoal', 'needs'] }
  if (a.stage === 'mature') return { role: 'operationsHub', answers: ['primaryGoal', 'stage'] }
  return { role: 'marketingFront', answers: ['primaryGoal', 'stage', 'needs'] }
}

export function position(a: Answers): PlanContent['positioning'] {
  const strategy = STRATEGY_RULES.find((r) => r.customerModel === a.customerModel) ?? STRATEGY_RULES[0]
  const { role, answers } = roleOf(a)
  const roleLabel = ROLES.find((r) => r.value === role)?.label ?? role
  const goalLabel = optionLabel('primaryGoal', a.primaryGoal)
  const stageRule = EMPHASIS_RULES.find((r) => r.when.stage === a.stage)
  const kind = strategy.source.split(' | ')[0]
  const parts = [
    `${a.name}（${industryLabel(a.industry)}）在微信生态中做「${roleLabel}」，首要目标是${goalLabel}`,
    `作为${kind}，核心指标是${strategy.coreGoal}`,
  ]
  if (stageRule) parts.push(stageRule.reason)
  if (role === 'operationsHub') parts.push('把微信当作用户全生命周期管理的核心载体')
  const rules = [ROLES_RULE.id, GOALS_RULE.id, strategy.id]
  if (stageRule) rules.push(stageRule.id)
  if (role === 'operationsHub') rules.push(LIFECYCLE_RULE.id)
  return {
    role,
    roleLabel,
    goal: a.primaryGoal,
    goalLabel,
    coreGoal: strategy.coreGoal,
    statement: parts.join('；') + '。',
    why: why(rules, ['name', 'industry', 'customerModel', ...answers, ...(stageRule ? (['stage'] as const) : [])]),
  }
}
