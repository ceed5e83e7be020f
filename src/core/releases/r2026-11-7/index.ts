/**
 * Rule-base release 2026.11-7, frozen.
 *
 * Versions store only what reproduces them (answers, rule-base version, computation time, owner
 * edits), so every released rule base must stay computable exactly as it shipped. This folder is
 * a verbatim copy of the questionnaire, rules and engine of that release: never edit it (a fix
 * here would silently change plans owners already saw). New work goes into src/core/wizard,
 * rules and plan, and a release that changes them bumps RULEBASE_VERSION and freezes the
 * previous one beside this folder.
 */
export { RULEBASE_VERSION, RULES, ruleById } from './rules'
export { QUESTIONS } from './wizard/questions'
export { parseAnswers, type Answers } from './wizard/answers'
export { computePlan, type PlanContent } from './plan/engine'
export { planContentSchema } from './plan/schema'
