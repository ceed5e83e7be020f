import { create } from 'zustand'
import type { VersionSummary, VersionView } from '@/core/api'
import { call } from '@/api'

/** One version as read from the server: loading, ready with its view, or failed with a message. */
export type VersionLoad =
  { status: 'loading' } | { status: 'ready'; view: VersionView } | { status: 'error'; error: string }

interface VersionsState {
  /** The plan the list below belongs to; a page for another plan sees no list until it loads. */
  planId?: string
  /** Newest first; null until the list for `planId` has arrived. */
  items: VersionSummary[] | null
  status: 'idle' | 'loading' | 'ready' | 'error'
  error?: string
  /** Single versions by `versionKey(planId, version)`; each page asks for the ones it shows. */
  views: Record<string, VersionLoad>
  load: (planId: string) => Promise<void>
  loadVersion: (planId: string, version: number) => Promise<void>
}

export const versionKey = (planId: string, version: number): string => `${planId}@${version}`

/**
 * A plan's history (历史版本, one version, 对比): lives in the plan subpackage because only its
 * pages read it. Every open reads the server again — another phone may have saved a version.
 */
export const useVersions = create<VersionsState>((set) => ({
  items: null,
  status: 'idle',
  views: {},
  async load(planId) {
    set({ planId, items: null, status: 'loading', error: undefined })
    const res = await call('plan', 'versions', { planId })
    // A later load for another plan wins: drop an answer that is no longer asked for.
    if (useVersions.getState().planId !== planId) return
    if (res.ok) set({ items: [...res.data.items].sort((a, b) => b.version - a.version), status: 'ready' })
    else set({ status: 'error', error: res.error.message })
  },
  async loadVersion(planId, version) {
    const key = versionKey(planId, version)
    set((s) => ({ views: { ...s.views, [key]: { status: 'loading' } } }))
    const res = await call('plan', 'version', { planId, version })
    const next: VersionLoad = res.ok
      ? { status: 'ready', view: res.data }
      : { status: 'error', error: res.error.message }
    set((s) => ({ views: { ...s.views, [key]: next } }))
  },
}))
