import { create } from 'zustand'
import type { PlanView } from '@/core/api'
import { call } from '@/api'

interface PlanState {
  plan?: PlanView
  status: 'idle' | 'loading' | 'ready' | 'error'
  error?: string
  open: (planId: string) => Promise<void>
  /** Returns null on success, else the message to show. */
  saveTargets: (targets: Record<string, number>) => Promise<string | null>
  /**
   * Renames the plan (an event, not a version). A refused name comes back as `field` (the message
   * to show next to the name field); anything else as `message`.
   */
  rename: (name: string) => Promise<{ ok: true } | { ok: false; field?: string; message: string }>
  /** An old version becomes the newest; null on success, else the message to show. */
  restoreVersion: (planId: string, version: number, baseRev: number) => Promise<string | null>
  /** Recompute the answers with the current rule base; null on success. */
  upgrade: () => Promise<string | null>
  remove: () => Promise<string | null>
}

export const usePlan = create<PlanState>((set, get) => ({
  status: 'idle',
  async open(planId) {
    if (get().plan?.id !== planId) set({ plan: undefined })
    set({ status: 'loading', error: undefined })
    const res = await call('plan', 'get', { planId })
    if (res.ok) set({ plan: res.data, status: 'ready' })
    else set({ status: 'error', error: res.error.message })
  },
  async saveTargets(targets) {
    const plan = get().plan
    if (!plan) return '方案还没有加载'
    const res = await call('plan', 'setTargets', { planId: plan.id, baseRev: plan.rev, targets })
    if (res.ok) {
      set({ plan: res.data })
      return null
    }
    if (res.error.code === 'CONFLICT') {
      // Keep what the owner typed on screen; reload underneath so the next save is based on the latest.
      void get().open(plan.id)
      return '方案已在另一台设备上修改，已刷新。请检查后再次保存。'
    }
    return res.error.fields?.[0]?.message ?? res.error.message
  },
  async rename(name) {
    const plan = get().plan
    if (!plan) return { ok: false, message: '方案还没有加载' }
    const res = await call('plan', 'rename', { planId: plan.id, name, baseRev: plan.rev })
    if (res.ok) {
      set({ plan: res.data })
      return { ok: true }
    }
    if (res.error.code === 'CONFLICT') {
      // The name typed stays in the field; reload underneath so 保存 again is based on the latest.
      void get().open(plan.id)
      return { ok: false, message: '方案刚在另一台设备上修改过，已刷新。请确认名称后再点保存。' }
    }
    const field = res.error.fields?.find((f) => f.path === 'name')?.message
    return field ? { ok: false, field, message: field } : { ok: false, message: res.error.message }
  },
  async restoreVersion(planId, version, baseRev) {
    const res = await call('plan', 'restoreVersion', { planId, version, baseRev })
    if (res.ok) {
      set({ plan: res.data, status: 'ready' })
      return null
    }
    if (res.error.code === 'CONFLICT') return '方案刚在另一台设备上修改过，请返回方案页刷新后再恢复。'
    return res.error.fields?.[0]?.message ?? res.error.message
  },
  async upgrade() {
    const plan = get().plan
    if (!plan) return '方案还没有加载'
    const res = await call('plan', 'upgrade', { planId: plan.id, baseRev: plan.rev })
    if (res.ok) {
      set({ plan: res.data })
      return null
    }
    if (res.error.code === 'CONFLICT') {
      void get().open(plan.id)
      return '方案已在另一台设备上修改，已刷新。'
    }
    if (res.error.code === 'INVALID_INPUT') return '规则库更新后有几道题需要重新回答，请点「修改回答」。'
    return res.error.message
  },
  async remove() {
    const plan = get().plan
    if (!plan) return null
    const res = await call('plan', 'delete', { planId: plan.id })
    if (!res.ok) return res.error.message
    set({ plan: undefined, status: 'idle' })
    return null
  },
}))
