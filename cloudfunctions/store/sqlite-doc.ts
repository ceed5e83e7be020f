import type { WriteResult } from './port'

/**
 * How every SQLite table of the local runtime keeps a record: the whole document as JSON in `doc`,
 * beside the columns it is queried and conditionally written by. The plan store and the results
 * and reminders stores read and write rows through these, so the three agree.
 */
export interface DocRow {
  doc: string
}

export function fromDoc<T>(row: DocRow | undefined): T | null {
  return row ? (JSON.parse(row.doc) as T) : null
}

export function fromDocs<T>(rows: readonly DocRow[]): T[] {
  return rows.map((r) => JSON.parse(r.doc) as T)
}

/** A conditional write (id, owner, expected rev or status) changed its one row, or lost a race. */
export const written = (changes: number): WriteResult => (changes === 1 ? 'ok' : 'conflict')
