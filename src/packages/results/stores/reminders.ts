import { create } from 'zustand'
import type { ReminderNotice, ReminderStatusView } from '@/core/api'
import { call } from '@/api'
import { nextRead, type Stamped } from '@/stores/fresh-reads'
import { readInto, slotOf, type Loaded } from '@/stores/server-read'

/**
 * A plan's review reminder as read from the server. Offline is told apart from a refusal, as in
 * the other stores, though the panel says neither: without a status it still offers the button.
 */
export type ReminderStatusLoad = Loaded<{ view: ReminderStatusView }>

/** In-app notices the scheduler sent (in H5, the local runtime's outbox); empty until read. */
export type ReminderNoticesLoad = Stamped & { status: 'loading' | 'ready' | 'error'; items: ReminderNotice[] }

/** What a 复盘时提醒我 tap brought back: the status now, or the message to show. */
export type SubscribeOutcome = { ok: true; view: ReminderStatusView } | { ok: false; message: string }

interface RemindersState {
  /** Each plan's reminder status by plan id. */
  statuses: Record<string, ReminderStatusLoad>
  notices: ReminderNoticesLoad
  loadStatus: (planId: string) => Promise<void>
  /** Banks one consent (the WeChat prompt has already said yes); on success the status follows. */
  subscribe: (planId: string) => Promise<SubscribeOutcome>
  loadNotices: () => Promise<void>
  /** The notice leaves the list at once; telling the server it was seen is best effort. */
  dismiss: (id: string) => Promise<void>
}

/**
 * The review page's reminders (复盘提醒 and the notices above it): in the results subpackage
 * because only that page reads them. Pages show what was read since they opened (fresh-reads).
 */
export const useReminders = create<RemindersState>((set, get) => ({
  statuses: {},
  notices: { read: 0, status: 'ready', items: [] },
  // A subscribe stamps a newer read too: a status read begun before it is then dropped.
  loadStatus: (planId) =>
    readInto(
      slotOf(set, get, 'statuses', planId),
      () => call('reminder', 'status', { planId }),
      (view) => ({ view }),
    ),
  async subscribe(planId) {
    // One consent per tap: WeChat gives one message per consent, whatever the template count.
    const res = await call('reminder', 'subscribe', { planId, accepted: 1 })
    if (!res.ok) return { ok: false, message: res.error.message }
    set((s) => ({ statuses: { ...s.statuses, [planId]: { read: nextRead(), status: 'ready', view: res.data } } }))
    return { ok: true, view: res.data }
  },
  async loadNotices() {
    const read = nextRead()
    set({ notices: { read, status: 'loading', items: [] } })
    const res = await call('reminder', 'notices', {})
    if (get().notices.read !== read) return
    // Quiet on failure, as before: notices are a courtesy, the review page works without them.
    set((s) => ({
      notices: res.ok ? { read, status: 'ready', items: res.data.items } : { ...s.notices, status: 'error' },
    }))
  },
  async dismiss(id) {
    set((s) => ({ notices: { ...s.notices, items: s.notices.items.filter((n) => n.id !== id) } }))
    await call('reminder', 'seen', { id })
  },
}))
