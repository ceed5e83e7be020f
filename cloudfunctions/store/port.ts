import type { Answers, Change, PlanContent } from '@/core'
import type { DraftAnswers, PlanView, Targets } from '@/core/api'

/**
 * The storage port the handlers talk to. Two adapters implement it (SQLite for the local runtime
 * and tests, the WeChat cloud database in production) and one contract suite holds them to the
 * same rules: conditional writes instead of transactions, at most 100 documents per read.
 */

export type WriteResult = 'ok' | 'conflict'

/** One read never returns more than this many documents, as the cloud database does. */
export const READ_CAP = 100

/** A stored plan is what the owner sees (`PlanView`) plus who owns it and whether it is deleted. */
export interface PlanRecord extends Omit<PlanView, 'industryLabel'> {
  ownerId: string
  deletedAt: number | null
}

export type PlanSummaryRecord = Pick<PlanRecord, 'id' | 'name' | 'industry' | 'updatedAt' | 'rev'>

/** Position in the newest-updated-first order: strictly after this plan. */
export interface PlanCursor {
  updatedAt: number
  id: string
}

export interface PlanStore {
  /** 'conflict' when the id is taken. */
  insert(plan: PlanRecord): Promise<WriteResult>
  /** Any owner, deleted or not: the handler decides who may see it. */
  find(id: string): Promise<PlanRecord | null>
  /** Live (not deleted) plans of one owner, newest-updated first; `limit` is capped at READ_CAP. */
  listLive(ownerId: string, limit: number, after?: PlanCursor): Promise<PlanSummaryRecord[]>
  /** Plans that count towards the per-user limit: live ones and those deleted after `deletedAfter`. */
  countKept(ownerId: string, deletedAfter: number): Promise<number>
  /** Writes the whole record if the stored one has the same owner and `expectedRev`. */
  replace(plan: PlanRecord, expectedRev: number): Promise<WriteResult>
  /**
   * Permanently removes up to `limit` (capped at READ_CAP) plans deleted at or before
   * `deletedUpTo`, with their revisions, share links and the owner's draft for each. The children
   * go first and the plan last, so a call cut short (a function timeout) leaves every plan it did
   * not finish still findable by the next call: re-running is always safe. Live plans
   * (`deletedAt: null`) are never touched.
   */
  purgeDeleted(deletedUpTo: number, limit: number): Promise<PurgeBatch>
}

/** What one `purgeDeleted` call removed. */
export interface PurgeBatch {
  plans: number
  revisions: number
  shares: number
  drafts: number
  /** The call found a full batch of expired plans: there may be more for another call. */
  more: boolean
}

/** An archived state of a plan, written when an answer update replaces it. */
export interface RevisionRecord {
  planId: string
  ownerId: string
  rev: number
  name: string
  answers: Answers
  content: PlanContent
  targets: Targets
  savedAt: number
  rulebaseVersion: string
  changes: Change[]
  changesFromRev: number | null
}

export type RevisionSummaryRecord = Pick<RevisionRecord, 'rev' | 'savedAt' | 'rulebaseVersion'> & {
  changeCount: number
}

export interface RevisionStore {
  /** Idempotent: (planId, rev) names one revision, so a retry writes the same document. */
  put(revision: RevisionRecord): Promise<void>
  find(planId: string, rev: number): Promise<RevisionRecord | null>
  /** Newest first, capped at READ_CAP. */
  list(planId: string, limit: number): Promise<RevisionSummaryRecord[]>
  count(planId: string): Promise<number>
}

export interface DraftRecord {
  ownerId: string
  /** null for the wizard of a plan not created yet. */
  planId: string | null
  answers: DraftAnswers
  step: number
  version: number
  updatedAt: number
  /** The plan revision an edit started from; null for a new plan's wizard. */
  baseRev: number | null
}

export interface DraftStore {
  find(ownerId: string, planId: string | null): Promise<DraftRecord | null>
  /** 'conflict' when a draft for (owner, plan) already exists. */
  create(draft: DraftRecord): Promise<WriteResult>
  /** 'conflict' unless the stored draft has `expectedVersion`. */
  replace(draft: DraftRecord, expectedVersion: number): Promise<WriteResult>
  remove(ownerId: string, planId: string | null): Promise<boolean>
}

export interface ShareRecord {
  token: string
  planId: string
  ownerId: string
  createdAt: number
  expiresAt: number
  revokedAt: number | null
}

export interface ShareStore {
  /** 'conflict' when the token exists (never in practice: 128 random bits). */
  insert(share: ShareRecord): Promise<WriteResult>
  find(token: string): Promise<ShareRecord | null>
  /** Newest first, capped at READ_CAP. */
  listByPlan(planId: string, limit: number): Promise<ShareRecord[]>
  /** All links of a plan, or only those neither revoked nor expired at `liveAt`. */
  countByPlan(planId: string, liveAt?: number): Promise<number>
  /** Sets revokedAt once; a second revoke keeps the first time. */
  revoke(token: string, at: number): Promise<void>
}

export interface Store {
  plans: PlanStore
  revisions: RevisionStore
  drafts: DraftStore
  shares: ShareStore
  close(): Promise<void>
}

export function capLimit(limit: number): number {
  return Math.max(0, Math.min(READ_CAP, Math.floor(limit)))
}

/** Both adapters name a draft document this way: one draft per owner and plan ("new" for the wizard). */
export function draftId(ownerId: string, planId: string | null): string {
  return `${ownerId}:${planId ?? '~new'}`
}

export function revisionId(planId: string, rev: number): string {
  return `${planId}:${rev}`
}
