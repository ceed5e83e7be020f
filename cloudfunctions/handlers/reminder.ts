import { fail, ok } from '@/core'
import {
  REMINDER_LIMITS,
  parseWith,
  reminderNoticesInput,
  reminderSeenInput,
  reminderStatusInput,
  reminderSubscribeInput,
} from '@/core/api'
import type { ReminderNotice, ReminderStatusView } from '@/core/api'
import type { PlanRecord } from '../store/port'
import type { ReminderRecord, ReminderStore } from '../store/reminders-port'
import type { Handler, HandlerContext } from './context'
import { guarded, invalid, randomId } from './context'
import { contentOf, loadOwned } from './plan'

/** Used when no template id is configured (WP_SUBSCRIBE_TEMPLATE_REVIEW): the local runtime and tests. */
export const DEFAULT_REVIEW_TEMPLATE = 'local-review-reminder'

export function reminderStore(ctx: HandlerContext): ReminderStore {
  return ctx.store.reminders
}

export function templateOf(ctx: { reminderTemplateId?: string }): string {
  return ctx.reminderTemplateId || DEFAULT_REVIEW_TEMPLATE
}

function ymd(ms: number): string {
  const d = new Date(ms + 8 * 3600_000)
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`
}

/** Plain words for what happened to a reminder; WeChat's codes stay in the record, not the UI. */
export function outcomeText(r: ReminderRecord): string {
  if (r.status === 'sent') return `已于 ${ymd(r.updatedAt)} 发出复盘提醒`
  if (r.error?.errcode === 43101)
    return `${ymd(r.updatedAt)} 的提醒没有发出：微信里的提醒授权已用完，请再次点「复盘时提醒我」`
  return `${ymd(r.updatedAt)} 的提醒没有发出：微信暂时无法发送，请到时打开小程序复盘`
}

/** The plan's review date (「迭代节奏」), from its current version's content. */
export function reviewOf(plan: PlanRecord): { reviewAt: number; reviewDate: string } {
  const content = contentOf(plan)
  if (!content) throw new Error(`plan ${plan.id} version ${plan.version} cannot be computed`)
  return { reviewAt: content.iteration.reviewAt, reviewDate: content.iteration.reviewDate }
}

function statusView(plan: PlanRecord, list: ReminderRecord[]): ReminderStatusView {
  const banked = list.filter((r) => r.status === 'banked').length
  const done = list
    .filter((r) => r.status === 'sent' || r.status === 'failed')
    .sort((a, b) => b.updatedAt - a.updatedAt)
  const last = done[0]
  return {
    banked,
    reviewDate: reviewOf(plan).reviewDate,
    last: last ? { at: last.updatedAt, sent: last.status === 'sent', text: outcomeText(last) } : null,
  }
}

const subscribe: Handler<ReminderStatusView> = async (caller, input, ctx) => {
  const req = parseWith(reminderSubscribeInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return fail('NOT_FOUND')
  const store = reminderStore(ctx)
  const list = await store.listForPlan(caller.openid, plan.id)
  const banked = list.filter((r) => r.status === 'banked').length
  if (banked + req.value.accepted > REMINDER_LIMITS.bankedPerPlan)
    return fail('LIMIT_EXCEEDED', { message: `已经存了 ${banked} 次提醒，够用了` })
  const now = ctx.clock.now()
  const templateId = templateOf(ctx)
  for (let i = 0; i < req.value.accepted; i++) {
    const r: ReminderRecord = {
      id: `r_${randomId(ctx, 12)}`,
      ownerId: caller.openid,
      planId: plan.id,
      templateId,
      status: 'banked',
      createdAt: now,
      updatedAt: now,
      reviewAt: null,
      error: null,
      seenAt: null,
    }
    if ((await store.insert(r)) === 'ok') {
      list.push(r)
      ctx.grantConsent?.(caller.openid, templateId)
    }
  }
  return ok(statusView(plan, list))
}

const status: Handler<ReminderStatusView> = async (caller, input, ctx) => {
  const req = parseWith(reminderStatusInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return fail('NOT_FOUND')
  return ok(statusView(plan, await reminderStore(ctx).listForPlan(caller.openid, plan.id)))
}

const notices: Handler<{ items: ReminderNotice[] }> = async (caller, input, ctx) => {
  const req = parseWith(reminderNoticesInput, input)
  if (!req.ok) return invalid(req.errors)
  const items: ReminderNotice[] = []
  for (const r of await reminderStore(ctx).listUnseen(caller.openid)) {
    const plan = await loadOwned(ctx, caller, r.planId)
    if (!plan) continue
    items.push({
      id: r.id,
      planId: plan.id,
      text: `「${plan.name}」到复盘日了（${reviewOf(plan).reviewDate}）：对照数据看看方案要不要调整`,
      sentAt: r.updatedAt,
    })
  }
  return ok({ items })
}

const seen: Handler<{ seen: boolean }> = async (caller, input, ctx) => {
  const req = parseWith(reminderSeenInput, input)
  if (!req.ok) return invalid(req.errors)
  const store = reminderStore(ctx)
  const r = (await store.listUnseen(caller.openid)).find((x) => x.id === req.value.id)
  if (!r) return ok({ seen: false })
  const result = await store.transition({ ...r, seenAt: ctx.clock.now() }, 'sent')
  return ok({ seen: result === 'ok' })
}

export const reminderHandlers = guarded('reminder', { subscribe, status, notices, seen })
