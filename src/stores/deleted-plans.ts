import { create } from 'zustand'
import type { DeletedPlanSummary } from '@/core/api'
import { call } from '@/api'

interface DeletedPlansState {
  items: DeletedPlanSummary[]
  status: 'idle' | 'loading' | 'ready' | 'error'
  load: () => Promise<void>
  /** Restores one plan; on success it leaves this list at once. Returns the error message, or null. */
  restore: (planId: string) => Promise<string | null>
}

/** 最近删除 on home: plans deleted in the last 30 days, restorable. */
export const useDeletedPlans = create<DeletedPlansState>((set, get) => ({
  items: [],
  status: 'idle',
  async load() {
    set({ status: 'loading' })
    const res = await call('plan', 'deleted', {})
    // Quiet on failure: the live list shows its own error; this section keeps what it had (no
    // message of its own, so no `error` here).
    if (res.ok) set({ items: res.data.items, status: 'ready' })
    else set({ status: 'error' })
  },
  async restore(planId) {
    const res = await call('plan', 'restore', { planId })
    if (!res.ok) return res.error.message
    set({ items: get().items.filter((x) => x.planId !== planId) })
    return null
  },
}))
