import { create } from 'zustand'
import type { PlanSummary } from '@/core/api'
import { call } from '@/api'
import { failed } from './server-read'

interface PlansState {
  items: PlanSummary[]
  nextCursor: string | null
  status: 'idle' | 'loading' | 'ready' | 'error'
  error?: string
  /** Offline is said differently from a server error: there is nothing to retry on the server. */
  offline: boolean
  load: () => Promise<void>
  loadMore: () => Promise<void>
}

export const usePlans = create<PlansState>((set, get) => ({
  items: [],
  nextCursor: null,
  status: 'idle',
  offline: false,
  async load() {
    set({ status: 'loading', error: undefined })
    const res = await call('plan', 'list', { limit: 20 })
    if (res.ok) set({ items: res.data.items, nextCursor: res.data.nextCursor ?? null, status: 'ready', offline: false })
    else set(failed(res.error))
  },
  async loadMore() {
    const { nextCursor, items } = get()
    if (!nextCursor) return
    const res = await call('plan', 'list', { limit: 20, cursor: nextCursor })
    if (res.ok) set({ items: [...items, ...res.data.items], nextCursor: res.data.nextCursor ?? null })
    else set({ error: res.error.message })
  },
}))
