import type { Answers, PlanContent } from '@/core'
import type { DraftView, PlanView, Targets, VersionData } from '@/core/api'
import type { ResultsStore } from './results-port'
import type { ReminderStore } from './reminders-port'
import type { CopyCheckStore } from './copy-checks'

/**
 * The storage port the handlers talk to. Two adapters implement it (SQLite for the local runtime
 * and tests, the WeChat cloud database in production) and one contract suite holds them to the
 * same rules: conditional writes instead of transactions, at most 100 documents per read.
 */

export type WriteResult = 'ok' | 'conflict'

/** One read never returns more than this many documents, as the cloud database does. */
export const READ_CAP = 100

/**
 * A stored plan is what the owner sees (`PlanView`: its meta and its current version's data) plus
 * who owns it and whether it is deleted. The version before it is read from the version store.
 */
export interface PlanRecord extends Omit<PlanView, 'industryLabel' | 'previous'> {
  ownerId: string
  deletedAt: number | null
  /**
   * JSON bytes of this plan's document and every version it archived, counted by the handlers on
   * each write (the per-user cap sums it). Absent on plans written before it was counted.
   */
  storedBytes?: number
}

export type PlanSummaryRecord = Pick<PlanRecord, 'id' | 'name' | 'industry' | 'updatedAt' | 'rev' | 'version'> & {
  /** Stored before compact versions: the handler migrates it before answering. */
  legacy?: true
}

export type DeletedPlanRecord = Pick<PlanRecord, 'id' | 'name' | 'industry' | 'version'> & { deletedAt: number }

/** Position in the newest-updated-first order: strictly after this plan. */
export interface PlanCursor {
  updatedAt: number
  id: string
}

export interface PlanStore {
  /** 'conflict' when the id is taken. */
  insert(plan: PlanRecord): Promise<WriteResult>
  /** Any owner, deleted or not: the handler decides who may see it. A document stored before compact versions comes back as a `LegacyPlan`. */
  find(id: string): Promise<PlanRecord | LegacyPlan | null>
  /** Live (not deleted) plans of one owner, newest-updated first; `limit` is capped at READ_CAP. */
  listLive(ownerId: string, limit: number, after?: PlanCursor): Promise<PlanSummaryRecord[]>
  /** Plans of one owner deleted after `deletedAfter` (still restorable), newest deletion first. */
  listDeleted(ownerId: string, deletedAfter: number, limit: number): Promise<DeletedPlanRecord[]>
  /** Plans that count towards the per-user limit: live ones and those deleted after `deletedAfter`. */
  countKept(ownerId: string, deletedAfter: number): Promise<number>
  /** Sum of `storedBytes` over the same plans as `countKept` (a plan without it counts 0). */
  storedBytes(ownerId: string, deletedAfter: number): Promise<number>
  /** Writes the whole record if the stored one has the same owner and `expectedRev`. */
  replace(plan: PlanRecord, expectedRev: number): Promise<WriteResult>
  /**
   * Permanently removes up to `limit` (capped at READ_CAP) plans deleted at or before
   * `deletedUpTo`, with their versions, share links, recorded results, review reminders, saved copy
   * checks and the owner's draft for each. The children
   * go first and the plan last, so a call cut short (a function timeout) leaves every plan it did
   * not finish still findable by the next call: re-running is always safe. Live plans
   * (`deletedAt: null`) are never touched.
   */
  purgeDeleted(deletedUpTo: number, limit: number): Promise<PurgeBatch>
}

/** What one `purgeDeleted` call removed. */
export interface PurgeBatch {
  plans: number
  /** Versions (and any revisions left from before compact versions). */
  revisions: number
  shares: number
  drafts: number
  /** Months of recorded results. */
  results: number
  reminders: number
  /** Copy checks the owner had saved under the plans. */
  copyChecks: number
  /** The call found a full batch of expired plans: there may be more for another call. */
  more: boolean
}

/** A version the plan moved on from (the current one lives in the plan record). */
export interface VersionRecord extends VersionData {
  planId: string
  ownerId: string
}

export type VersionSummaryRecord = Pick<
  VersionRecord,
  'version' | 'savedAt' | 'rulebaseVersion' | 'cause' | 'restoredFrom'
>

export interface VersionStore {
  /** Idempotent: (planId, version) names one state, so a retry or a racing writer writes the same document. */
  put(version: VersionRecord): Promise<void>
  find(planId: string, version: number): Promise<VersionRecord | null>
  /** Newest first, capped at READ_CAP. */
  list(planId: string, limit: number): Promise<VersionSummaryRecord[]>
  count(planId: string): Promise<number>
}

/** A plan document as stored before compact versions: `rev` numbered its states, content was copied in. */
export interface LegacyPlan {
  legacy: true
  id: string
  ownerId: string
  name: string
  industry: string | null
  answers: Answers
  content: PlanContent
  targets: Targets
  rev: number
  createdAt: number
  updatedAt: number
  rulebaseVersion: string
  deletedAt: number | null
}

/** An archived state from before compact versions. */
export interface LegacyRevision {
  rev: number
  answers: Answers
  content: PlanContent
  savedAt: number
  rulebaseVersion: string
}

/** What the migration to compact versions needs from an adapter (cloudfunctions/store/migrate.ts). */
export interface LegacyStore {
  /** Plans still in the old format, any owner, capped at READ_CAP. */
  pending(limit: number): Promise<LegacyPlan[]>
  /** All archived states of one plan, oldest first (≤ 51, one read). */
  revisions(planId: string): Promise<LegacyRevision[]>
  /** Writes the plan in the new format (dropping the copied content) if it is still at `expectedRev`. */
  replace(plan: PlanRecord, expectedRev: number): Promise<WriteResult>
  /** Removes the old archive of a plan already written in the new format. */
  removeRevisions(planId: string): Promise<number>
  /** Plans that still have old archive documents (≤ `limit` archive documents read). */
  archivedPlanIds(limit: number): Promise<string[]>
}

/** Writes per user in the current window, for the rate limit. */
export interface UsageStore {
  /**
   * Counts one write of `ownerId` in the window starting at `windowStart`; returns the count
   * including this one. A new window resets the count. Concurrent hits may under-count by a few.
   */
  hit(ownerId: string, windowStart: number): Promise<number>
}

/** A draft as stored: what its owner is shown (planId null for a plan not created yet), and whose. */
export interface DraftRecord extends DraftView {
  ownerId: string
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
  versions: VersionStore
  legacy: LegacyStore
  usage: UsageStore
  drafts: DraftStore
  shares: ShareStore
  /** Recorded results per plan and month (issue 10's loop). */
  results: ResultsStore
  /** Review reminders: banked one-time consents, sent messages, in-app notices. */
  reminders: ReminderStore
  copyChecks: CopyCheckStore
  close(): Promise<void>
}

export function capLimit(limit: number): number {
  return Math.max(0, Math.min(READ_CAP, Math.floor(limit)))
}

/** Both adapters name a draft document this way: one draft per owner and plan ("new" for the wizard). */
export function draftId(ownerId: string, planId: string | null): string {
  return `${ownerId}:${planId ?? '~new'}`
}

/** Old archive documents (before compact versions) were named this way. */
export function revisionId(planId: string, rev: number): string {
  return `${planId}:${rev}`
}

/** A version document: a different name from the old archive's, so the two never collide. */
export function versionId(planId: string, version: number): string {
  return `${planId}@${version}`
}
