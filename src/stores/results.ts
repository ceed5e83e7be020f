import { create } from 'zustand'
import type { MonthResults } from '@/core/api'
import { call } from '@/api'
import { readLocal, writeLocal } from './storage'

/**
 * Recorded results of the plan on screen. Offline-safe like drafts: a save that cannot reach the
 * cloud is kept on the phone (device storage) and shown at once; it goes up by itself when the
 * network is back, laid on top of whatever another phone saved meanwhile.
 */

export interface PendingWrite {
  planId: string
  month: string
  /** null: remove the month. */
  values: Record<string, number> | null
  baseRev: number
}

const PENDING_KEY = 'wp_results_pending'
const RETRY_MS = 5000

function readPending(): PendingWrite[] {
  const raw = readLocal<PendingWrite[]>(PENDING_KEY)
  return Array.isArray(raw) ? raw : []
}

function writePending(list: PendingWrite[]): void {
  writeLocal(PENDING_KEY, list)
}

type Source = { planId: string } | { token: string }

interface ResultsState {
  source?: Source
  items: MonthResults[]
  readOnly: boolean
  status: 'idle' | 'loading' | 'ready' | 'error'
  error?: string
  /** Months saved on this phone only, waiting for the network. */
  pendingMonths: string[]
  open: (source: Source) => Promise<void>
  /** Returns null when saved (or kept for later), else the message to show. */
  saveMonth: (month: string, values: Record<string, number>) => Promise<string | null>
  removeMonth: (month: string) => Promise<string | null>
  /** Pasted months are merged into what each month already holds. */
  importMonths: (months: Record<string, Record<string, number>>) => Promise<{ saved: number; failed: string[] }>
  flush: () => Promise<void>
}

let retryTimer: ReturnType<typeof setTimeout> | undefined

function upsert(items: MonthResults[], m: MonthResults): MonthResults[] {
  return [...items.filter((x) => x.month !== m.month), m].sort((a, b) => (a.month < b.month ? -1 : 1))
}

function planIdOf(source?: Source): string | null {
  return source && 'planId' in source ? source.planId : null
}

