import * as v from 'valibot'
import type { CopyCheckInput, CopyCheckResult, CopyCounts, CopyMark } from '../copy-check/schema'
import { copyCheckInputSchema } from '../copy-check/schema'
import type { Industry } from '../wizard/questions'
import { MSG, idSchema, tokenSchema } from './common'

/** `copy.check`: the text, the owner's industry, and phrases the owner marked as certified or a name. */
export const copyCheckInput = copyCheckInputSchema

/**
 * What WeChat's own content-security check said. It runs only in WeChat (locally: the fake);
 * when it cannot run, our own findings still stand and the owner is told it was not asked.
 */
export interface CopyPlatformVerdict {
  status: 'pass' | 'review' | 'risky' | 'unavailable'
  /** One sentence for the owner. */
  message: string
}

export interface CopyCheckResponse extends CopyCheckResult {
  platform: CopyPlatformVerdict
}

export type { CopyCheckInput }

/**
 * Saved checks: the owner keeps a check under one of their plans (`copy.save`), the plan's
 * compliance section lists them (`copy.list`, also for a colleague holding a live share link) and
 * the owner removes one (`copy.delete`). Nothing is stored unless the owner saves.
 */
export const copySaveInput = v.object(
  {
    planId: idSchema,
    text: copyCheckInputSchema.entries.text,
    industry: copyCheckInputSchema.entries.industry,
    marks: copyCheckInputSchema.entries.marks,
  },
  MSG.object,
)

/** The owner names the plan; a colleague names the share link they were given. Exactly one. */
export const copyListInput = v.pipe(
  v.object({ planId: v.optional(idSchema), token: v.optional(tokenSchema) }, MSG.object),
  v.check((i) => (i.planId === undefined) !== (i.token === undefined), '请指定方案'),
)

export const copyDeleteInput = v.object({ planId: idSchema, id: idSchema }, MSG.object)

export type CopySaveInput = v.InferInput<typeof copySaveInput>
export type CopyListInput = v.InferInput<typeof copyListInput>
export type CopyDeleteInput = v.InferInput<typeof copyDeleteInput>

/** A check kept under a plan: what was checked, for which industry, what was found, when. */
export interface SavedCopyCheck {
  id: string
  text: string
  industry: Industry | null
  /** Phrases the owner marked as certified or a name when checking; a re-check keeps them. */
  marks: CopyMark[]
  counts: CopyCounts
  /** The kinds of problem found, most severe first (e.g. 诱导分享、绝对化用语). */
  categories: string[]
  savedAt: number
}

export interface CopySaved {
  check: SavedCopyCheck
  planName: string
  /** Checks now kept under the plan, and how many it may keep. */
  saved: number
  max: number
}

export interface CopyCheckList {
  items: SavedCopyCheck[]
  max: number
}
