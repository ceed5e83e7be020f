import Database from 'better-sqlite3'
import type {
  DraftRecord,
  PlanCursor,
  PlanRecord,
  PlanSummaryRecord,
  PurgeBatch,
  RevisionRecord,
  RevisionSummaryRecord,
  ShareRecord,
  Store,
  WriteResult,
} from './port'
import { capLimit, draftId, revisionId } from './port'

/**
 * The embedded adapter: each collection is a table of JSON documents, with the fields the queries
 * filter or sort on copied into indexed columns. better-sqlite3 is synchronous, so a statement is
 * atomic; conditional writes still go through `WHERE … rev = ?` so the rules match the cloud adapter.
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS plans (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL, rev INTEGER NOT NULL,
  updated_at INTEGER NOT NULL, deleted_at INTEGER, doc TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '', industry TEXT
);
CREATE TABLE IF NOT EXISTS revisions (
  id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, rev INTEGER NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS revisions_by_plan ON revisions (plan_id, rev DESC);
CREATE TABLE IF NOT EXISTS drafts (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL, version INTEGER NOT NULL, doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS shares (
  token TEXT PRIMARY KEY, plan_id TEXT NOT NULL, created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL, revoked_at INTEGER, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS shares_by_plan ON shares (plan_id, created_at DESC);
`

const SUMMARY = 'id, name, industry, updated_at AS updatedAt, rev'

/**
 * Files made before the summary columns existed get them here. The list index covers every
 * column a summary needs, so listing plans never reads (or parses) a plan document.
 */
function migrate(db: Database.Database): void {
  const columns = db
    .prepare<[], { name: string }>('PRAGMA table_info(plans)')
    .all()
    .map((c) => c.name)
  if (!columns.includes('name')) {
    db.exec(`ALTER TABLE plans ADD COLUMN name TEXT NOT NULL DEFAULT '';
      ALTER TABLE plans ADD COLUMN industry TEXT;
      UPDATE plans SET name = json_extract(doc, '$.name'), industry = json_extract(doc, '$.industry');`)
  }
  db.exec(`DROP INDEX IF EXISTS plans_by_owner;
    CREATE INDEX IF NOT EXISTS plans_list ON plans (owner, deleted_at, updated_at DESC, id DESC, name, industry, rev);
    CREATE INDEX IF NOT EXISTS plans_deleted ON plans (deleted_at, id) WHERE deleted_at IS NOT NULL;`)
}

interface DocRow {
  doc: string
}

function parse<T>(row: DocRow | undefined): T | null {
  return row ? (JSON.parse(row.doc) as T) : null
}

export interface SqliteStoreOptions {
  /** A file path, or ':memory:' for tests. */
  file: string
}

