import type { WriteResult } from './port'

/**
 * Review reminders, one document per one-time consent the owner gave (WeChat: one consent = one
 * message). A reminder moves banked → sending → sent | failed, each step a conditional write on
 * the status it leaves, so two scheduler runs can never send the same reminder twice. A sent
 * reminder is also the in-app notice (the local runtime's outbox) until the owner has seen it.
 */

export type ReminderStatus = 'banked' | 'sending' | 'sent' | 'failed' | 'cancelled'

export interface ReminderRecord {
  id: string
  ownerId: string
  planId: string
  templateId: string
  status: ReminderStatus
  createdAt: number
  updatedAt: number
  /** The review date (epoch ms) the reminder was sent for; null while banked. */
  reviewAt: number | null
  /** WeChat's answer when sending failed (43101: no consent left), kept, never retried blindly. */
  error: { errcode: number; errmsg: string } | null
  /** When the owner saw the in-app notice. */
  seenAt: number | null
}

export interface ReminderStore {
  insert(r: ReminderRecord): Promise<WriteResult>
  /** One owner's reminders for one plan, newest first, capped at READ_CAP. */
  listForPlan(ownerId: string, planId: string): Promise<ReminderRecord[]>
  /** Sent reminders the owner has not seen yet, newest first, capped at READ_CAP. */
  listUnseen(ownerId: string): Promise<ReminderRecord[]>
  /** Banked reminders, oldest first, capped at `limit` and READ_CAP. */
  listBanked(limit: number): Promise<ReminderRecord[]>
  /** Writes `next` only if the stored reminder still has status `from` (and the same owner). */
  transition(next: ReminderRecord, from: ReminderStatus): Promise<WriteResult>
}
