import { isDeepStrictEqual } from 'node:util'
import { recompute } from '@/core/plan/releases'
import type { LegacyPlan, PlanRecord, Store, VersionRecord } from './port'
import { READ_CAP } from './port'

/**
 * Moves plans stored before compact versions to the new format, one plan at a time, on either
 * adapter (the adapters only read and write; the mapping is here, once).
 *
 * Old format: `rev` numbered every write and was shown as the version; an answer update archived
 * the replaced state (answers + the whole computed content) under its rev. New format: versions
 * 1…n are those states in order, each keeping only answers, rule-base version and computation
 * time; the content is dropped only when its release recomputes it *exactly* (deep-equal), else
 * it is kept as the version's `snapshot`, so no state an owner saw can be lost.
 *
 * Order per plan, each step idempotent: (1) write versions 1…n−1 (deterministic ids, upserts),
 * (2) rewrite the plan conditionally on its rev (it stops being legacy), (3) remove the old
 * archive. Cut short after (1) the plan is still legacy and is redone identically; after (2) the
 * leftovers of (3) are removed by the next call for that plan or by `sweepLeftovers`.
 */

export interface MigrationReport {
  plans: number
  versions: number
  /** Versions whose content no release reproduces: kept as a snapshot. */
  snapshots: number
  /** Plans changed by someone else meanwhile: left for the next run. */
  skipped: number
  complete: boolean
}

function snapshotUnlessReproduced(state: {
  answers: unknown
  content: LegacyPlan['content']
  rulebaseVersion: string
}): { computedAt: number; snapshot: LegacyPlan['content'] | null } {
  const computedAt =
    typeof (state.content as { computedAt?: unknown })?.computedAt === 'number'
      ? (state.content as { computedAt: number }).computedAt
      : 0
  const again = recompute({ answers: state.answers, rulebaseVersion: state.rulebaseVersion, computedAt })
  const exact = again.ok && isDeepStrictEqual(JSON.parse(JSON.stringify(again.content)), state.content)
  return { computedAt, snapshot: exact ? null : state.content }
}

/** The new-format record of one legacy plan and its archive: pure, so tests can check it alone. */
export function migrated(
  plan: LegacyPlan,
  archive: {
    rev: number
    answers: LegacyPlan['answers']
    content: LegacyPlan['content']
    savedAt: number
    rulebaseVersion: string
  }[],
): { plan: PlanRecord; versions: VersionRecord[] } {
  // Only states older than the plan itself: a racing writer may have archived the current rev.
  const states = [...archive.filter((r) => r.rev < plan.rev)].sort((a, b) => a.rev - b.rev)
  const versions: VersionRecord[] = states.map((r, i) => ({
    planId: plan.id,
    ownerId: plan.ownerId,
    version: i + 1,
    answers: r.answers,
    rulebaseVersion: r.rulebaseVersion,
    ...snapshotUnlessReproduced(r),
    savedAt: r.savedAt,
    cause: i === 0 ? 'create' : 'edit',
    restoredFrom: null,
  }))
  const current = snapshotUnlessReproduced(plan)
  const record: PlanRecord = {
    id: plan.id,
    ownerId: plan.ownerId,
    name: plan.name,
    industry: plan.industry,
    targets: plan.targets,
    rev: plan.rev + 1,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    deletedAt: plan.deletedAt,
    events: [],
    version: versions.length + 1,
    answers: plan.answers,
    rulebaseVersion: plan.rulebaseVersion,
    computedAt: current.computedAt,
    snapshot: current.snapshot,
    // The old format kept no separate save time for the current state: its last update is the best bound.
    savedAt: plan.updatedAt,
    cause: versions.length === 0 ? 'create' : 'edit',
    restoredFrom: null,
  }
  return { plan: record, versions }
}

/** Migrates one plan; 'conflict' when it changed meanwhile (the caller reloads and sees the result). */
export async function migratePlan(
  store: Store,
  plan: LegacyPlan,
): Promise<{ result: 'ok' | 'conflict'; versions: number; snapshots: number }> {
  const archive = await store.legacy.revisions(plan.id)
  const next = migrated(plan, archive)
  for (const v of next.versions) await store.versions.put(v)
  const result = await store.legacy.replace(next.plan, plan.rev)
  if (result === 'ok') await store.legacy.removeRevisions(plan.id)
  const snapshots = next.versions.filter((v) => v.snapshot).length + (next.plan.snapshot ? 1 : 0)
  return { result, versions: next.versions.length + 1, snapshots }
}

/**
 * Migrates up to `maxBatches` × 100 legacy plans. Safe to run any number of times, concurrently
 * with users (every plan write is conditional) and with itself.
 */
export async function migrateStore(store: Store, options: { maxBatches?: number } = {}): Promise<MigrationReport> {
  const report: MigrationReport = { plans: 0, versions: 0, snapshots: 0, skipped: 0, complete: false }
  const maxBatches = options.maxBatches ?? 10
  for (let batch = 0; batch < maxBatches; batch++) {
    const pending = await store.legacy.pending(READ_CAP)
    let progressed = 0
    for (const plan of pending) {
      const r = await migratePlan(store, plan)
      if (r.result === 'ok') {
        report.plans++
        report.versions += r.versions
        report.snapshots += r.snapshots
        progressed++
      } else report.skipped++
    }
    if (pending.length < READ_CAP || progressed === 0) {
      report.complete = pending.length === 0 || (pending.length < READ_CAP && report.skipped === 0)
      break
    }
  }
  // Old archives left by a run cut short after its plan was rewritten (step 3 above).
  for (const planId of await store.legacy.archivedPlanIds(READ_CAP)) {
    const plan = await store.plans.find(planId)
    if (!plan || !('legacy' in plan)) await store.legacy.removeRevisions(planId)
  }
  return report
}
