import { create } from 'zustand'
import type { ShareLink, SharedPlanView } from '@/core/api'
import type { ErrorCode } from '@/core/errors'
import { call } from '@/api'

interface ShareState {
  links: ShareLink[]
  linksStatus: 'idle' | 'loading' | 'ready' | 'error'
  error?: string
  shared?: SharedPlanView
  sharedStatus: 'idle' | 'loading' | 'ready' | 'error'
  sharedError?: { code: ErrorCode; message: string }
  createLink: (planId: string) => Promise<string | null>
  loadLinks: (planId: string) => Promise<void>
  revoke: (planId: string, token: string) => Promise<string | null>
  openShared: (token: string) => Promise<void>
  /** Saves a copy of the shared plan into the caller's plans; returns the new plan's id. */
  copy: (token: string) => Promise<{ id: string } | { error: string }>
}

export const useShare = create<ShareState>((set, get) => ({
  links: [],
  linksStatus: 'idle',
  sharedStatus: 'idle',
  async createLink(planId) {
    const res = await call('share', 'create', { planId })
    return res.ok ? res.data.token : null
  },
  async loadLinks(planId) {
    set({ linksStatus: 'loading', error: undefined })
    const res = await call('share', 'list', { planId })
    if (res.ok) set({ links: res.data.items, linksStatus: 'ready' })
    else set({ linksStatus: 'error', error: res.error.message })
  },
  async revoke(planId, token) {
    const res = await call('share', 'revoke', { planId, token })
    if (!res.ok) return res.error.message
    await get().loadLinks(planId)
    return null
  },
  async openShared(token) {
    set({ sharedStatus: 'loading', shared: undefined, sharedError: undefined })
    const res = await call('share', 'open', { token })
    if (res.ok) set({ shared: res.data, sharedStatus: 'ready' })
    else set({ sharedStatus: 'error', sharedError: { code: res.error.code, message: res.error.message } })
  },
  async copy(token) {
    const res = await call('share', 'copy', { token })
    return res.ok ? { id: res.data.id } : { error: res.error.message }
  },
}))

/** The path a share card or link opens: the read-only view of the plan behind the token. */
export function sharedPath(token: string): string {
  return `/packages/plan/shared/index?token=${encodeURIComponent(token)}`
}
