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

/** Why the owner's goal and the article's core goal for the business type belong together. */
const LINK: Record<Answers['customerModel'], Record<Answers['primaryGoal'], string>> = {
  toC: {
    brand: '品牌传播带来的新关注和互动，正是增长与活跃要看的数',
    service: '把服务做好让用户留下来、常回来，就是增长与活跃',
    sales: '先靠增长与活跃攒下会买的人，销售转化在此基础上发生，所以两者一起看',
  },
  toB: {
    brand: '品牌传播是为了让更多企业来咨询，最终看带来多少线索',
    service: '服务好现有客户，带来续约和转介绍线索',
    sales: '对企业客户来说，销售转化就是把线索跟进到成交',
  },
  ecommerce: {
    brand: '品牌传播先让人记住你，最终要落到下单上',
    service: '售前答疑和售后服务做得好，直接带来下单和复购',
    sales: '两者一致，全部力气放在下单上',
  },
}

function relate(a: Answers, kind: string, coreGoal: string, goalLabel: string): string {
  const link = LINK[a.customerModel][a.primaryGoal]
  return coreGoal === goalLabel
    ? `原文给${kind}的核心目标也是${coreGoal}：${link}`
    : `原文给${kind}的核心目标是${coreGoal}：${link}`
}

export function position(a: Answers): PlanContent['positioning'] {
  const strategy = STRATEGY_RULES.find((r) => r.customerModel === a.customerModel) ?? STRATEGY_RULES[0]
  const { role, answers } = roleOf(a)
  const roleLabel = ROLES.find((r) => r.value === role)?.label ?? role
  const goalLabel = optionLabel('primaryGoal', a.primaryGoal)
  const stageRule = EMPHASIS_RULES.find((r) => r.when.stage === a.stage)
  const kind = strategy.source.split(' | ')[0]
  const relation = relate(a, kind, strategy.coreGoal, goalLabel)
  const parts = [
    `${a.name}（${industryLabel(a.industry)}）在微信生态中做「${roleLabel}」，首要目标是${goalLabel}`,
    relation,
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
    relation,
    why: why(rules, ['name', 'industry', 'customerModel', ...answers, ...(stageRule ? (['stage'] as const) : [])]),
  }
}
