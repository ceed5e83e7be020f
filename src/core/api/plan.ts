import * as v from 'valibot'
import type { Answers } from '../wizard/answers'
import type { PlanContent } from '../plan/engine'
import { QUESTIONS } from '../wizard/questions'
import { LIMITS, MSG, idSchema, revSchema, versionSchema, wholeNumber } from './common'

/** KPI id → target value the owner set. Ids come from the plan's KPI board. */
export type Targets = Record<string, number>

export const KPI_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/

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
      limit: v.optional(wholeNumber(1, LIMITS.listMax, MSG.outOfRange, `每页最多 ${LIMITS.listMax} 条`)),
    },
    MSG.object,
  ),
  {},
)
export const planGetInput = v.object({ planId: idSchema }, MSG.object)
/** The name is checked by the questionnaire's own name rule (the same as when creating), in the handler. */
export const planRenameInput = v.object({ planId: idSchema, name: v.unknown(), baseRev: revSchema }, MSG.object)
/**
 * New answers for a plan. `fromVersion` is the version whose answers the edit started from: when
 * it is given, only a change of the answers since then is a CONFLICT (a rename, a target edit or a
 * rule-base upgrade elsewhere is not); without it (clients before it existed), any write since
 * `baseRev` is.
 */
export const planUpdateInput = v.object(
  { planId: idSchema, answers: v.unknown(), baseRev: revSchema, fromVersion: v.nullish(versionSchema) },
  MSG.object,
)
export const planSetTargetsInput = v.object(
  { planId: idSchema, baseRev: revSchema, targets: targetsSchema },
  MSG.object,
)
export const planVersionsInput = v.object({ planId: idSchema }, MSG.object)
export const planVersionInput = v.object({ planId: idSchema, version: versionSchema }, MSG.object)
export const planRestoreVersionInput = v.object(
  { planId: idSchema, version: versionSchema, baseRev: revSchema },
  MSG.object,
)
export const planUpgradeInput = v.object({ planId: idSchema, baseRev: revSchema }, MSG.object)
export const planDeleteInput = v.object({ planId: idSchema }, MSG.object)
export const planRestoreInput = v.object({ planId: idSchema }, MSG.object)
export const planDeletedInput = v.optional(v.object({}, MSG.object), {})

export interface PlanSummary {
  id: string
  name: string
  /** The answers' industry option value, and its label from the questionnaire, when there is one. */
  industry: string | null
  industryLabel: string | null
  updatedAt: number
  /** The version number the owner sees (1, 2, 3 …). */
  version: number
  rev: number
}

/** Why a version exists: only these change a plan's content. */
export type VersionCause = 'create' | 'edit' | 'restore' | 'upgrade' | 'copy'

/**
 * One version of a plan, as stored: what reproduces its content exactly. The content itself is
 * computed again on the phone with the same release (`recompute` in src/core/plan/releases.ts).
 */
export interface VersionData {
  /** 1, 2, 3 … without gaps; changes only with the content. */
  version: number
  answers: Answers
  rulebaseVersion: string
  /** The clock the engine was given: dates in the calendar and the review schedule depend on it. */
  computedAt: number
  savedAt: number
  cause: VersionCause
  /** For a restore: the version it brought back. */
  restoredFrom: number | null
  /** Content as computed, kept only for a migrated version no release can reproduce; otherwise null. */
  snapshot: PlanContent | null
}

/**
 * The one mapper of a version's fields, from anything that carries them (a plan record, a version
 * record, a stored document): only these fields, and the optional ones as null, never undefined.
 */
export function versionData(r: VersionData): VersionData {
  return {
    version: r.version,
    answers: r.answers,
    rulebaseVersion: r.rulebaseVersion,
    computedAt: r.computedAt,
    savedAt: r.savedAt,
    cause: r.cause,
    restoredFrom: r.restoredFrom ?? null,
    snapshot: r.snapshot ?? null,
  }
}

/** Owner edits that do not change the content: recorded, but they make no version. */
export type PlanEventKind = 'rename' | 'targets' | 'delete' | 'restore'
export interface PlanEvent {
  kind: PlanEventKind
  at: number
  /** The version that was current. */
  version: number
  /** For a rename: the new name. */
  name?: string
}

export interface PlanView extends VersionData {
  id: string
  name: string
  industry: string | null
  industryLabel: string | null
  targets: Targets
  /** Concurrency token, never shown: changes with every write; send it back as `baseRev`. */
  rev: number
  createdAt: number
  updatedAt: number
  /** The version before this one, so the phone can say what changed; null for version 1. */
  previous: VersionData | null
  /** Renames, target edits, deletions and restores, newest first (the last `LIMITS.eventsPerPlan`). */
  events: PlanEvent[]
}

export interface PlanList {
  items: PlanSummary[]
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null
}

export interface VersionSummary {
  version: number
  savedAt: number
  rulebaseVersion: string
  cause: VersionCause
  restoredFrom: number | null
  /** The plan as it is now. */
  current: boolean
}

export interface VersionView extends VersionData {
  planId: string
  /** The plan's name now (names are not versioned). */
  name: string
  targets: Targets
  current: boolean
  /** The version before this one (for its change list); null for version 1. */
  previous: VersionData | null
}

export interface DeletedPlan {
  planId: string
  deletedAt: number
  /** After this time `restore` answers NOT_FOUND. */
  restoreUntil: number
}

export interface DeletedPlanSummary extends DeletedPlan {
  name: string
  industryLabel: string | null
  version: number
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
export type PlanVersionsInput = v.InferInput<typeof planVersionsInput>
export type PlanVersionInput = v.InferInput<typeof planVersionInput>
export type PlanRestoreVersionInput = v.InferInput<typeof planRestoreVersionInput>
export type PlanUpgradeInput = v.InferInput<typeof planUpgradeInput>
export type PlanDeletedInput = v.InferInput<typeof planDeletedInput>
export type PlanDeleteInput = v.InferInput<typeof planDeleteInput>
export type PlanRestoreInput = v.InferInput<typeof planRestoreInput>
