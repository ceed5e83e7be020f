import type { Answers, PlanContent } from '@/core'
import type { DraftAnswers, DraftValue, PlanEvent, VersionData } from '@/core/api'
import { versionData } from '@/core/api'
import type {
  DeletedPlanRecord,
  DraftRecord,
  LegacyPlan,
  PlanCursor,
  PlanRecord,
  PlanSummaryRecord,
  PurgeBatch,
  ShareRecord,
  Store,
  VersionRecord,
  WriteResult,
} from './port'
import { createCloudDbResultsStore } from './results-clouddb'
import { createCloudDbReminderStore } from './reminders-clouddb'
import { READ_CAP, capLimit, draftId, versionId } from './port'
import type { CopyCheckRecord } from './copy-checks'

/**
 * The WeChat cloud database adapter (wx-server-sdk). Rules it keeps:
 * - `_id` is made by our code and `_openid` is written explicitly: server-side writes get no
 *   automatic owner, and every query filters on it.
 * - timestamps are epoch milliseconds (numbers sort and compare the same in both adapters;
 *   serverDate() would not round-trip through the SQLite adapter).
 * - optimistic concurrency: `where({_id, _openid, rev}).update()`; `stats.updated === 0` is a conflict.
 * - nested values are written with `_.set(value)`: a plain object in `update()` is flattened into
 *   dotted paths and *merged*, so keys removed from answers would survive.
 * - maps with keys we do not control (KPI targets, draft answers) are stored as arrays of entries,
 *   because a dot or a leading `$` in a field name is an error or a path in the database.
 */

// The subset of wx-server-sdk's database API this adapter uses. Typed here, not taken from the
// SDK's own types, so that the test stand-in provably implements the same surface.
export interface WxCommand {
  eq(value: unknown): unknown
  neq(value: unknown): unknown
  lt(value: number | string): unknown
  lte(value: number | string): unknown
  gt(value: number | string): unknown
  in(values: unknown[]): unknown
  exists(value: boolean): unknown
  inc(value: number): unknown
  and(conditions: unknown[]): unknown
  or(conditions: unknown[]): unknown
  set(value: unknown): unknown
  remove(): unknown
}

