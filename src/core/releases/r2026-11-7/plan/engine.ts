import { answerValue, type Answers } from '../wizard/answers'
import { QUESTIONS } from '../wizard/questions'
import { RULEBASE_VERSION } from '../rules'
import { planAccounts } from './accounts'
import { contentCalendar, contentStrategy } from './calendar'
import { complianceChecklist } from './compliance'
import { PREVIEW_DEFAULTS } from './defaults'
import { differentiation } from './differentiation'
import { iteration } from './iteration'
import { kpiBoard } from './kpi'
import { position } from './positioning'
import { audienceBands, weeklySchedule } from './schedule'
import type { PlanContent } from './schema'
import { firstMoves } from './moves'
import { playbook } from './playbook'
import { techRequirements, TECH_READER } from './tech'
import { rankByUse, recommendTools } from './tools'

export type { PlanContent, Why, ToolRecommendation } from './schema'
export { planContentSchema } from './schema'
export { liftContent } from './legacy'

/**
 * Answers → plan. Pure and deterministic: the clock is an argument, so the phone's live preview
 * and the cloud's stored result agree for the same answers and time.
 */
export function computePlan(answers: Answers, now: number): PlanContent {
  if (!Number.isFinite(now)) throw new RangeError('now must be a finite epoch-ms value')
  const scored = recommendTools(answers)
  const toolSet = new Set(scored.map((t) => t.tool))
  const schedule = weeklySchedule(answers)
  const calendar = contentCalendar(answers, schedule, toolSet, now)
  const tools = rankByUse(scored, calendar, answers)
  const plan: PlanContent = {
    rulebaseVersion: RULEBASE_VERSION,
    computedAt: now,
    positioning: position(answers),
    tools,
    audience: { bands: audienceBands(answers), schedule },
    accounts: planAccounts(answers, tools, calendar),
    content: { strategy: contentStrategy(answers), calendar },
    kpis: kpiBoard(answers, toolSet),
    compliance: complianceChecklist(answers),
    differentiation: differentiation(answers),
    tech: techRequirements(answers, toolSet),
    iteration: iteration(answers, now),
    playbook: playbook(answers),
    techReader: TECH_READER[answers.devTeam],
    // Filled from the rest of the plan just below; declared here so it stays the last key.
    firstMoves: [],
  }
  plan.firstMoves = firstMoves(plan)
  return plan
}

/**
 * A plan from a half-filled wizard: each missing or invalid answer takes its default, and the
 * ids of those answers are returned so the preview can say what it assumed.
 */
export function previewPlan(
  partial: Record<string, unknown>,
  now: number,
): { content: PlanContent; assumedAnswers: string[] } {
  const input: Record<string, unknown> = typeof partial === 'object' && partial !== null ? partial : {}
  const filled: Record<string, unknown> = {}
  const assumedAnswers: string[] = []
  for (const q of QUESTIONS) {
    const raw = Object.prototype.hasOwnProperty.call(input, q.id) ? input[q.id] : undefined
    const value = answerValue(q.id, raw)
    if (value === undefined) {
      filled[q.id] = PREVIEW_DEFAULTS[q.id]
      assumedAnswers.push(q.id)
    } else filled[q.id] = value
  }
  return { content: computePlan(filled as unknown as Answers, now), assumedAnswers }
}
