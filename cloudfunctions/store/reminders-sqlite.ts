import type Database from 'better-sqlite3'
import { capLimit } from './port'
import type { ReminderRecord, ReminderStore } from './reminders-port'
import { fromDocs, written, type DocRow } from './sqlite-doc'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS reminders (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL, plan_id TEXT NOT NULL, status TEXT NOT NULL,
  created_at INTEGER NOT NULL, seen_at INTEGER, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reminders_by_owner_plan ON reminders (owner, plan_id, created_at DESC);
CREATE INDEX IF NOT EXISTS reminders_by_status ON reminders (status, created_at);
`

export function createSqliteReminderStore(db: Database.Database): ReminderStore {
  db.exec(SCHEMA)
  const st = {
    insert: db.prepare(
      `INSERT OR IGNORE INTO reminders (id, owner, plan_id, status, created_at, seen_at, doc)
       VALUES (@id, @owner, @planId, @status, @createdAt, @seenAt, @doc)`,
    ),
    forPlan: db.prepare<[string, string, number], DocRow>(
      'SELECT doc FROM reminders WHERE owner = ? AND plan_id = ? ORDER BY created_at DESC, id DESC LIMIT ?',
    ),
    unseen: db.prepare<[string, number], DocRow>(
      `SELECT doc FROM reminders WHERE owner = ? AND status = 'sent' AND seen_at IS NULL
       ORDER BY created_at DESC LIMIT ?`,
    ),
    banked: db.prepare<[number], DocRow>(
      "SELECT doc FROM reminders WHERE status = 'banked' ORDER BY created_at, id LIMIT ?",
    ),
    transition: db.prepare(
      `UPDATE reminders SET status = @status, seen_at = @seenAt, doc = @doc
       WHERE id = @id AND owner = @owner AND status = @from`,
    ),
  }
  const row = (r: ReminderRecord) => ({
    id: r.id,
    owner: r.ownerId,
    planId: r.planId,
    status: r.status,
    createdAt: r.createdAt,
    seenAt: r.seenAt,
    doc: JSON.stringify(r),
  })
  const parse = (rows: DocRow[]) => fromDocs<ReminderRecord>(rows)
  return {
    async insert(r) {
      return written(st.insert.run(row(r)).changes)
    },
    async listForPlan(ownerId, planId) {
      return parse(st.forPlan.all(ownerId, planId, capLimit(100)))
    },
    async listUnseen(ownerId) {
      return parse(st.unseen.all(ownerId, capLimit(100)))
    },
    async listBanked(limit) {
      return parse(st.banked.all(capLimit(limit)))
    },
    async transition(next, from) {
      return written(st.transition.run({ ...row(next), from }).changes)
    },
  }
}