export const useResults = create<ResultsState>((set, get) => {
  const pendingFor = (planId: string | null) =>
    planId ? readPending().filter((p) => p.planId === planId) : ([] as PendingWrite[])

  /** Shows the pending writes on top of what the cloud holds. */
  const overlay = (items: MonthResults[], planId: string | null): MonthResults[] => {
    let out = items
    for (const p of pendingFor(planId)) {
      const current = out.find((m) => m.month === p.month)
      if (p.values === null) out = out.filter((m) => m.month !== p.month)
      else out = upsert(out, { month: p.month, values: p.values, rev: current?.rev ?? p.baseRev, updatedAt: 0 })
    }
    return out
  }

  const keep = (w: PendingWrite) => {
    const rest = readPending().filter((p) => !(p.planId === w.planId && p.month === w.month))
    writePending([...rest, w])
    set({ pendingMonths: pendingFor(w.planId).map((p) => p.month) })
    if (!retryTimer) retryTimer = setTimeout(() => void get().flush(), RETRY_MS)
  }

  const drop = (w: PendingWrite) => {
    writePending(readPending().filter((p) => !(p.planId === w.planId && p.month === w.month)))
    set({ pendingMonths: pendingFor(w.planId).map((p) => p.month) })
  }

  async function send(w: PendingWrite): Promise<{ ok: true } | { ok: false; code: string; message: string }> {
    if (w.values === null) {
      const res = await call('results', 'remove', { planId: w.planId, month: w.month, baseRev: w.baseRev })
      if (res.ok) {
        if (planIdOf(get().source) === w.planId) set({ items: get().items.filter((m) => m.month !== w.month) })
        return { ok: true }
      }
      return { ok: false, code: res.error.code, message: res.error.message }
    }
    const res = await call('results', 'save', {
      planId: w.planId,
      month: w.month,
      values: w.values,
      baseRev: w.baseRev,
    })
    if (res.ok) {
      if (planIdOf(get().source) === w.planId) set({ items: upsert(get().items, res.data) })
      return { ok: true }
    }
    const message = res.error.fields?.[0]?.message ?? res.error.message
    return { ok: false, code: res.error.code, message }
  }

  return {
    items: [],
    readOnly: false,
    status: 'idle',
    pendingMonths: [],
    async open(source) {
      const same = JSON.stringify(get().source) === JSON.stringify(source)
      set({ source, status: 'loading', error: undefined, ...(same ? {} : { items: [] }) })
      const res = await call('results', 'list', source)
      const planId = planIdOf(source)
      if (res.ok) {
        set({
          items: overlay(res.data.items, planId),
          readOnly: res.data.readOnly,
          status: 'ready',
          pendingMonths: pendingFor(planId).map((p) => p.month),
        })
        if (planId && pendingFor(planId).length > 0) void get().flush()
      } else if (res.error.code === 'NETWORK' && planId) {
        set({ items: overlay(get().items, planId), status: 'ready', error: res.error.message })
      } else set({ status: 'error', error: res.error.message })
    },
    async saveMonth(month, values) {
      const planId = planIdOf(get().source)
      if (!planId || get().readOnly) return '只能查看，不能修改'
      const current = get().items.find((m) => m.month === month)
      const w: PendingWrite = { planId, month, values, baseRev: current?.rev ?? 0 }
      const r = await send(w)
      if (r.ok) {
        drop(w)
        return null
      }
      if (r.code === 'NETWORK') {
        set({ items: upsert(get().items, { month, values, rev: w.baseRev, updatedAt: 0 }) })
        keep(w)
        return null
      }
      if (r.code === 'CONFLICT') {
        await get().open({ planId })
        return '这个月的数据已在另一台设备上修改，已显示最新数据。请核对后再保存。'
      }
      return r.message
    },
    async removeMonth(month) {
      const planId = planIdOf(get().source)
      const current = get().items.find((m) => m.month === month)
      if (!planId || !current) return null
      const w: PendingWrite = { planId, month, values: null, baseRev: current.rev }
      const r = await send(w)
      if (r.ok) {
        drop(w)
        return null
      }
      if (r.code === 'NETWORK') {
        set({ items: get().items.filter((m) => m.month !== month) })
        keep(w)
        return null
      }
      if (r.code === 'CONFLICT') {
        await get().open({ planId })
        return '这个月的数据已在另一台设备上修改，已显示最新数据。请核对后再删除。'
      }
      return r.message
    },
    async importMonths(months) {
      let saved = 0
      const failed: string[] = []
      for (const [month, values] of Object.entries(months).sort()) {
        const existing = get().items.find((m) => m.month === month)
        const message = await get().saveMonth(month, { ...(existing?.values ?? {}), ...values })
        if (message) failed.push(`${month}：${message}`)
        else saved++
      }
      return { saved, failed }
    },
    async flush() {
      retryTimer = undefined
      const all = readPending()
      for (const w of all) {
        let r = await send(w)
        if (!r.ok && r.code === 'CONFLICT' && w.values !== null) {
          // Another phone saved this month meanwhile: keep its figures, lay ours on top.
          const list = await call('results', 'list', { planId: w.planId })
          if (list.ok) {
            const theirs = list.data.items.find((m) => m.month === w.month)
            r = await send({ ...w, values: { ...(theirs?.values ?? {}), ...w.values }, baseRev: theirs?.rev ?? 0 })
          }
        } else if (!r.ok && r.code === 'CONFLICT' && w.values === null) {
          // The month changed elsewhere after we removed it here: theirs is newer, keep it.
          r = { ok: true }
        }
        if (r.ok || r.code !== 'NETWORK') drop(w)
        else {
          if (!retryTimer) retryTimer = setTimeout(() => void get().flush(), RETRY_MS)
          return
        }
      }
      const planId = planIdOf(get().source)
      if (planId && all.some((w) => w.planId === planId)) {
        const res = await call('results', 'list', { planId })
        if (res.ok) set({ items: overlay(res.data.items, planId), error: undefined })
      }
    },
  }
})
