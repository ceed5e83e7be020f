import { create } from 'zustand'
import { LIMITS } from '@/core/api'
import type { SavedCopyCheck } from '@/core/api'
import { call } from '@/api'

/** Whose list: the owner reads and writes by plan id; a colleague reads through a share link. */
export type SavedChecksSource = { planId: string } | { token: string }

export const sourceKey = (s: SavedChecksSource): string => ('planId' in s ? `p:${s.planId}` : `t:${s.token}`)

interface SavedList {
  status: 'loading' | 'ready' | 'error'
  items: SavedCopyCheck[]
  max: number
  error?: string
}

interface SavedChecksState {
  lists: Record<string, SavedList>
  load: (source: SavedChecksSource) => Promise<void>
  /** A check just saved from the checker: shown at once when the owner goes back to the plan. */
  added: (planId: string, check: SavedCopyCheck, max: number) => void
  /** null when removed, else the message to show. */
  remove: (planId: string, id: string) => Promise<string | null>
}

const EMPTY_MAX = LIMITS.copyChecksPerPlan

export const useSavedChecks = create<SavedChecksState>((set, get) => ({
  lists: {},
  async load(source) {
    const key = sourceKey(source)
    const before = get().lists[key]
    set({
      lists: {
        ...get().lists,
        [key]: { items: before?.items ?? [], max: before?.max ?? EMPTY_MAX, status: 'loading' },
      },
    })
    const res = await call('copy', 'list', source)
    const next: SavedList = res.ok
      ? { status: 'ready', items: res.data.items, max: res.data.max }
      : {
          status: 'error',
          items: before?.items ?? [],
          max: before?.max ?? EMPTY_MAX,
          error: res.error.code === 'NETWORK' ? '网络不可用，联网后再看保存的检查' : res.error.message,
        }
    set({ lists: { ...get().lists, [key]: next } })
  },
  added(planId, check, max) {
    const key = sourceKey({ planId })
    const items = [check, ...(get().lists[key]?.items ?? []).filter((c) => c.id !== check.id)]
    set({ lists: { ...get().lists, [key]: { status: 'ready', items, max } } })
  },
  async remove(planId, id) {
    const res = await call('copy', 'delete', { planId, id })
    // Already gone elsewhere is gone here too.
    if (!res.ok && res.error.code !== 'NOT_FOUND') return res.error.message
    const key = sourceKey({ planId })
    const list = get().lists[key]
    if (list) set({ lists: { ...get().lists, [key]: { ...list, items: list.items.filter((c) => c.id !== id) } } })
    return null
  },
}))
