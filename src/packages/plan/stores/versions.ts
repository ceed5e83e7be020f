import { create } from 'zustand'
import type { VersionSummary, VersionView } from '@/core/api'
import { call } from '@/api'
import { nextRead, type Stamped } from '@/stores/fresh-reads'

/** A plan's version list as read from the server: loading, ready (newest first), or failed with a message. */
export type VersionListLoad = Stamped &
  ({ status: 'loading' } | { status: 'ready'; items: VersionSummary[] } | { status: 'error'; error: string })

/** One version as read from the server: loading, ready with its view, or failed with a message. */
export type VersionLoad = Stamped &
  ({ status: 'loading' } | { status: 'ready'; view: VersionView } | { status: 'error'; error: string })

interface VersionsState {
  /** Each plan's list by plan id: a page selects its own plan's, never another's. */
  lists: Record<string, VersionListLoad>
  /** Single versions by `versionKey(planId, version)`; each page asks for the ones it shows. */
  views: Record<string, VersionLoad>
  load: (planId: string) => Promise<void>
  loadVersion: (planId: string, version: number) => Promise<void>
}

export const versionKey = (planId: string, version: number): string => `${planId}@${version}`

/**
 * A plan's history (历史版本, one version, 对比): lives in the plan subpackage because only its
 * pages read it. Every open reads the server again — another phone may have saved a version, and
 * "（当前）" moves with it — and pages show only what was read since they opened (fresh-reads).
 */
export const useVersions = create<VersionsState>((set, get) => ({
  lists: {},
  views: {},
  async load(planId) {
    const read = nextRead()
    set((s) => ({ lists: { ...s.lists, [planId]: { read, status: 'loading' } } }))
    const res = await call('plan', 'versions', { planId })
    // A later read of the same list wins: drop an answer that is no longer the one asked for.
    if (get().lists[planId]?.read !== read) return
    const next: VersionListLoad = res.ok
      ? { read, status: 'ready', items: [...res.data.items].sort((a, b) => b.version - a.version) }
      : { read, status: 'error', error: res.error.message }
    set((s) => ({ lists: { ...s.lists, [planId]: next } }))
  },
  async loadVersion(planId, version) {
    const key = versionKey(planId, version)
    const read = nextRead()
    set((s) => ({ views: { ...s.views, [key]: { read, status: 'loading' } } }))
    const res = await call('plan', 'version', { planId, version })
    if (get().views[key]?.read !== read) return
    const next: VersionLoad = res.ok
      ? { read, status: 'ready', view: res.data }
      : { read, status: 'error', error: res.error.message }
    set((s) => ({ views: { ...s.views, [key]: next } }))
  },
}))
