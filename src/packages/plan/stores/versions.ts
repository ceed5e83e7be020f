import { create } from 'zustand'
import type { VersionSummary, VersionView } from '@/core/api'
import { call } from '@/api'
import { readInto, slotOf, type Loaded } from '@/stores/server-read'

/** A plan's version list as read from the server: loading, ready (newest first), or failed with a message. */
export type VersionListLoad = Loaded<{ items: VersionSummary[] }>

/** One version as read from the server: loading, ready with its view, or failed with a message. */
export type VersionLoad = Loaded<{ view: VersionView }>

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
  load: (planId) =>
    readInto(
      slotOf(set, get, 'lists', planId),
      () => call('plan', 'versions', { planId }),
      (data) => ({ items: [...data.items].sort((a, b) => b.version - a.version) }),
    ),
  loadVersion: (planId, version) =>
    readInto(
      slotOf(set, get, 'views', versionKey(planId, version)),
      () => call('plan', 'version', { planId, version }),
      (view) => ({ view }),
    ),
}))