export function createSqliteStore({ file }: SqliteStoreOptions): Store & { db: Database.Database } {
  const db = new Database(file)
  if (file !== ':memory:') {
    // WAL lets the local runtime read while it writes and survives a killed process.
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
  }
  db.exec(SCHEMA)
  migrate(db)

  const st = {
    planInsert: db.prepare(
      `INSERT OR IGNORE INTO plans (id, owner, rev, updated_at, deleted_at, doc, name, industry)
       VALUES (@id, @owner, @rev, @updatedAt, @deletedAt, @doc, @name, @industry)`,
    ),
    planFind: db.prepare<[string], DocRow>('SELECT doc FROM plans WHERE id = ?'),
    planList: db.prepare<[string, number], PlanSummaryRecord>(
      `SELECT ${SUMMARY} FROM plans WHERE owner = ? AND deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT ?`,
    ),
    planListAfter: db.prepare<[string, number, number, string, number], PlanSummaryRecord>(
      `SELECT ${SUMMARY} FROM plans WHERE owner = ? AND deleted_at IS NULL
       AND (updated_at < ? OR (updated_at = ? AND id < ?))
       ORDER BY updated_at DESC, id DESC LIMIT ?`,
    ),
    planCount: db.prepare<[string, number], { n: number }>(
      'SELECT COUNT(*) AS n FROM plans WHERE owner = ? AND (deleted_at IS NULL OR deleted_at > ?)',
    ),
    planReplace: db.prepare(
      `UPDATE plans SET rev = @rev, updated_at = @updatedAt, deleted_at = @deletedAt, doc = @doc,
       name = @name, industry = @industry
       WHERE id = @id AND owner = @owner AND rev = @expectedRev`,
    ),
    planExpired: db.prepare<[number, number], { id: string; owner: string }>(
      `SELECT id, owner FROM plans WHERE deleted_at IS NOT NULL AND deleted_at <= ?
       ORDER BY deleted_at, id LIMIT ?`,
    ),
    // json_each(?) takes the whole id list as one JSON parameter: one prepared statement for any batch size.
    planPurge: db.prepare<[string, number]>(
      `DELETE FROM plans WHERE id IN (SELECT value FROM json_each(?))
       AND deleted_at IS NOT NULL AND deleted_at <= ?`,
    ),
    revPurge: db.prepare<[string]>('DELETE FROM revisions WHERE plan_id IN (SELECT value FROM json_each(?))'),
    sharePurge: db.prepare<[string]>('DELETE FROM shares WHERE plan_id IN (SELECT value FROM json_each(?))'),
    draftPurge: db.prepare<[string]>('DELETE FROM drafts WHERE id IN (SELECT value FROM json_each(?))'),
    revPut: db.prepare('INSERT OR REPLACE INTO revisions (id, plan_id, rev, doc) VALUES (@id, @planId, @rev, @doc)'),
    revFind: db.prepare<[string], DocRow>('SELECT doc FROM revisions WHERE id = ?'),
    revList: db.prepare<[string, number], DocRow>(
      'SELECT doc FROM revisions WHERE plan_id = ? ORDER BY rev DESC LIMIT ?',
    ),
    revCount: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM revisions WHERE plan_id = ?'),
    draftFind: db.prepare<[string], DocRow>('SELECT doc FROM drafts WHERE id = ?'),
    draftInsert: db.prepare(
      'INSERT OR IGNORE INTO drafts (id, owner, version, doc) VALUES (@id, @owner, @version, @doc)',
    ),
    draftReplace: db.prepare(
      'UPDATE drafts SET version = @version, doc = @doc WHERE id = @id AND owner = @owner AND version = @expectedVersion',
    ),
    draftRemove: db.prepare('DELETE FROM drafts WHERE id = ? AND owner = ?'),
    shareInsert: db.prepare(
      `INSERT OR IGNORE INTO shares (token, plan_id, created_at, expires_at, revoked_at, doc)
       VALUES (@token, @planId, @createdAt, @expiresAt, @revokedAt, @doc)`,
    ),
    shareFind: db.prepare<[string], DocRow>('SELECT doc FROM shares WHERE token = ?'),
    shareList: db.prepare<[string, number], DocRow>(
      'SELECT doc FROM shares WHERE plan_id = ? ORDER BY created_at DESC, token DESC LIMIT ?',
    ),
    shareCount: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM shares WHERE plan_id = ?'),
    shareCountLive: db.prepare<[string, number], { n: number }>(
      'SELECT COUNT(*) AS n FROM shares WHERE plan_id = ? AND revoked_at IS NULL AND expires_at > ?',
    ),
    shareRevoke: db.prepare<[number, number, string]>(
      "UPDATE shares SET revoked_at = ?, doc = json_set(doc, '$.revokedAt', ?) WHERE token = ? AND revoked_at IS NULL",
    ),
  }

  const planRow = (p: PlanRecord) => ({
    id: p.id,
    owner: p.ownerId,
    rev: p.rev,
    updatedAt: p.updatedAt,
    deletedAt: p.deletedAt,
    name: p.name,
    industry: p.industry,
    doc: JSON.stringify(p),
  })
  const revisionSummary = (r: RevisionRecord): RevisionSummaryRecord => ({
    rev: r.rev,
    savedAt: r.savedAt,
    rulebaseVersion: r.rulebaseVersion,
    changeCount: r.changes.length,
  })
  const written = (changes: number): WriteResult => (changes === 1 ? 'ok' : 'conflict')

  // One transaction per batch: SQLite can make it atomic, and the order (children, then the plan)
  // still matches the cloud adapter, which cannot.
  const purgeBatch = db.transaction((deletedUpTo: number, limit: number): PurgeBatch => {
    const found = st.planExpired.all(deletedUpTo, limit)
    const ids = JSON.stringify(found.map((p) => p.id))
    const revisions = st.revPurge.run(ids).changes
    const shares = st.sharePurge.run(ids).changes
    const drafts = st.draftPurge.run(JSON.stringify(found.map((p) => draftId(p.owner, p.id)))).changes
    const plans = st.planPurge.run(ids, deletedUpTo).changes
    return { plans, revisions, shares, drafts, more: found.length > 0 && found.length === limit }
  })

  return {
    db,
    plans: {
      async insert(plan) {
        return written(st.planInsert.run(planRow(plan)).changes)
      },
      async find(id) {
        return parse<PlanRecord>(st.planFind.get(id))
      },
      async listLive(ownerId, limit, after?: PlanCursor) {
        const n = capLimit(limit)
        const rows = after
          ? st.planListAfter.all(ownerId, after.updatedAt, after.updatedAt, after.id, n)
          : st.planList.all(ownerId, n)
        return rows.map((r) => ({ ...r, industry: r.industry ?? null }))
      },
      async countKept(ownerId, deletedAfter) {
        return st.planCount.get(ownerId, deletedAfter)?.n ?? 0
      },
      async replace(plan, expectedRev) {
        return written(st.planReplace.run({ ...planRow(plan), expectedRev }).changes)
      },
      async purgeDeleted(deletedUpTo, limit) {
        return purgeBatch(deletedUpTo, capLimit(limit))
      },
    },
    revisions: {
      async put(revision) {
        st.revPut.run({
          id: revisionId(revision.planId, revision.rev),
          planId: revision.planId,
          rev: revision.rev,
          doc: JSON.stringify(revision),
        })
      },
      async find(planId, rev) {
        return parse<RevisionRecord>(st.revFind.get(revisionId(planId, rev)))
      },
      async list(planId, limit) {
        return st.revList.all(planId, capLimit(limit)).map((r) => revisionSummary(JSON.parse(r.doc) as RevisionRecord))
      },
      async count(planId) {
        return st.revCount.get(planId)?.n ?? 0
      },
    },
    drafts: {
      async find(ownerId, planId) {
        const draft = parse<DraftRecord>(st.draftFind.get(draftId(ownerId, planId)))
        return draft && draft.ownerId === ownerId ? draft : null
      },
      async create(draft) {
        const row = {
          id: draftId(draft.ownerId, draft.planId),
          owner: draft.ownerId,
          version: draft.version,
          doc: JSON.stringify(draft),
        }
        return written(st.draftInsert.run(row).changes)
      },
      async replace(draft, expectedVersion) {
        const row = {
          id: draftId(draft.ownerId, draft.planId),
          owner: draft.ownerId,
          version: draft.version,
          doc: JSON.stringify(draft),
        }
        return written(st.draftReplace.run({ ...row, expectedVersion }).changes)
      },
      async remove(ownerId, planId) {
        return st.draftRemove.run(draftId(ownerId, planId), ownerId).changes > 0
      },
    },
    shares: {
      async insert(share: ShareRecord) {
        return written(st.shareInsert.run({ ...share, doc: JSON.stringify(share) }).changes)
      },
      async find(token) {
        return parse<ShareRecord>(st.shareFind.get(token))
      },
      async listByPlan(planId, limit) {
        return st.shareList.all(planId, capLimit(limit)).map((r) => JSON.parse(r.doc) as ShareRecord)
      },
      async countByPlan(planId, liveAt) {
        const row = liveAt === undefined ? st.shareCount.get(planId) : st.shareCountLive.get(planId, liveAt)
        return row?.n ?? 0
      },
      async revoke(token, at) {
        st.shareRevoke.run(at, at, token)
      },
    },
    async close() {
      if (db.open) db.close()
    },
  }
}
