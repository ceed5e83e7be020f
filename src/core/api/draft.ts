import * as v from 'valibot'
import { QUESTIONS } from '../wizard/questions'
import { LIMITS, MSG, idSchema, jsonBytes, revSchema, versionSchema, wholeNumber } from './common'

/**
 * What a wizard field can hold before it is valid: drafts keep whatever the user typed,
 * so values are permissive and only their size is bounded.
 */
export type DraftValue = string | number | boolean | null | string[]
export type DraftAnswers = Record<string, DraftValue>

const QUESTION_IDS: ReadonlySet<string> = new Set(QUESTIONS.map((q) => q.id))

const draftValue = v.union(
  [
    v.pipe(v.string(), v.maxLength(LIMITS.draftStringChars, `不能超过 ${LIMITS.draftStringChars} 个字`)),
    v.pipe(v.number(), v.finite()),
    v.boolean(),
    v.null(),
    v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(LIMITS.draftArrayItemChars, MSG.tooLong))),
      v.maxLength(LIMITS.draftArrayItems, `最多选择 ${LIMITS.draftArrayItems} 项`),
    ),
  ],
  MSG.draftValue,
)

const draftAnswers = v.pipe(
  v.record(
    v.pipe(
      v.string(),
      v.check((id) => QUESTION_IDS.has(id), MSG.unknownQuestion),
    ),
    draftValue,
    MSG.object,
  ),
  v.check((answers) => jsonBytes(answers) <= LIMITS.draftBytes, `草稿内容太多（上限 ${LIMITS.draftBytes / 1024} KB）`),
)

export const draftSaveInput = v.object(
  {
    answers: draftAnswers,
    step: wholeNumber(0, LIMITS.draftMaxStep),
    /** Set when editing an existing plan's answers; absent for the "new plan" wizard. */
    planId: v.nullish(idSchema),
    /** The version this save is based on; absent means "I believe there is no draft yet". */
    baseVersion: v.nullish(v.pipe(v.number(MSG.number), v.integer(MSG.integer), v.minValue(0, MSG.outOfRange))),
    /** Editing a plan: the plan revision the answers started from, so the submit that follows is checked against it. */
    baseRev: v.nullish(revSchema),
    /** Editing a plan: the version whose answers the edit started from (`plan.update`'s `fromVersion`). */
    fromVersion: v.nullish(versionSchema),
  },
  MSG.object,
)
export const draftGetInput = v.optional(v.object({ planId: v.nullish(idSchema) }, MSG.object), {})
export const draftDiscardInput = v.optional(v.object({ planId: v.nullish(idSchema) }, MSG.object), {})

export interface DraftView {
  planId: string | null
  answers: DraftAnswers
  step: number
  version: number
  updatedAt: number
  /** The plan revision an edit started from; null for a new plan's wizard. */
  baseRev: number | null
  /** The plan version whose answers an edit started from; null for a new plan or a draft saved before it was kept. */
  fromVersion: number | null
}

export interface DraftSaved {
  version: number
  updatedAt: number
}

/**
 * CONFLICT from `draft.save` carries the draft the server holds (null when it was discarded),
 * so the client can merge instead of overwriting. `currentRev` holds its version.
 */
export interface DraftConflictDetails {
  current: DraftView | null
}

export type DraftSaveInput = v.InferInput<typeof draftSaveInput>
export type DraftGetInput = v.InferInput<typeof draftGetInput>
export type DraftDiscardInput = v.InferInput<typeof draftDiscardInput>
