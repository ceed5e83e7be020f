import type { WriteResult } from './port'

/**
 * Storage for recorded results, apart from the plan store: one document per plan and calendar
 * month, so two phones entering different months never conflict, and a month's edit is a
 * conditional write on its own `rev`.
 */

export interface MonthRecord {
  planId: string
  ownerId: string
  /** "YYYY-MM" */
  month: string
  values: Record<string, number>
  rev: number
  updatedAt: number
}

export interface ResultsStore {
  /** Oldest month first, capped at READ_CAP (the per-plan limit keeps a plan under it). */
  listByPlan(planId: string, limit: number): Promise<MonthRecord[]>
  count(planId: string): Promise<number>
  find(planId: string, month: string): Promise<MonthRecord | null>
  /** 'conflict' when the month already has a document. */
  insert(record: MonthRecord): Promise<WriteResult>
  /** 'conflict' unless the stored month has the same owner and `expectedRev`. */
  replace(record: MonthRecord, expectedRev: number): Promise<WriteResult>
  /** 'conflict' unless the stored month has the same owner and `expectedRev`. */
  remove(planId: string, ownerId: string, month: string, expectedRev: number): Promise<WriteResult>
}

export function monthId(planId: string, month: string): string {
  return `${planId}:${month}`
}