export interface WxQuery {
  where(condition: object): WxQuery
  orderBy(field: string, order: 'asc' | 'desc'): WxQuery
  limit(n: number): WxQuery
  skip(n: number): WxQuery
  field(projection: Record<string, boolean>): WxQuery
  get(): Promise<{ data: unknown[] }>
  count(): Promise<{ total: number }>
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface WxDocument {
  set(options: { data: Record<string, unknown> }): Promise<unknown>
}

export interface WxCollection extends WxQuery {
  doc(id: string): WxDocument
  add(options: { data: Record<string, unknown> }): Promise<{ _id?: string | number }>
}

export interface WxDatabase {
  command: WxCommand
  collection(name: string): WxCollection
}

export const COLLECTIONS = {
  plans: 'plans',
  versions: 'versions',
  /** The archive from before compact versions: read and emptied by the migration only. */
  revisions: 'revisions',
  drafts: 'drafts',
  shares: 'shares',
  usage: 'usage',
  results: 'results',
  reminders: 'reminders',
  /** Copy checks the owner saved under a plan (copy.save). */
  copyChecks: 'copyChecks',
} as const

interface Entry<V> {
  k: string
  v: V
}

function toEntries<V>(map: Record<string, V>): Entry<V>[] {
  return Object.keys(map).map((k) => ({ k, v: map[k] as V }))
}

function fromEntries<V>(entries: unknown): Record<string, V> {
  const out: Record<string, V> = {}
  if (Array.isArray(entries)) for (const e of entries as Entry<V>[]) out[e.k] = e.v
  return out
}

/** The version fields as they sit in a plan document (its current version) and a version document: the contract's own. */
type VersionFields = VersionData

interface PlanDoc extends VersionFields {
  _id: string
  _openid: string
  name: string
  industry: string | null
  targets: Entry<number>[]
  rev: number
  createdAt: number
  updatedAt: number
  deletedAt: number | null
  events: PlanEvent[]
  storedBytes?: number
}

/** A plan document from before compact versions (no `version`, content copied in). */
interface LegacyPlanDoc {
  _id: string
  _openid: string
  name: string
  industry: string | null
  answers: Answers
  content: PlanContent
  targets: Entry<number>[]
  rev: number
  createdAt: number
  updatedAt: number
  rulebaseVersion: string
  deletedAt: number | null
  version?: undefined
}

interface VersionDoc extends VersionFields {
  _id: string
  _openid: string
  planId: string
}

interface LegacyRevisionDoc {
  _id: string
  planId: string
  rev: number
  answers: Answers
  content: PlanContent
  savedAt: number
  rulebaseVersion: string
}

interface UsageDoc {
  _id: string
  windowStart: number
  writes: number
}

interface DraftDoc {
  _id: string
  _openid: string
  planId: string | null
  answers: Entry<DraftValue>[]
  step: number
  version: number
  updatedAt: number
  /** Absent on drafts saved before it existed. */
  baseRev?: number | null
  /** Absent on drafts saved before it existed. */
  fromVersion?: number | null
}

interface ShareDoc {
  _id: string
  _openid: string
  planId: string
  createdAt: number
  expiresAt: number
  revokedAt: number | null
}

interface CopyCheckDoc extends Omit<CopyCheckRecord, 'id' | 'ownerId'> {
  _id: string
  _openid: string
}

const copyCheckFromDoc = (d: CopyCheckDoc): CopyCheckRecord => ({
  id: d._id,
  planId: d.planId,
  ownerId: d._openid,
  text: d.text,
  industry: d.industry ?? null,
  marks: d.marks ?? [],
  counts: d.counts,
  categories: d.categories ?? [],
  savedAt: d.savedAt,
})

const legacyFromDoc = (d: LegacyPlanDoc): LegacyPlan => ({
  legacy: true,
  id: d._id,
  ownerId: d._openid,
  name: d.name,
  industry: d.industry ?? null,
  answers: d.answers,
  content: d.content,
  targets: fromEntries<number>(d.targets),
  rev: d.rev,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
  rulebaseVersion: d.rulebaseVersion,
  deletedAt: d.deletedAt ?? null,
})

const planFromDoc = (d: PlanDoc | LegacyPlanDoc): PlanRecord | LegacyPlan =>
  typeof d.version !== 'number'
    ? legacyFromDoc(d as LegacyPlanDoc)
    : {
        ...versionData(d as PlanDoc),
        id: d._id,
        ownerId: d._openid,
        name: d.name,
        industry: d.industry ?? null,
        targets: fromEntries<number>(d.targets),
        rev: d.rev,
        createdAt: d.createdAt,
        updatedAt: d.updatedAt,
        deletedAt: d.deletedAt ?? null,
        events: (d as PlanDoc).events ?? [],
        ...(typeof (d as PlanDoc).storedBytes === 'number' ? { storedBytes: (d as PlanDoc).storedBytes } : {}),
      }

const versionFromDoc = (d: VersionDoc): VersionRecord => ({
  ...versionData(d),
  planId: d.planId,
  ownerId: d._openid,
})

const draftFromDoc = (d: DraftDoc): DraftRecord => ({
  ownerId: d._openid,
  planId: d.planId ?? null,
  answers: fromEntries<DraftValue>(d.answers) as DraftAnswers,
  step: d.step,
  version: d.version,
  updatedAt: d.updatedAt,
  baseRev: d.baseRev ?? null,
  fromVersion: d.fromVersion ?? null,
})

const shareFromDoc = (d: ShareDoc): ShareRecord => ({
  token: d._id,
  planId: d.planId,
  ownerId: d._openid,
  createdAt: d.createdAt,
  expiresAt: d.expiresAt,
  revokedAt: d.revokedAt ?? null,
})

export function createCloudDbStore(db: WxDatabase): Store {
  const _ = db.command
  const plans = () => db.collection(COLLECTIONS.plans)
  const versions = () => db.collection(COLLECTIONS.versions)
  const revisions = () => db.collection(COLLECTIONS.revisions)
  const usage = () => db.collection(COLLECTIONS.usage)
  const drafts = () => db.collection(COLLECTIONS.drafts)
  const shares = () => db.collection(COLLECTIONS.shares)
  const results = () => db.collection(COLLECTIONS.results)
  const reminders = () => db.collection(COLLECTIONS.reminders)
  const copyChecks = () => db.collection(COLLECTIONS.copyChecks)

  async function first<T>(query: WxQuery): Promise<T | null> {
    const { data } = await query.limit(1).get()
    return (data[0] as T | undefined) ?? null
  }

  /** `add` with our own `_id` fails on a duplicate; re-reading tells a conflict from a real error. */
  async function insert(
    collection: () => WxCollection,
    data: { _id: string } & Record<string, unknown>,
  ): Promise<WriteResult> {
    try {
      await collection().add({ data })
      return 'ok'
    } catch (error) {
      const existing = await first(collection().where({ _id: data._id }))
      if (existing) return 'conflict'
      throw error
    }
  }

  /** The plan document (without `_id`), nested values wrapped in `_.set` for `update()`. */
  const planDoc = (p: PlanRecord, wrap: (x: unknown) => unknown = (x) => x) => ({
    _openid: p.ownerId,
    name: p.name,
    industry: p.industry,
    targets: wrap(toEntries(p.targets)),
    rev: p.rev,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    deletedAt: p.deletedAt,
    events: wrap(p.events),
    version: p.version,
    answers: wrap(p.answers),
    rulebaseVersion: p.rulebaseVersion,
    computedAt: p.computedAt,
    savedAt: p.savedAt,
    cause: p.cause,
    restoredFrom: p.restoredFrom,
    snapshot: p.snapshot === null ? null : wrap(p.snapshot),
    ...(p.storedBytes === undefined ? {} : { storedBytes: p.storedBytes }),
  })
  const set = (x: unknown) => _.set(x)

  return {
    plans: {
      async insert(p) {
        return insert(plans, { _id: p.id, ...planDoc(p) })
      },
      async find(id) {
        const doc = await first<PlanDoc | LegacyPlanDoc>(plans().where({ _id: id }))
        return doc ? planFromDoc(doc) : null
      },
      async listLive(ownerId, limit, after?: PlanCursor) {
        const live = { _openid: ownerId, deletedAt: _.eq(null) }
        const condition = after
          ? _.and([
              live,
              _.or([{ updatedAt: _.lt(after.updatedAt) }, { updatedAt: after.updatedAt, _id: _.lt(after.id) }]),
            ])
          : live
        const { data } = await plans()
          .where(condition as object)
          .orderBy('updatedAt', 'desc')
          .orderBy('_id', 'desc')
          .limit(capLimit(limit))
          .field({ _id: true, name: true, industry: true, updatedAt: true, rev: true, version: true })
          .get()
        return (data as Pick<PlanDoc, '_id' | 'name' | 'industry' | 'updatedAt' | 'rev' | 'version'>[]).map((d) => {
          const row: PlanSummaryRecord = {
            id: d._id,
            name: d.name,
            industry: d.industry ?? null,
            updatedAt: d.updatedAt,
            rev: d.rev,
            version: typeof d.version === 'number' ? d.version : 0,
          }
          if (typeof d.version !== 'number') row.legacy = true
          return row
        })
      },
      async listDeleted(ownerId, deletedAfter, limit): Promise<DeletedPlanRecord[]> {
        const { data } = await plans()
          .where({ _openid: ownerId, deletedAt: _.gt(deletedAfter) })
          .orderBy('deletedAt', 'desc')
          .orderBy('_id', 'desc')
          .limit(capLimit(limit))
          .field({ _id: true, name: true, industry: true, version: true, deletedAt: true })
          .get()
        return (data as Pick<PlanDoc, '_id' | 'name' | 'industry' | 'version' | 'deletedAt'>[]).map((d) => ({
          id: d._id,
          name: d.name,
          industry: d.industry ?? null,
          version: typeof d.version === 'number' ? d.version : 0,
          deletedAt: d.deletedAt ?? 0,
        }))
      },
      async countKept(ownerId, deletedAfter) {
        const condition = _.and([
          { _openid: ownerId },
          _.or([{ deletedAt: _.eq(null) }, { deletedAt: _.gt(deletedAfter) }]),
        ])
        const { total } = await plans()
          .where(condition as object)
          .count()
        return total
      },
      async storedBytes(ownerId, deletedAfter) {
        // ≤ 200 kept plans (the quota), read 100 at a time with only the one field; `aggregate`
        // would be one request but is not in the surface the stand-in and the contract check.
        const condition = _.and([
          { _openid: ownerId },
          _.or([{ deletedAt: _.eq(null) }, { deletedAt: _.gt(deletedAfter) }]),
        ])
        let total = 0
        for (let page = 0; ; page++) {
          const { data } = await plans()
            .where(condition as object)
            .orderBy('_id', 'asc')
            .skip(page * READ_CAP)
            .limit(READ_CAP)
            .field({ storedBytes: true })
            .get()
          for (const d of data as { storedBytes?: unknown }[])
            if (typeof d.storedBytes === 'number') total += d.storedBytes
          if (data.length < READ_CAP) return total
        }
      },
      async replace(p, expectedRev) {
        const { stats } = await plans()
          .where({ _id: p.id, _openid: p.ownerId, rev: expectedRev })
          .update({ data: planDoc(p, set) })
        return stats.updated === 1 ? 'ok' : 'conflict'
      },
      async purgeDeleted(deletedUpTo, limit): Promise<PurgeBatch> {
        const n = capLimit(limit)
        // neq(null) as well as lte: a live plan must never match, whatever the service makes of
        // comparing null with a number.
        const expired = _.and([{ deletedAt: _.neq(null) }, { deletedAt: _.lte(deletedUpTo) }])
        const { data } = await plans()
          .where(expired as object)
          .orderBy('deletedAt', 'asc')
          .orderBy('_id', 'asc')
          .limit(n)
          .field({ _id: true, _openid: true })
          .get()
        const found = data as Pick<PlanDoc, '_id' | '_openid'>[]
        const more = found.length > 0 && found.length === n
        if (found.length === 0)
          return { plans: 0, revisions: 0, shares: 0, drafts: 0, results: 0, reminders: 0, copyChecks: 0, more }
        const ids = found.map((d) => d._id)
        // No transactions: children first, plans last, so a timeout between two removes leaves
        // the plan (and thus the work) for the next run. Each remove is bounded by the batch:
        // ≤ 100 plans × (≤ 51 revisions, ≤ 200 links, ≤ 60 months of results, their reminders,
        // ≤ 20 saved checks, 1 draft).
        const removedVersions = await versions()
          .where({ planId: _.in(ids) })
          .remove()
        const removedRevisions = await revisions()
          .where({ planId: _.in(ids) })
          .remove()
        const removedShares = await shares()
          .where({ planId: _.in(ids) })
          .remove()
        const removedResults = await results()
          .where({ planId: _.in(ids) })
          .remove()
        const removedReminders = await reminders()
          .where({ planId: _.in(ids) })
          .remove()
        const removedDrafts = await drafts()
          .where({ _id: _.in(found.map((d) => draftId(d._openid, d._id))) })
          .remove()
        const removedChecks = await copyChecks()
          .where({ planId: _.in(ids) })
          .remove()
        // The deletedAt condition again: only a plan still expired at removal time goes.
        const removedPlans = await plans()
          .where({ _id: _.in(ids), deletedAt: _.lte(deletedUpTo) })
          .remove()
        return {
          plans: removedPlans.stats.removed,
          revisions: removedVersions.stats.removed + removedRevisions.stats.removed,
          shares: removedShares.stats.removed,
          drafts: removedDrafts.stats.removed,
          results: removedResults.stats.removed,
          reminders: removedReminders.stats.removed,
          copyChecks: removedChecks.stats.removed,
          more,
        }
      },
    },
    versions: {
      async put(r) {
        const doc: Omit<VersionDoc, '_id'> = { ...versionData(r), _openid: r.ownerId, planId: r.planId }
        // set() replaces the whole document (upsert), which makes a retried write harmless.
        await versions()
          .doc(versionId(r.planId, r.version))
          .set({ data: { ...doc } })
      },
      async find(planId, version) {
        const doc = await first<VersionDoc>(versions().where({ _id: versionId(planId, version) }))
        return doc && doc.planId === planId ? versionFromDoc(doc) : null
      },
      async list(planId, limit) {
        const { data } = await versions()
          .where({ planId })
          .orderBy('version', 'desc')
          .limit(capLimit(limit))
          .field({ version: true, savedAt: true, rulebaseVersion: true, cause: true, restoredFrom: true })
          .get()
        return (data as Pick<VersionDoc, 'version' | 'savedAt' | 'rulebaseVersion' | 'cause' | 'restoredFrom'>[]).map(
          (d) => ({
            version: d.version,
            savedAt: d.savedAt,
            rulebaseVersion: d.rulebaseVersion,
            cause: d.cause,
            restoredFrom: d.restoredFrom ?? null,
          }),
        )
      },
      async count(planId) {
        const { total } = await versions().where({ planId }).count()
        return total
      },
    },
    legacy: {
      async pending(limit) {
        const { data } = await plans()
          .where({ version: _.exists(false) })
          .limit(capLimit(limit))
          .get()
        return (data as LegacyPlanDoc[]).map(legacyFromDoc)
      },
      async revisions(planId) {
        const { data } = await revisions().where({ planId }).orderBy('rev', 'asc').limit(100).get()
        return (data as LegacyRevisionDoc[]).map((d) => ({
          rev: d.rev,
          answers: d.answers,
          content: d.content,
          savedAt: d.savedAt,
          rulebaseVersion: d.rulebaseVersion,
        }))
      },
      async replace(p, expectedRev) {
        // update() merges: the fields of the old format must be removed by name.
        const { stats } = await plans()
          .where({ _id: p.id, _openid: p.ownerId, rev: expectedRev })
          .update({
            data: { ...planDoc(p, set), content: _.remove(), changes: _.remove(), changesFromRev: _.remove() },
          })
        return stats.updated === 1 ? 'ok' : 'conflict'
      },
      async removeRevisions(planId) {
        const { stats } = await revisions().where({ planId }).remove()
        return stats.removed
      },
      async archivedPlanIds(limit) {
        const { data } = await revisions()
          .where({ planId: _.exists(true) })
          .limit(capLimit(limit))
          .field({ planId: true })
          .get()
        return [...new Set((data as { planId: string }[]).map((d) => d.planId))]
      },
    },
    usage: {
      async hit(ownerId, windowStart) {
        // One document per user: a conditional increment within the window, else start a new one.
        const same = await usage()
          .where({ _id: ownerId, windowStart })
          .update({ data: { writes: _.inc(1) } })
        if (same.stats.updated === 1) {
          const doc = await first<UsageDoc>(usage().where({ _id: ownerId }))
          return doc?.writes ?? 1
        }
        await usage()
          .doc(ownerId)
          .set({ data: { windowStart, writes: 1 } })
        return 1
      },
    },
    drafts: {
      async find(ownerId, planId) {
        const doc = await first<DraftDoc>(drafts().where({ _id: draftId(ownerId, planId), _openid: ownerId }))
        return doc ? draftFromDoc(doc) : null
      },
      async create(d) {
        return insert(drafts, {
          _id: draftId(d.ownerId, d.planId),
          _openid: d.ownerId,
          planId: d.planId,
          answers: toEntries(d.answers),
          step: d.step,
          version: d.version,
          updatedAt: d.updatedAt,
          baseRev: d.baseRev,
          fromVersion: d.fromVersion,
        })
      },
      async replace(d, expectedVersion) {
        const { stats } = await drafts()
          .where({ _id: draftId(d.ownerId, d.planId), _openid: d.ownerId, version: expectedVersion })
          .update({
            data: {
              planId: d.planId,
              answers: _.set(toEntries(d.answers)),
              step: d.step,
              version: d.version,
              updatedAt: d.updatedAt,
              baseRev: d.baseRev,
              fromVersion: d.fromVersion,
            },
          })
        return stats.updated === 1 ? 'ok' : 'conflict'
      },
      async remove(ownerId, planId) {
        const { stats } = await drafts()
          .where({ _id: draftId(ownerId, planId), _openid: ownerId })
          .remove()
        return stats.removed > 0
      },
    },
    shares: {
      async insert(s) {
        return insert(shares, {
          _id: s.token,
          _openid: s.ownerId,
          planId: s.planId,
          createdAt: s.createdAt,
          expiresAt: s.expiresAt,
          revokedAt: s.revokedAt,
        })
      },
      async find(token) {
        const doc = await first<ShareDoc>(shares().where({ _id: token }))
        return doc ? shareFromDoc(doc) : null
      },
      async listByPlan(planId, limit) {
        const { data } = await shares()
          .where({ planId })
          .orderBy('createdAt', 'desc')
          .orderBy('_id', 'desc')
          .limit(capLimit(limit))
          .get()
        return (data as ShareDoc[]).map(shareFromDoc)
      },
      async countByPlan(planId, liveAt) {
        const condition = liveAt === undefined ? { planId } : { planId, revokedAt: _.eq(null), expiresAt: _.gt(liveAt) }
        const { total } = await shares().where(condition).count()
        return total
      },
      async revoke(token, at) {
        await shares()
          .where({ _id: token, revokedAt: _.eq(null) })
          .update({ data: { revokedAt: at } })
      },
    },
    results: createCloudDbResultsStore(db),
    reminders: createCloudDbReminderStore(db),
    copyChecks: {
      async insert(c) {
        const { id, ownerId, ...rest } = c
        // marks and counts are plain arrays and objects of our own keys: stored as they are.
        return insert(copyChecks, { ...rest, _id: id, _openid: ownerId })
      },
      async listByPlan(planId, limit) {
        const { data } = await copyChecks()
          .where({ planId })
          .orderBy('savedAt', 'desc')
          .orderBy('_id', 'desc')
          .limit(capLimit(limit))
          .get()
        return (data as CopyCheckDoc[]).map(copyCheckFromDoc)
      },
      async countByPlan(planId) {
        const { total } = await copyChecks().where({ planId }).count()
        return total
      },
      async remove(ownerId, planId, id) {
        const { stats } = await copyChecks().where({ _id: id, planId, _openid: ownerId }).remove()
        return stats.removed > 0
      },
    },
    async close() {
      // The SDK keeps no connection of its own to close.
    },
  }
}
