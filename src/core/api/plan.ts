import * as v from 'valibot'
import type { Answers } from '../wizard/answers'
import type { PlanContent } from '../plan/engine'
import type { Change } from '../plan/diff'
import { NAME_MAX_LENGTH, QUESTIONS } from '../wizard/questions'
import { LIMITS, MSG, idSchema, revSchema } from './common'

/** KPI id → target value the owner set. Ids come from the plan's KPI board. */
export type Targets = Record<string, number>

export const KPI_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/

const planName = v.pipe(
  v.string(MSG.nameEmpty),
  v.trim(),
  v.minLength(1, MSG.nameEmpty),
  v.maxLength(NAME_MAX_LENGTH, `名称不能超过 ${NAME_MAX_LENGTH} 个字`),
)

const targetsSchema = v.pipe(
  v.record(
    v.pipe(v.string(MSG.kpiId), v.regex(KPI_ID_PATTERN, MSG.kpiId)),
    v.pipe(
      v.number(MSG.number),
      v.finite(MSG.number),
      v.minValue(-LIMITS.targetMax, MSG.outOfRange),
      v.maxValue(LIMITS.targetMax, MSG.outOfRange),
    ),
    MSG.object,
  ),
  v.maxEntries(LIMITS.targets, `最多设置 ${LIMITS.targets} 个指标目标`),
)

/** Answers are checked by the core's own parser (field-level messages), so the envelope only carries them. */
export const planCreateInput = v.object({ answers: v.unknown() }, MSG.object)
export const planListInput = v.optional(
  v.object(
    {
      cursor: v.nullish(v.pipe(v.string(MSG.cursor), v.maxLength(200, MSG.cursor))),
      limit: v.optional(
        v.pipe(
          v.number(MSG.number),
          v.integer(MSG.integer),
          v.minValue(1, MSG.outOfRange),
          v.maxValue(LIMITS.listMax, `每页最多 ${LIMITS.listMax} 条`),
        ),
      ),
    },
    MSG.object,
  ),
  {},
)
export const planGetInput = v.object({ planId: idSchema }, MSG.object)
export const planRenameInput = v.object({ planId: idSchema, name: planName, baseRev: revSchema }, MSG.object)
export const planUpdateInput = v.object({ planId: idSchema, answers: v.unknown(), baseRev: revSchema }, MSG.object)
export const planSetTargetsInput = v.object(
  { planId: idSchema, baseRev: revSchema, targets: targetsSchema },
  MSG.object,
)
export const planRevisionsInput = v.object({ planId: idSchema }, MSG.object)
export const planRevisionInput = v.object({ planId: idSchema, rev: revSchema }, MSG.object)
export const planDeleteInput = v.object({ planId: idSchema }, MSG.object)
export const planRestoreInput = v.object({ planId: idSchema }, MSG.object)

export interface PlanSummary {
  id: string
  name: string
  /** The answers' industry option value, and its label from the questionnaire, when there is one. */
  industry: string | null
  industryLabel: string | null
  updatedAt: number
  rev: number
}

export interface PlanView {
  id: string
  name: string
  industry: string | null
  industryLabel: string | null
  answers: Answers
  content: PlanContent
  targets: Targets
  /** Bumped by every change; send it back as `baseRev` so a stale edit gets CONFLICT instead of overwriting. */
  rev: number
  createdAt: number
  updatedAt: number
  rulebaseVersion: string
  /** What the latest answer update changed, compared with revision `changesFromRev`. */
  changes: Change[]
  changesFromRev: number | null
}

export interface PlanList {
  items: PlanSummary[]
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null
}

export interface RevisionSummary {
  rev: number
  savedAt: number
  rulebaseVersion: string
  changeCount: number
  /** The plan as it is now (not yet archived). */
  current: boolean
}

export interface RevisionView {
  planId: string
  rev: number
  name: string
  answers: Answers
  content: PlanContent
  targets: Targets
  savedAt: number
  rulebaseVersion: string
  changes: Change[]
  changesFromRev: number | null
  current: boolean
}

export interface DeletedPlan {
  planId: string
  deletedAt: number
  /** After this time `restore` answers NOT_FOUND. */
  restoreUntil: number
}

/** Reads the industry from answers defensively: older plans or other questionnaires may lack it. */
export function industryOf(answers: unknown): { industry: string | null; industryLabel: string | null } {
  if (typeof answers !== 'object' || answers === null) return { industry: null, industryLabel: null }
  const value: unknown = (answers as Record<string, unknown>).industry
  if (typeof value !== 'string' || value === '') return { industry: null, industryLabel: null }
  const question = (QUESTIONS as readonly { id: string; options?: readonly { value: string; label: string }[] }[]).find(
    (q) => q.id === 'industry',
  )
  const label = question?.options?.find((o) => o.value === value)?.label ?? null
  return { industry: value, industryLabel: label }
}

export type PlanCreateInput = v.InferInput<typeof planCreateInput>
export type PlanListInput = v.InferInput<typeof planListInput>
export type PlanGetInput = v.InferInput<typeof planGetInput>
export type PlanRenameInput = v.InferInput<typeof planRenameInput>
export type PlanUpdateInput = v.InferInput<typeof planUpdateInput>
export type PlanSetTargetsInput = v.InferInput<typeof planSetTargetsInput>
export type PlanRevisionsInput = v.InferInput<typeof planRevisionsInput>
export type PlanRevisionInput = v.InferInput<typeof planRevisionInput>
export type PlanDeleteInput = v.InferInput<typeof planDeleteInput>
export type PlanRestoreInput = v.InferInput<typeof planRestoreInput>
