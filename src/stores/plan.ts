import { create } from 'zustand'
import type { PlanView } from '@/core/api'
import { call } from '@/api'

interface PlanState {
  plan?: PlanView
  status: 'idle' | 'loading' | 'ready' | 'error'
  error?: string
  open: (planId: string) => Promise<void>
}

export const usePlan = create<PlanState>((set) => ({
  status: 'idle',
  async open(planId) {
    set({ status: 'loading', error: undefined, plan: undefined })
    const res = await call('plan', 'get', { planId })
    if (res.ok) set({ plan: res.data, status: 'ready' })
    else set({ status: 'error', error: res.error.message })
  },
}))
