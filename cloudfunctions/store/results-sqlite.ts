import type Database from 'better-sqlite3'
import type { WriteResult } from './port'
import { capLimit } from './port'
import type { MonthRecord, ResultsStore } from './results-port'
import { monthId } from './results-port'

/** Results on the local runtime's SQLite file: a table of month documents beside the plan tables. */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS results (
  id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, owner TEXT NOT NULL, month TEXT NOT NULL,
  rev INTEGER NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS results_by_plan ON results (plan_id, month);
`

interface DocRow {
  doc: string
}

export function createSqliteResultsStore(db: Database.Database): ResultsStore {
  db.exec(SCHEMA)
  const st = {
    list: db.prepare<[string, number], DocRow>('SELECT doc FROM results WHERE plan_id = ? ORDER BY month LIMIT ?'),
    count: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM results WHERE plan_id = ?'),
    find: db.prepare<[string], DocRow>('SELECT doc FROM results WHERE id = ?'),
    insert: db.prepare(
      `INSERT OR IGNORE INTO results (id, plan_id, owner, month, rev, doc)
       VALUES (@id, @planId, @owner, @month, @rev, @doc)`,
    ),
    replace: db.prepare(
      'UPDATE results SET rev = @rev, doc = @doc WHERE id = @id AND owner = @owner AND rev = @expectedRev',
    ),
    remove: db.prepare<[string, string, number]>('DELETE FROM results WHERE id = ? AND owner = ? AND rev = ?'),
  }
  const row = (r: MonthRecord) => ({
    id: monthId(r.planId, r.month),
    planId: r.planId,
    owner: r.ownerId,
    month: r.month,
    rev: r.rev,
    doc: JSON.stringify(r),
  })
  const written = (changes: number): WriteResult => (changes === 1 ? 'ok' : 'conflict')
  return {
    async listByPlan(planId, limit) {
      return st.list.all(planId, capLimit(limit)).map((r) => JSON.parse(r.doc) as MonthRecord)
    },
    async count(planId) {
      return st.count.get(planId)?.n ?? 0
    },
    async find(planId, month) {
      const r = st.find.get(monthId(planId, month))
      return r ? (JSON.parse(r.doc) as MonthRecord) : null
    },
    async insert(record) {
      return written(st.insert.run(row(record)).changes)
    },
    async replace(record, expectedRev) {
      return written(st.replace.run({ ...row(record), expectedRev }).changes)
    },
    async remove(planId, ownerId, month, expectedRev) {
      return written(st.remove.run(monthId(planId, month), ownerId, expectedRev).changes)
    },
  }
}
