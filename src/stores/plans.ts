import { create } from 'zustand'
import type { PlanSummary } from '@/core/api'
import { call } from '@/api'

interface PlansState {
  items: PlanSummary[]
  nextCursor: string | null
  status: 'idle' | 'loading' | 'ready' | 'error'
  error?: string
  load: () => Promise<void>
  loadMore: () => Promise<void>
}

export const usePlans = create<PlansState>((set, get) => ({
  items: [],
  nextCursor: null,
  status: 'idle',
  async load() {
    set({ status: 'loading', error: undefined })
    const res = await call('plan', 'list', { limit: 20 })
    if (res.ok) set({ items: res.data.items, nextCursor: res.data.nextCursor ?? null, status: 'ready' })
    else set({ status: 'error', error: res.error.message })
  },
  async loadMore() {
    const { nextCursor, items } = get()
    if (!nextCursor) return
    const res = await call('plan', 'list', { limit: 20, cursor: nextCursor })
    if (res.ok) set({ items: [...items, ...res.data.items], nextCursor: res.data.nextCursor ?? null })
    else set({ error: res.error.message })
  },
}))
