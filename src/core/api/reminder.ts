import * as v from 'valibot'
import { MSG, idSchema, wholeNumber } from './common'

/** Review reminders: one-time subscribe-message consents banked per plan, sent at the review date. */

export const REMINDER_LIMITS = {
  /** requestSubscribeMessage asks for at most 3 templates a call; we ask for one, once per tap. */
  perCall: 3,
  /** Banked, unsent reminders per plan: ten quarters ahead is plenty. */
  bankedPerPlan: 10,
} as const

export const reminderSubscribeInput = v.object(
  {
    planId: idSchema,
    accepted: wholeNumber(1, REMINDER_LIMITS.perCall),
  },
  MSG.object,
)
export const reminderStatusInput = v.object({ planId: idSchema }, MSG.object)
export const reminderNoticesInput = v.optional(v.object({}, MSG.object), {})
export const reminderSeenInput = v.object({ id: idSchema }, MSG.object)

export interface ReminderStatusView {
  /** Consents kept for the coming review dates: one message each. */
  banked: number
  reviewDate: string
  /** The latest attempt, in plain words ("已于 2027-02-26 提醒" / "发送失败：…"). */
  last: { at: number; sent: boolean; text: string } | null
}

export interface ReminderNotice {
  id: string
  planId: string
  text: string
  sentAt: number
}

export type ReminderSubscribeInput = v.InferInput<typeof reminderSubscribeInput>
export type ReminderStatusInput = v.InferInput<typeof reminderStatusInput>
export type ReminderNoticesInput = v.InferInput<typeof reminderNoticesInput>
export type ReminderSeenInput = v.InferInput<typeof reminderSeenInput>
