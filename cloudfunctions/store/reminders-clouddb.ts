import type { WxDatabase } from './clouddb'
import { capLimit } from './port'
import type { ReminderRecord, ReminderStore } from './reminders-port'

/** Reminders in the cloud database, collection `reminders`, under the plan store's rules. */

export const REMINDERS_COLLECTION = 'reminders'

type ReminderDoc = Omit<ReminderRecord, 'id' | 'ownerId'> & { _id: string; _openid: string }

const fromDoc = (d: ReminderDoc): ReminderRecord => ({
  id: d._id,
  ownerId: d._openid,
  planId: d.planId,
  templateId: d.templateId,
  status: d.status,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
  reviewAt: d.reviewAt ?? null,
  error: d.error ?? null,
  seenAt: d.seenAt ?? null,
})

export function createCloudDbReminderStore(db: WxDatabase): ReminderStore {
  const _ = db.command
  const col = () => db.collection(REMINDERS_COLLECTION)
  return {
    async insert(r) {
      const { id, ownerId, ...rest } = r
      try {
        await col().add({ data: { _id: id, _openid: ownerId, ...rest } })
        return 'ok'
      } catch (error) {
        const { data } = await col().where({ _id: id }).limit(1).get()
        if (data.length > 0) return 'conflict'
        throw error
      }
    },
    async listForPlan(ownerId, planId) {
      const { data } = await col()
        .where({ _openid: ownerId, planId })
        .orderBy('createdAt', 'desc')
        .limit(capLimit(100))
        .get()
      return (data as ReminderDoc[]).map(fromDoc)
    },
    async listUnseen(ownerId) {
      const { data } = await col()
        .where({ _openid: ownerId, status: 'sent', seenAt: _.eq(null) })
        .orderBy('createdAt', 'desc')
        .limit(capLimit(100))
        .get()
      return (data as ReminderDoc[]).map(fromDoc)
    },
    async listBanked(limit) {
      const { data } = await col().where({ status: 'banked' }).orderBy('createdAt', 'asc').limit(capLimit(limit)).get()
      return (data as ReminderDoc[]).map(fromDoc)
    },
    async transition(next, from) {
      const { stats } = await col()
        .where({ _id: next.id, _openid: next.ownerId, status: from })
        .update({
          data: {
            status: next.status,
            updatedAt: next.updatedAt,
            reviewAt: next.reviewAt,
            error: next.error === null ? null : _.set(next.error),
            seenAt: next.seenAt,
          },
        })
      return stats.updated === 1 ? 'ok' : 'conflict'
    },
  }
}
