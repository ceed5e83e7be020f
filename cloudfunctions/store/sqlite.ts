import Database from 'better-sqlite3'
import type {
  DeletedPlanRecord,
  DraftRecord,
  LegacyPlan,
  LegacyRevision,
  PlanCursor,
  PlanRecord,
  PlanSummaryRecord,
  PurgeBatch,
  ShareRecord,
  Store,
  VersionRecord,
  VersionSummaryRecord,
} from './port'
import { capLimit, draftId, versionId } from './port'
import { createSqliteResultsStore } from './results-sqlite'
import { createSqliteReminderStore } from './reminders-sqlite'
import { fromDoc, fromDocs, written, type DocRow } from './sqlite-doc'
import type { CopyCheckRecord } from './copy-checks'

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
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, version INTEGER NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_by_plan ON versions (plan_id, version DESC);
CREATE TABLE IF NOT EXISTS usage (
  owner TEXT PRIMARY KEY, window_start INTEGER NOT NULL, writes INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS drafts (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL, version INTEGER NOT NULL, doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS shares (
  token TEXT PRIMARY KEY, plan_id TEXT NOT NULL, created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL, revoked_at INTEGER, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS shares_by_plan ON shares (plan_id, created_at DESC);
CREATE TABLE IF NOT EXISTS copy_checks (
  id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, owner TEXT NOT NULL, saved_at INTEGER NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS copy_checks_by_plan ON copy_checks (plan_id, saved_at DESC, id DESC);
`

const SUMMARY = 'id, name, industry, updated_at AS updatedAt, rev, version'

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
  if (!columns.includes('version')) {
    // NULL marks a plan stored before compact versions: store/migrate.ts rewrites it.
    db.exec('ALTER TABLE plans ADD COLUMN version INTEGER')
  }
  db.exec(`DROP INDEX IF EXISTS plans_by_owner;
    DROP INDEX IF EXISTS plans_list;
    CREATE INDEX IF NOT EXISTS plans_list_v ON plans (owner, deleted_at, updated_at DESC, id DESC, name, industry, rev, version);
    CREATE INDEX IF NOT EXISTS plans_deleted ON plans (deleted_at, id) WHERE deleted_at IS NOT NULL;`)
}

type SummaryRow = Omit<PlanSummaryRecord, 'version' | 'legacy'> & { version: number | null }

type StoredPlan = PlanRecord | (Omit<LegacyPlan, 'legacy'> & { version?: undefined })

/** One mapper per entity: a document without `version` is a plan stored before compact versions. */
function planFromDoc(doc: StoredPlan): PlanRecord | LegacyPlan {
  if (typeof doc.version === 'number') return doc as PlanRecord
  const d = doc as Omit<LegacyPlan, 'legacy'>
  return {
    legacy: true,
    id: d.id,
    ownerId: d.ownerId,
    name: d.name,
    industry: d.industry ?? null,
    answers: d.answers,
    content: d.content,
    targets: d.targets ?? {},
    rev: d.rev,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    rulebaseVersion: d.rulebaseVersion,
    deletedAt: d.deletedAt ?? null,
  }
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
  // Their own tables, created here so the purge below can remove a plan's rows with the plan.
  const resultsStore = createSqliteResultsStore(db)
  const remindersStore = createSqliteReminderStore(db)

  const st = {
    planInsert: db.prepare(
      `INSERT OR IGNORE INTO plans (id, owner, rev, updated_at, deleted_at, doc, name, industry, version)
       VALUES (@id, @owner, @rev, @updatedAt, @deletedAt, @doc, @name, @industry, @version)`,
    ),
    planDeleted: db.prepare<[string, number, number], { doc: string }>(
      `SELECT doc FROM plans WHERE owner = ? AND deleted_at IS NOT NULL AND deleted_at > ?
       ORDER BY deleted_at DESC, id DESC LIMIT ?`,
    ),
    planPending: db.prepare<[number], DocRow>('SELECT doc FROM plans WHERE version IS NULL ORDER BY id LIMIT ?'),
    planFind: db.prepare<[string], DocRow>('SELECT doc FROM plans WHERE id = ?'),
    planList: db.prepare<[string, number], SummaryRow>(
      `SELECT ${SUMMARY} FROM plans WHERE owner = ? AND deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT ?`,
    ),
    planListAfter: db.prepare<[string, number, number, string, number], SummaryRow>(
      `SELECT ${SUMMARY} FROM plans WHERE owner = ? AND deleted_at IS NULL
       AND (updated_at < ? OR (updated_at = ? AND id < ?))
       ORDER BY updated_at DESC, id DESC LIMIT ?`,
    ),
    planCount: db.prepare<[string, number], { n: number }>(
      'SELECT COUNT(*) AS n FROM plans WHERE owner = ? AND (deleted_at IS NULL OR deleted_at > ?)',
    ),
    planBytes: db.prepare<[string, number], { n: number | null }>(
      "SELECT SUM(json_extract(doc, '$.storedBytes')) AS n FROM plans WHERE owner = ? AND (deleted_at IS NULL OR deleted_at > ?)",
    ),
    planReplace: db.prepare(
      `UPDATE plans SET rev = @rev, updated_at = @updatedAt, deleted_at = @deletedAt, doc = @doc,
       name = @name, industry = @industry, version = @version
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
    versionPurge: db.prepare<[string]>('DELETE FROM versions WHERE plan_id IN (SELECT value FROM json_each(?))'),
    sharePurge: db.prepare<[string]>('DELETE FROM shares WHERE plan_id IN (SELECT value FROM json_each(?))'),
    draftPurge: db.prepare<[string]>('DELETE FROM drafts WHERE id IN (SELECT value FROM json_each(?))'),
    resultsPurge: db.prepare<[string]>('DELETE FROM results WHERE plan_id IN (SELECT value FROM json_each(?))'),
    remindersPurge: db.prepare<[string]>('DELETE FROM reminders WHERE plan_id IN (SELECT value FROM json_each(?))'),
    copyCheckPurge: db.prepare<[string]>('DELETE FROM copy_checks WHERE plan_id IN (SELECT value FROM json_each(?))'),
    copyCheckInsert: db.prepare(
      `INSERT OR IGNORE INTO copy_checks (id, plan_id, owner, saved_at, doc)
       VALUES (@id, @planId, @ownerId, @savedAt, @doc)`,
    ),
    copyCheckList: db.prepare<[string, number], DocRow>(
      'SELECT doc FROM copy_checks WHERE plan_id = ? ORDER BY saved_at DESC, id DESC LIMIT ?',
    ),
    copyCheckCount: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM copy_checks WHERE plan_id = ?'),
    copyCheckRemove: db.prepare<[string, string, string]>(
      'DELETE FROM copy_checks WHERE id = ? AND plan_id = ? AND owner = ?',
    ),
    versionPut: db.prepare(
      'INSERT OR REPLACE INTO versions (id, plan_id, version, doc) VALUES (@id, @planId, @version, @doc)',
    ),
    versionFind: db.prepare<[string], DocRow>('SELECT doc FROM versions WHERE id = ?'),
    versionList: db.prepare<[string, number], DocRow>(
      'SELECT doc FROM versions WHERE plan_id = ? ORDER BY version DESC LIMIT ?',
    ),
    versionCount: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM versions WHERE plan_id = ?'),
    legacyRevisions: db.prepare<[string], DocRow>('SELECT doc FROM revisions WHERE plan_id = ? ORDER BY rev LIMIT 100'),
    legacyRemove: db.prepare<[string]>('DELETE FROM revisions WHERE plan_id = ?'),
    legacyArchived: db.prepare<[number], { plan_id: string }>('SELECT DISTINCT plan_id FROM revisions LIMIT ?'),
    usageHit: db.prepare<[string, number], { writes: number }>(
      `INSERT INTO usage (owner, window_start, writes) VALUES (?, ?, 1)
       ON CONFLICT (owner) DO UPDATE SET
         writes = CASE WHEN window_start = excluded.window_start THEN writes + 1 ELSE 1 END,
         window_start = excluded.window_start
       RETURNING writes`,
    ),
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
    version: p.version,
    doc: JSON.stringify(p),
  })
  const versionSummary = (r: VersionRecord): VersionSummaryRecord => ({
    version: r.version,
    savedAt: r.savedAt,
    rulebaseVersion: r.rulebaseVersion,
    cause: r.cause,
    restoredFrom: r.restoredFrom,
  })

  // One transaction per batch: SQLite can make it atomic, and the order (children, then the plan)
  // still matches the cloud adapter, which cannot.
  const purgeBatch = db.transaction((deletedUpTo: number, limit: number): PurgeBatch => {
    const found = st.planExpired.all(deletedUpTo, limit)
    const ids = JSON.stringify(found.map((p) => p.id))
    const revisions = st.revPurge.run(ids).changes + st.versionPurge.run(ids).changes
    const shares = st.sharePurge.run(ids).changes
    const drafts = st.draftPurge.run(JSON.stringify(found.map((p) => draftId(p.owner, p.id)))).changes
    const results = st.resultsPurge.run(ids).changes
    const reminders = st.remindersPurge.run(ids).changes
    const copyChecks = st.copyCheckPurge.run(ids).changes
    const plans = st.planPurge.run(ids, deletedUpTo).changes
    const more = found.length > 0 && found.length === limit
    return { plans, revisions, shares, drafts, results, reminders, copyChecks, more }
  })

  return {
    db,
    plans: {
      async insert(plan) {
        return written(st.planInsert.run(planRow(plan)).changes)
      },
      async find(id) {
        const doc = fromDoc<StoredPlan>(st.planFind.get(id))
        return doc ? planFromDoc(doc) : null
      },
      async listLive(ownerId, limit, after?: PlanCursor) {
        const n = capLimit(limit)
        const rows = after
          ? st.planListAfter.all(ownerId, after.updatedAt, after.updatedAt, after.id, n)
          : st.planList.all(ownerId, n)
        return rows.map((r) => {
          const row: PlanSummaryRecord = { ...r, industry: r.industry ?? null, version: r.version ?? 0 }
          if (r.version === null) row.legacy = true
          return row
        })
      },
      async listDeleted(ownerId, deletedAfter, limit): Promise<DeletedPlanRecord[]> {
        return st.planDeleted.all(ownerId, deletedAfter, capLimit(limit)).map((r) => {
          const p = planFromDoc(JSON.parse(r.doc) as StoredPlan)
          return {
            id: p.id,
            name: p.name,
            industry: p.industry,
            version: 'legacy' in p ? 0 : p.version,
            deletedAt: p.deletedAt ?? 0,
          }
        })
      },
      async countKept(ownerId, deletedAfter) {
        return st.planCount.get(ownerId, deletedAfter)?.n ?? 0
      },
      async storedBytes(ownerId, deletedAfter) {
        return st.planBytes.get(ownerId, deletedAfter)?.n ?? 0
      },
      async replace(plan, expectedRev) {
        return written(st.planReplace.run({ ...planRow(plan), expectedRev }).changes)
      },
      async purgeDeleted(deletedUpTo, limit) {
        return purgeBatch(deletedUpTo, capLimit(limit))
      },
    },
    versions: {
      async put(v) {
        st.versionPut.run({
          id: versionId(v.planId, v.version),
          planId: v.planId,
          version: v.version,
          doc: JSON.stringify(v),
        })
      },
      async find(planId, version) {
        const found = fromDoc<VersionRecord>(st.versionFind.get(versionId(planId, version)))
        return found && found.planId === planId ? found : null
      },
      async list(planId, limit) {
        return st.versionList
          .all(planId, capLimit(limit))
          .map((r) => versionSummary(JSON.parse(r.doc) as VersionRecord))
      },
      async count(planId) {
        return st.versionCount.get(planId)?.n ?? 0
      },
    },
    legacy: {
      async pending(limit) {
        return st.planPending
          .all(capLimit(limit))
          .map((r) => planFromDoc(JSON.parse(r.doc) as StoredPlan))
          .filter((p): p is LegacyPlan => 'legacy' in p)
      },
      async revisions(planId) {
        return st.legacyRevisions.all(planId).map((r) => {
          const d = JSON.parse(r.doc) as LegacyRevision
          return {
            rev: d.rev,
            answers: d.answers,
            content: d.content,
            savedAt: d.savedAt,
            rulebaseVersion: d.rulebaseVersion,
          }
        })
      },
      async replace(plan, expectedRev) {
        // The whole document is rewritten, so the copied content goes with the old format.
        return written(st.planReplace.run({ ...planRow(plan), expectedRev }).changes)
      },
      async removeRevisions(planId) {
        return st.legacyRemove.run(planId).changes
      },
      async archivedPlanIds(limit) {
        return st.legacyArchived.all(capLimit(limit)).map((r) => r.plan_id)
      },
    },
    usage: {
      async hit(ownerId, windowStart) {
        return st.usageHit.get(ownerId, windowStart)?.writes ?? 1
      },
    },
    drafts: {
      async find(ownerId, planId) {
        const draft = fromDoc<DraftRecord>(st.draftFind.get(draftId(ownerId, planId)))
        // A draft saved before `fromVersion` was kept reads as null, as in the cloud adapter.
        return draft && draft.ownerId === ownerId ? { ...draft, fromVersion: draft.fromVersion ?? null } : null
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
        return fromDoc<ShareRecord>(st.shareFind.get(token))
      },
      async listByPlan(planId, limit) {
        return fromDocs<ShareRecord>(st.shareList.all(planId, capLimit(limit)))
      },
      async countByPlan(planId, liveAt) {
        const row = liveAt === undefined ? st.shareCount.get(planId) : st.shareCountLive.get(planId, liveAt)
        return row?.n ?? 0
      },
      async revoke(token, at) {
        st.shareRevoke.run(at, at, token)
      },
    },
    results: resultsStore,
    reminders: remindersStore,
    copyChecks: {
      async insert(check: CopyCheckRecord) {
        return written(st.copyCheckInsert.run({ ...check, doc: JSON.stringify(check) }).changes)
      },
      async listByPlan(planId, limit) {
        return fromDocs<CopyCheckRecord>(st.copyCheckList.all(planId, capLimit(limit)))
      },
      async countByPlan(planId) {
        return st.copyCheckCount.get(planId)?.n ?? 0
      },
      async remove(ownerId, planId, id) {
        return st.copyCheckRemove.run(id, planId, ownerId).changes > 0
      },
    },
    async close() {
      if (db.open) db.close()
    },
  }
}
