import type { WeChatPlatform } from '../platform'
import type { Store } from '../store/port'
import type { ReminderRecord } from '../store/reminders-port'
import { findPlan } from './plan'
import { reviewOf, templateOf } from './reminder'

/**
 * The reminder scheduler, run by the `reminders` function's timer (and by the local runtime on a
 * timer): for every plan whose review date has come, send one banked reminder — at most one per
 * plan and review date; the owner's other consents stay banked for the next review. A reminder is
 * claimed (banked → sending, conditionally) before it is sent, so it goes out at most once even if
 * two runs overlap; WeChat's refusals (43101: no consent left, …) are recorded and never retried.
 */

export interface ReminderTimerContext {
  store: Store
  platform: WeChatPlatform
  clock: { now(): number }
  reminderTemplateId?: string
  /** `formal` in production; the local runtime and tests say `developer`. */
  miniprogramState?: 'developer' | 'trial' | 'formal'
}

export interface ReminderRunReport {
  sent: number
  failed: number
  cancelled: number
  waiting: number
}

/** The template's keywords, within WeChat's limits (`thing` ≤ 20 characters). */
function messageData(planName: string, reviewDate: string): Record<string, { value: string }> {
  const name = [...planName]
  return {
    thing1: { value: name.length > 20 ? `${name.slice(0, 19).join('')}…` : planName },
    date2: { value: reviewDate },
    thing3: { value: '对照数据复盘，调整方案' },
  }
}

export async function sendDueReminders(ctx: ReminderTimerContext, limit = 100): Promise<ReminderRunReport> {
  const report: ReminderRunReport = { sent: 0, failed: 0, cancelled: 0, waiting: 0 }
  const now = ctx.clock.now()
  const reminders = ctx.store.reminders
  const banked = await reminders.listBanked(limit)
  const handled = new Set<string>()
  for (const r of banked) {
    const key = `${r.ownerId}\u0000${r.planId}`
    if (handled.has(key)) {
      report.waiting++
      continue
    }
    handled.add(key)
    const plan = await findPlan(ctx, r.planId)
    if (!plan || plan.ownerId !== r.ownerId) {
      if ((await reminders.transition({ ...r, status: 'cancelled', updatedAt: now }, 'banked')) === 'ok')
        report.cancelled++
      continue
    }
    // A plan in 最近删除 may come back: its consents wait (the purge removes them with the plan).
    if (plan.deletedAt !== null) {
      report.waiting++
      continue
    }
    const { reviewAt, reviewDate } = reviewOf(plan)
    if (now < reviewAt) {
      report.waiting++
      continue
    }
    // One reminder per review date: a second consent waits for the next review.
    const history = await reminders.listForPlan(r.ownerId, r.planId)
    if (history.some((x) => x.reviewAt === reviewAt && x.status !== 'banked' && x.status !== 'cancelled')) {
      report.waiting++
      continue
    }
    const claimed: ReminderRecord = { ...r, status: 'sending', reviewAt, updatedAt: now }
    if ((await reminders.transition(claimed, 'banked')) !== 'ok') continue
    const result = await ctx.platform.sendSubscribeMessage({
      touser: r.ownerId,
      templateId: r.templateId || templateOf(ctx),
      page: `packages/results/review/index?id=${plan.id}`,
      data: messageData(plan.name, reviewDate),
      miniprogramState: ctx.miniprogramState ?? 'formal',
    })
    const done: ReminderRecord = result.ok
      ? { ...claimed, status: 'sent', updatedAt: now }
      : { ...claimed, status: 'failed', updatedAt: now, error: { errcode: result.errcode, errmsg: result.errmsg } }
    await reminders.transition(done, 'sending')
    if (result.ok) report.sent++
    else report.failed++
  }
  return report
}
