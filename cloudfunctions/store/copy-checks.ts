import type { SavedCopyCheck } from '@/core/api'
import type { WriteResult } from './port'

/**
 * The storage port for copy checks the owner saved under a plan (`copy.save`). Its own file: the
 * checker stores nothing unless the owner saves, and nothing here is needed to read a plan. Both
 * adapters implement it (store/sqlite.ts, store/clouddb.ts); the purge of a plan removes its
 * checks with its other children (`plans.purgeDeleted`).
 */

export interface CopyCheckRecord extends SavedCopyCheck {
  planId: string
  ownerId: string
}

export interface CopyCheckStore {
  /** 'conflict' when the id is taken (never in practice: random ids). */
  insert(check: CopyCheckRecord): Promise<WriteResult>
  /** The checks kept under a plan, newest first, capped at READ_CAP. */
  listByPlan(planId: string, limit: number): Promise<CopyCheckRecord[]>
  countByPlan(planId: string): Promise<number>
  /** Removes one check of this owner's plan; false when there was none. */
  remove(ownerId: string, planId: string, id: string): Promise<boolean>
}
