import Database from 'better-sqlite3'
import { accessSync, constants, copyFileSync, existsSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { migrateStore } from '../store/migrate'
import type { MigrationReport } from '../store/migrate'
import { createSqliteStore } from '../store/sqlite'

/**
 * Opens the local runtime's SQLite file, or refuses to start. Every refusal names the file and
 * what to do; none of them writes, moves or deletes anything, so a file we could not read is
 * left exactly as it was for the owner to inspect or restore.
 */

export class StartupRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StartupRefused'
  }
}

const BACKUP_MARK = '.backup-'

function nonEmpty(path: string): boolean {
  try {
    return statSync(path).size > 0
  } catch {
    return false
  }
}

/** Backups this runtime made of `file` (newest name last). */
export function backupsOf(file: string): string[] {
  const dir = dirname(file)
  const prefix = basename(file) + BACKUP_MARK
  try {
    return readdirSync(dir)
      .filter((n) => n.startsWith(prefix))
      .sort()
      .map((n) => join(dir, n))
  } catch {
    return []
  }
}

/** Checks made before SQLite opens (and could create or truncate) anything. */
export function checkDatabaseFile(file: string): void {
  const wal = `${file}-wal`
  const evidence = [nonEmpty(wal) ? wal : null, ...backupsOf(file).filter(nonEmpty)].filter(Boolean)
  if (!existsSync(file)) {
    if (evidence.length > 0)
      throw new StartupRefused(
        `Database file ${file} is missing, but ${evidence.join(', ')} beside it hold data. ` +
          'Restore the file (or move those away if the data is unwanted) and start again.',
      )
    return
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new StartupRefused(`Database file ${file} cannot be read and written by this user. Fix its permissions.`)
  }
  if (!statSync(file).isFile()) throw new StartupRefused(`${file} is not a file.`)
  if (statSync(file).size === 0 && evidence.length > 0)
    throw new StartupRefused(
      `Database file ${file} is empty, but ${evidence.join(', ')} beside it hold data: it was probably ` +
        'truncated. Restore it from the backup (or move those away if the data is unwanted) and start again.',
    )
  const dirOk = (() => {
    try {
      accessSync(dirname(file), constants.W_OK)
      return true
    } catch {
      return false
    }
  })()
  if (!dirOk)
    throw new StartupRefused(`The folder of ${file} is read-only: SQLite needs to write its journal beside the file.`)
  let db: Database.Database | null = null
  try {
    // Read-only and must exist: checking never changes the file.
    db = new Database(file, { readonly: true, fileMustExist: true })
    const rows = db.prepare<[], { quick_check: string }>('PRAGMA quick_check').all()
    const result = rows.map((r) => r.quick_check)
    if (result.length !== 1 || result[0] !== 'ok')
      throw new StartupRefused(
        `Database file ${file} is damaged (PRAGMA quick_check: ${result.slice(0, 3).join('; ')}). ` +
          'Restore it from a backup; it was not changed.',
      )
  } catch (error) {
    if (error instanceof StartupRefused) throw error
    throw new StartupRefused(
      `Database file ${file} cannot be opened as SQLite (${(error as Error).message}). It was not changed.`,
    )
  } finally {
    db?.close()
  }
}

function hasLegacyPlans(file: string): boolean {
  if (!existsSync(file) || statSync(file).size === 0) return false
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'plans'").get()
    if (!table) return false
    const columns = db
      .prepare<[], { name: string }>('PRAGMA table_info(plans)')
      .all()
      .map((c) => c.name)
    if (!columns.includes('version')) return (db.prepare('SELECT 1 FROM plans LIMIT 1').get() ?? null) !== null
    return (db.prepare('SELECT 1 FROM plans WHERE version IS NULL LIMIT 1').get() ?? null) !== null
  } finally {
    db.close()
  }
}

export interface OpenedDatabase {
  store: ReturnType<typeof createSqliteStore>
  /** The copy made before migrating, when there was something to migrate. */
  backup: string | null
  migration: MigrationReport | null
}

/**
 * Checks the file, backs it up when stored plans need the compact-versions migration, opens it
 * and migrates (idempotent and resumable: a run cut short is finished by the next start).
 */
export async function openLocalDatabase(file: string, now: () => number = Date.now): Promise<OpenedDatabase> {
  checkDatabaseFile(file)
  let backup: string | null = null
  if (hasLegacyPlans(file)) {
    // Fold the WAL into the file first, so the copy is the whole database.
    const db = new Database(file, { fileMustExist: true })
    try {
      db.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      db.close()
    }
    backup = `${file}${BACKUP_MARK}${new Date(now()).toISOString().replace(/[:.]/g, '-')}.sqlite`
    copyFileSync(file, backup, constants.COPYFILE_EXCL)
  }
  const store = createSqliteStore({ file })
  let migration: MigrationReport | null = null
  if (backup) {
    migration = { plans: 0, versions: 0, snapshots: 0, skipped: 0, complete: false }
    for (let run = 0; run < 100 && !migration.complete; run++) {
      const r = await migrateStore(store)
      migration = {
        plans: migration.plans + r.plans,
        versions: migration.versions + r.versions,
        snapshots: migration.snapshots + r.snapshots,
        skipped: migration.skipped + r.skipped,
        complete: r.complete,
      }
    }
  }
  return { store, backup, migration }
}
