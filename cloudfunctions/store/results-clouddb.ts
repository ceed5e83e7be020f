import type { WriteResult } from './port'
import { capLimit } from './port'
import type { WxDatabase } from './clouddb'
import type { MonthRecord, ResultsStore } from './results-port'
import { monthId } from './results-port'

/**
 * Results in the cloud database, collection `results`, under the plan store's rules: `_id` and
 * `_openid` written by us, epoch-ms times, conditional writes on `rev`, and KPI ids (which hold
 * dots) stored as `[{k, v}]` entries because a dot in a field name is a path.
 */

export const RESULTS_COLLECTION = 'results'

interface Entry {
  k: string
  v: number
}

interface MonthDoc {
  _id: string
  _openid: string
  planId: string
  month: string
  values: Entry[]
  rev: number
  updatedAt: number
}

const toEntries = (values: Record<string, number>): Entry[] => Object.keys(values).map((k) => ({ k, v: values[k] }))

function fromDoc(d: MonthDoc): MonthRecord {
  const values: Record<string, number> = {}
  for (const e of Array.isArray(d.values) ? d.values : []) values[e.k] = e.v
  return { planId: d.planId, ownerId: d._openid, month: d.month, values, rev: d.rev, updatedAt: d.updatedAt }
}

export function createCloudDbResultsStore(db: WxDatabase): ResultsStore {
  const _ = db.command
  const col = () => db.collection(RESULTS_COLLECTION)
  async function find(planId: string, month: string): Promise<MonthRecord | null> {
    const { data } = await col()
      .where({ _id: monthId(planId, month) })
      .limit(1)
      .get()
    const d = data[0] as MonthDoc | undefined
    return d ? fromDoc(d) : null
  }
  return {
    async listByPlan(planId, limit) {
      const { data } = await col().where({ planId }).orderBy('month', 'asc').limit(capLimit(limit)).get()
      return (data as MonthDoc[]).map(fromDoc)
    },
    async count(planId) {
      const { total } = await col().where({ planId }).count()
      return total
    },
    find,
    async insert(r): Promise<WriteResult> {
      const doc: MonthDoc = {
        _id: monthId(r.planId, r.month),
        _openid: r.ownerId,
        planId: r.planId,
        month: r.month,
        values: toEntries(r.values),
        rev: r.rev,
        updatedAt: r.updatedAt,
      }
      try {
        await col().add({ data: { ...doc } })
        return 'ok'
      } catch (error) {
        // `add` with a taken `_id` fails; re-reading tells a conflict from a real error.
        if (await find(r.planId, r.month)) return 'conflict'
        throw error
      }
    },
    async replace(r, expectedRev) {
      const { stats } = await col()
        .where({ _id: monthId(r.planId, r.month), _openid: r.ownerId, rev: expectedRev })
        .update({ data: { values: _.set(toEntries(r.values)), rev: r.rev, updatedAt: r.updatedAt } })
      return stats.updated === 1 ? 'ok' : 'conflict'
    },
    async remove(planId, ownerId, month, expectedRev) {
      const { stats } = await col()
        .where({ _id: monthId(planId, month), _openid: ownerId, rev: expectedRev })
        .remove()
      return stats.removed === 1 ? 'ok' : 'conflict'
    },
  }
}
