import type Database from 'better-sqlite3'
import { capLimit } from './port'
import type { MonthRecord, ResultsStore } from './results-port'
import { monthId } from './results-port'
import { fromDoc, fromDocs, written, type DocRow } from './sqlite-doc'

/** Results on the local runtime's SQLite file: a table of month documents beside the plan tables. */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS results (
  id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, owner TEXT NOT NULL, month TEXT NOT NULL,
  rev INTEGER NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS results_by_plan ON results (plan_id, month);
`

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
  return {
    async listByPlan(planId, limit) {
      return fromDocs<MonthRecord>(st.list.all(planId, capLimit(limit)))
    },
    async count(planId) {
      return st.count.get(planId)?.n ?? 0
    },
    async find(planId, month) {
      return fromDoc<MonthRecord>(st.find.get(monthId(planId, month)))
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
