import type { Answers, Change, PlanContent } from '@/core'
import type { DraftAnswers, DraftValue } from '@/core/api'
import type {
  DraftRecord,
  PlanCursor,
  PlanRecord,
  PurgeBatch,
  RevisionRecord,
  ShareRecord,
  Store,
  WriteResult,
} from './port'
import { capLimit, draftId, revisionId } from './port'

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
  and(conditions: unknown[]): unknown
  or(conditions: unknown[]): unknown
  set(value: unknown): unknown
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

export const COLLECTIONS = { plans: 'plans', revisions: 'revisions', drafts: 'drafts', shares: 'shares' } as const

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

interface PlanDoc {
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
  changes: Change[]
  changesFromRev: number | null
  deletedAt: number | null
}

interface RevisionDoc {
  _id: string
  _openid: string
  planId: string
  rev: number
  name: string
  answers: Answers
  content: PlanContent
  targets: Entry<number>[]
  savedAt: number
  rulebaseVersion: string
  changes: Change[]
  changeCount: number
  changesFromRev: number | null
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
}

interface ShareDoc {
  _id: string
  _openid: string
  planId: string
  createdAt: number
  expiresAt: number
  revokedAt: number | null
}

const planFromDoc = (d: PlanDoc): PlanRecord => ({
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
  changes: d.changes ?? [],
  changesFromRev: d.changesFromRev ?? null,
  deletedAt: d.deletedAt ?? null,
})

const revisionFromDoc = (d: RevisionDoc): RevisionRecord => ({
  planId: d.planId,
  ownerId: d._openid,
  rev: d.rev,
  name: d.name,
  answers: d.answers,
  content: d.content,
  targets: fromEntries<number>(d.targets),
  savedAt: d.savedAt,
  rulebaseVersion: d.rulebaseVersion,
  changes: d.changes ?? [],
  changesFromRev: d.changesFromRev ?? null,
})

const draftFromDoc = (d: DraftDoc): DraftRecord => ({
  ownerId: d._openid,
  planId: d.planId ?? null,
  answers: fromEntries<DraftValue>(d.answers) as DraftAnswers,
  step: d.step,
  version: d.version,
  updatedAt: d.updatedAt,
  baseRev: d.baseRev ?? null,
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
  const revisions = () => db.collection(COLLECTIONS.revisions)
  const drafts = () => db.collection(COLLECTIONS.drafts)
  const shares = () => db.collection(COLLECTIONS.shares)

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

  const planData = (p: PlanRecord) => ({
    _openid: p.ownerId,
    name: p.name,
    industry: p.industry,
    answers: _.set(p.answers),
    content: _.set(p.content),
    targets: _.set(toEntries(p.targets)),
    rev: p.rev,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    rulebaseVersion: p.rulebaseVersion,
    changes: _.set(p.changes),
    changesFromRev: p.changesFromRev,
    deletedAt: p.deletedAt,
  })

  return {
    plans: {
      async insert(p) {
        const doc: PlanDoc = {
          _id: p.id,
          _openid: p.ownerId,
          name: p.name,
          industry: p.industry,
          answers: p.answers,
          content: p.content,
          targets: toEntries(p.targets),
          rev: p.rev,
          createdAt: p.createdAt,
          updatedAt: p.updatedAt,
          rulebaseVersion: p.rulebaseVersion,
          changes: p.changes,
          changesFromRev: p.changesFromRev,
          deletedAt: p.deletedAt,
        }
        return insert(plans, { ...doc })
      },
      async find(id) {
        const doc = await first<PlanDoc>(plans().where({ _id: id }))
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
          .field({ _id: true, name: true, industry: true, updatedAt: true, rev: true })
          .get()
        return (data as Pick<PlanDoc, '_id' | 'name' | 'industry' | 'updatedAt' | 'rev'>[]).map((d) => ({
          id: d._id,
          name: d.name,
          industry: d.industry ?? null,
          updatedAt: d.updatedAt,
          rev: d.rev,
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
      async replace(p, expectedRev) {
        const { stats } = await plans()
          .where({ _id: p.id, _openid: p.ownerId, rev: expectedRev })
          .update({ data: planData(p) })
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
        if (found.length === 0) return { plans: 0, revisions: 0, shares: 0, drafts: 0, more }
        const ids = found.map((d) => d._id)
        // No transactions: children first, plans last, so a timeout between two removes leaves
        // the plan (and thus the work) for the next run. Each remove is bounded by the batch:
        // ≤ 100 plans × (≤ 51 revisions, ≤ 200 links, 1 draft).
        const removedRevisions = await revisions()
          .where({ planId: _.in(ids) })
          .remove()
        const removedShares = await shares()
          .where({ planId: _.in(ids) })
          .remove()
        const removedDrafts = await drafts()
          .where({ _id: _.in(found.map((d) => draftId(d._openid, d._id))) })
          .remove()
        // The deletedAt condition again: only a plan still expired at removal time goes.
        const removedPlans = await plans()
          .where({ _id: _.in(ids), deletedAt: _.lte(deletedUpTo) })
          .remove()
        return {
          plans: removedPlans.stats.removed,
          revisions: removedRevisions.stats.removed,
          shares: removedShares.stats.removed,
          drafts: removedDrafts.stats.removed,
          more,
        }
      },
    },
    revisions: {
      async put(r) {
        const doc: Omit<RevisionDoc, '_id'> = {
          _openid: r.ownerId,
          planId: r.planId,
          rev: r.rev,
          name: r.name,
          answers: r.answers,
          content: r.content,
          targets: toEntries(r.targets),
          savedAt: r.savedAt,
          rulebaseVersion: r.rulebaseVersion,
          changes: r.changes,
          changeCount: r.changes.length,
          changesFromRev: r.changesFromRev,
        }
        // set() replaces the whole document (upsert), which makes a retried write harmless.
        await revisions()
          .doc(revisionId(r.planId, r.rev))
          .set({ data: { ...doc } })
      },
      async find(planId, rev) {
        const doc = await first<RevisionDoc>(revisions().where({ _id: revisionId(planId, rev) }))
        return doc && doc.planId === planId ? revisionFromDoc(doc) : null
      },
      async list(planId, limit) {
        const { data } = await revisions()
          .where({ planId })
          .orderBy('rev', 'desc')
          .limit(capLimit(limit))
          .field({ rev: true, savedAt: true, rulebaseVersion: true, changeCount: true })
          .get()
        return (data as Pick<RevisionDoc, 'rev' | 'savedAt' | 'rulebaseVersion' | 'changeCount'>[]).map((d) => ({
          rev: d.rev,
          savedAt: d.savedAt,
          rulebaseVersion: d.rulebaseVersion,
          changeCount: d.changeCount ?? 0,
        }))
      },
      async count(planId) {
        const { total } = await revisions().where({ planId }).count()
        return total
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
    async close() {
      // The SDK keeps no connection of its own to close.
    },
  }
}
