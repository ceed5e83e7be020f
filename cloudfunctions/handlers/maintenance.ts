import type { PurgeBatch, Store } from '../store/port'
import { READ_CAP } from '../store/port'
import { RESTORE_WINDOW_MS } from './plan'

/**
 * Housekeeping that no user may call: it is reached only from the `maintenance` function's timer
 * (which refuses any call carrying a user's OPENID) and from the local runtime's own schedule,
 * never through `dispatch`, so there is no caller to check.
 */

export interface MaintenanceContext {
  store: Store
  clock: { now(): number }
}

/** What a run removed: the sum of its batches, counted per collection as the store reports them. */
export interface PurgeReport extends Omit<PurgeBatch, 'more'> {
  /** Plans deleted at or before this time were purged. */
  cutoff: number
  batches: number
  /** false when the run stopped at `maxBatches` with expired plans left: the next run goes on. */
  complete: boolean
}

/**
 * Batches per run. A batch is five database requests; ten keep a run to a few seconds, well
 * inside a cloud function's timeout. What is left waits for the next day: each batch is
 * idempotent, so a run cut short anywhere loses nothing.
 */
export const PURGE_MAX_BATCHES = 10

/**
 * Permanently removes the plans `plan.restore` would refuse: deleted at or before
 * `now - RESTORE_WINDOW_MS` (restore answers NOT_FOUND once `deletedAt + RESTORE_WINDOW_MS <= now`,
 * and the quota stops counting them at the same instant), with their revisions, share links,
 * recorded results, review reminders, saved copy checks and drafts. A restorable plan is never
 * touched.
 */
export async function purgeExpiredPlans(
  ctx: MaintenanceContext,
  options: { maxBatches?: number } = {},
): Promise<PurgeReport> {
  const maxBatches = options.maxBatches ?? PURGE_MAX_BATCHES
  // One cutoff for the whole run, so a long run does not move its own goalposts.
  const cutoff = ctx.clock.now() - RESTORE_WINDOW_MS
  const report: PurgeReport = {
    cutoff,
    plans: 0,
    revisions: 0,
    shares: 0,
    drafts: 0,
    results: 0,
    reminders: 0,
    copyChecks: 0,
    batches: 0,
    complete: false,
  }
  while (report.batches < maxBatches) {
    const batch = await ctx.store.plans.purgeDeleted(cutoff, READ_CAP)
    report.batches++
    report.plans += batch.plans
    report.revisions += batch.revisions
    report.shares += batch.shares
    report.drafts += batch.drafts
    report.results += batch.results
    report.reminders += batch.reminders
    report.copyChecks += batch.copyChecks
    if (!batch.more) {
      report.complete = true
      break
    }
  }
  return report
}
