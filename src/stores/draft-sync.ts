import type { DraftAnswers } from '@/core/api'
import { call } from '@/api'
import { serverNow } from '@/api/server-clock'
import { readLocal, removeLocal, writeLocal } from './storage'

/**
 * Keeping a wizard draft safe: on the phone at once, in the cloud shortly after (a save timer),
 * again later when offline (backoff), and merged when another phone saved in between.
 * The wizard store says what the draft is; this module decides when and how it travels.
 */

/** What the phone keeps of a draft, under draftKey(key). */
export interface LocalDraft {
  answers: DraftAnswers
  step: number
  /**
   * When this phone last wrote it, on the server's clock: it is compared with the cloud draft's
   * updatedAt (stamped by the server) to decide which one is newer, so both must be on one clock.
   */
  updatedAt: number
  version?: number
  /** For an edit: the plan revision these answers started from, so a later submit cannot overwrite newer work. */
  baseRev?: number
  /** For an edit: the plan version whose answers it started from (only a change of answers since is a conflict). */
  fromVersion?: number
}

/** 'new' for a new plan's draft, else the id of the plan being edited. */
export const draftKey = (key: string): string => `wp:draft:${key}`

export const readLocalDraft = (key: string): LocalDraft | undefined => readLocal<LocalDraft>(draftKey(key))
export const writeLocalDraft = (key: string, draft: LocalDraft): void => writeLocal(draftKey(key), draft)
export const removeLocalDraft = (key: string): void => removeLocal(draftKey(key))

export type SyncState = 'idle' | 'local' | 'saving' | 'saved' | 'offline'

/** The draft as the store holds it now, and how the sync reports back into the store. */
export interface SyncTarget {
  current(): {
    key: string
    answers: DraftAnswers
    step: number
    planId?: string
    draftVersion?: number
    baseRev?: number
    fromVersion?: number
  }
  /** After a conflict: the merged answers and the cloud's version to save on top of. */
  merged(answers: DraftAnswers, version: number | undefined): void
  report(sync: SyncState, version?: number): void
}

export const SAVE_DELAY_MS = 600
const RETRY_MIN_MS = 2000
const RETRY_MAX_MS = 30_000
const MAX_CONFLICT_RETRIES = 3

export interface DraftSync {
  /** Writes the draft to the phone now. */
  persist(): void
  /** A field changed: remember it (it wins in a conflict) and save to the cloud shortly. */
  changed(id?: string): void
  /** Saves to the cloud shortly (e.g. the step moved). */
  schedule(): void
  /** Starting over: nothing is pending, and these fields (typed offline last time) are unsaved. */
  reset(unsaved?: readonly string[]): void
  /** Stops any pending save (the draft was submitted or discarded); a save under way reports nothing. */
  cancel(): void
  /**
   * Resolves once no save is under way. The draft's discard waits for it: a save that reached the
   * cloud after the discard would bring the finished draft back.
   */
  settled(): Promise<void>
}

export function createDraftSync(target: SyncTarget): DraftSync {
  let timer: ReturnType<typeof setTimeout> | undefined
  let retryDelay = RETRY_MIN_MS
  /** Fields changed since the last successful cloud save: on a conflict they win over the cloud. */
  let dirty = new Set<string>()
  /**
   * Bumped when the draft is submitted, discarded or started over: a save whose answer comes back
   * after that is about a draft that is gone, and must not write it to the phone again (nor retry).
   */
  let generation = 0
  let underWay: Promise<void> | undefined

  function persist() {
    const { key, answers, step, draftVersion, baseRev, fromVersion } = target.current()
    writeLocalDraft(key, { answers, step, updatedAt: serverNow(), version: draftVersion, baseRev, fromVersion })
  }

  function later(ms: number) {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      const saving = save(generation).finally(() => {
        if (underWay === saving) underWay = undefined
      })
      underWay = saving
    }, ms)
  }

  async function save(run: number, attempt = 0): Promise<void> {
    const { answers, step, planId, draftVersion, baseRev, fromVersion } = target.current()
    target.report('saving')
    const sent = new Set(dirty)
    const res = await call('draft', 'save', { answers, step, planId, baseVersion: draftVersion, baseRev, fromVersion })
    if (run !== generation) return
    if (res.ok) {
      retryDelay = RETRY_MIN_MS
      for (const id of sent) dirty.delete(id)
      target.report(dirty.size ? 'local' : 'saved', res.data.version)
      persist()
      return
    }
    if (res.error.code === 'CONFLICT' && attempt < MAX_CONFLICT_RETRIES) {
      // Another phone saved in between: keep its answers, lay our unsaved edits on top, retry.
      // If it discarded the draft (e.g. submitted it), ours starts a new one: typed edits are kept.
      const remote = await call('draft', 'get', { planId })
      if (run !== generation) return
      if (remote.ok) {
        const mine = target.current().answers
        // No draft in the cloud any more: everything on this phone is the new draft, including the
        // answers an edit started from (they were never "dirty", but they are not gone).
        const merged = { ...(remote.data ? remote.data.answers : mine) }
        for (const id of dirty) {
          if (mine[id] === undefined) delete merged[id]
          else merged[id] = mine[id]
        }
        target.merged(merged, remote.data?.version)
        persist()
        return save(run, attempt + 1)
      }
    }
    if (res.error.code === 'NETWORK') {
      // Offline: the phone has it; try again later without waiting for the next keystroke.
      target.report('offline')
      later(retryDelay)
      retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS)
      return
    }
    target.report('local')
  }

  return {
    persist,
    changed(id) {
      if (id) dirty.add(id)
      persist()
      later(SAVE_DELAY_MS)
    },
    schedule() {
      later(SAVE_DELAY_MS)
    },
    reset(unsaved = []) {
      if (timer) clearTimeout(timer)
      timer = undefined
      generation += 1
      dirty = new Set(unsaved)
    },
    cancel() {
      if (timer) clearTimeout(timer)
      timer = undefined
      generation += 1
    },
    settled() {
      return underWay ?? Promise.resolve()
    },
  }
}
