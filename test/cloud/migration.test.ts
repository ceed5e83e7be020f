import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { PlanContent } from '@/core'
import { openLocalDatabase } from '../../cloudfunctions/local/database'
import { migrateStore } from '../../cloudfunctions/store/migrate'
import type { PlanRecord, Store } from '../../cloudfunctions/store/port'
import { createCloudDbStore } from '../../cloudfunctions/store/clouddb'
import { createSqliteStore } from '../../cloudfunctions/store/sqlite'
import type { HandlerContext } from '../../cloudfunctions/handlers'
import { dispatch } from '../../cloudfunctions/handlers'
import { createFakeCloudDb } from './support/cloud-db'
import type { FakeCloudBackend } from './support/cloud-db'
import { contentOf } from './support/fixtures'
import sqliteFixture from './fixtures/legacy-sqlite.json'
import cloudFixture from './fixtures/legacy-clouddb.json'

/**
 * The documents both adapters held on 2026-11-25, before compact versions (written by the code of
 * that time, see the fixtures' commit): `rev` numbered the states, every document carried the
 * whole computed content. After the migration each version keeps only answers, release and clock,
 * and must compute exactly the content the old document held.
 */

type Row = Record<string, unknown>

interface LegacyState {
  rev: number
  answers: unknown
  content: PlanContent
}

/** The states of the main plan in the fixture, oldest first, as the old format held them. */
function legacyStates(
  docs: { plans: Row[]; revisions: Row[] },
  parse: (r: Row) => Row,
): { main: string; deleted: string; states: LegacyState[] } {
  const plans = docs.plans.map(parse)
  // The main plan reached rev 5: archived revs 1 and 4, renamed and targeted in between.
  const plan = plans.find((p) => p.rev === 5) as Row
  const main = (plan.id ?? plan._id) as string
  const gone = plans.find((p) => p.deletedAt !== null) as Row
  const archived = docs.revisions.map(parse).filter((r) => r.planId === main)
  const states = [...archived, plan]
    .map((d) => ({ rev: d.rev as number, answers: d.answers, content: d.content as PlanContent }))
    .sort((a, b) => a.rev - b.rev)
  return { main, deleted: (gone.id ?? gone._id) as string, states }
}

interface World {
  name: string
  store: Store
  main: string
  deleted: string
  states: LegacyState[]
  backend?: FakeCloudBackend
  close(): Promise<void>
}

function sqliteWorld(file = ':memory:'): World {
  const store = createSqliteStore({ file })
  for (const table of ['plans', 'revisions', 'shares'] as const) {
    for (const row of (sqliteFixture as Record<string, Row[]>)[table]) {
      const cols = Object.keys(row)
      store.db
        .prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`)
        .run(row)
    }
  }
  const found = legacyStates(
    sqliteFixture as { plans: Row[]; revisions: Row[] },
    (r) => JSON.parse(r.doc as string) as Row,
  )
  return { name: 'sqlite', store, ...found, close: () => store.close() }
}

function cloudWorld(): World {
  const fake = createFakeCloudDb()
  for (const [name, docs] of Object.entries(cloudFixture as Record<string, Row[]>))
    fake.backend.collections.set(name, structuredClone(docs) as never)
  const found = legacyStates(cloudFixture as { plans: Row[]; revisions: Row[] }, (r) => r)
  const store = createCloudDbStore(fake.db)
  return { name: 'clouddb', store, ...found, backend: fake.backend, close: () => store.close() }
}

describe.each([sqliteWorld, cloudWorld])('migration to compact versions (%p)', (make) => {
  let w: World
  beforeEach(() => {
    w = make()
  })
  afterEach(() => w.close())

  it('numbers the states 1, 2, 3 and every version computes exactly what the old document held', async () => {
    expect(w.states.map((s) => s.rev)).toEqual([1, 4, 5])
    const report = await migrateStore(w.store)
    expect(report).toMatchObject({ plans: 3, snapshots: 0, skipped: 0, complete: true })
    const plan = (await w.store.plans.find(w.main)) as PlanRecord
    expect(plan).toMatchObject({ version: 3, name: '老街面馆（总店）', rev: 6, events: [] })
    expect(Object.keys(plan.targets)).toHaveLength(1)
    expect(plan).not.toHaveProperty('content')
    const versions = [await w.store.versions.find(w.main, 1), await w.store.versions.find(w.main, 2), plan]
    versions.forEach((v, i) => {
      expect(v).toMatchObject({ version: i + 1, snapshot: null, answers: w.states[i]!.answers })
      expect(contentOf(v!)).toEqual(w.states[i]!.content)
    })
    expect((await w.store.versions.list(w.main, 10)).map((v) => [v.version, v.cause])).toEqual([
      [2, 'edit'],
      [1, 'create'],
    ])
    expect(await w.store.legacy.revisions(w.main)).toEqual([])
    expect(await w.store.legacy.pending(100)).toEqual([])
  })

  it('is idempotent: a second run changes nothing', async () => {
    await migrateStore(w.store)
    const before = [await w.store.plans.find(w.main), await w.store.versions.list(w.main, 10)]
    expect(await migrateStore(w.store)).toMatchObject({ plans: 0, complete: true })
    expect([await w.store.plans.find(w.main), await w.store.versions.list(w.main, 10)]).toEqual(before)
  })

  it('keeps content no release reproduces as a snapshot, so nothing is lost', async () => {
    const legacy = (await w.store.legacy.pending(100)).find((p) => p.id === w.main)!
    const tampered = { ...legacy, content: { ...legacy.content, computedAt: legacy.content.computedAt + 1 } }
    const { migrated } = await import('../../cloudfunctions/store/migrate')
    const out = migrated(tampered, await w.store.legacy.revisions(w.main))
    expect(out.plan.snapshot).toEqual(tampered.content)
    expect(out.versions.every((v) => v.snapshot === null)).toBe(true)
  })

  it('the handlers migrate a plan on first read, before the background run gets to it', async () => {
    const owner = (await w.store.legacy.pending(100)).find((p) => p.id === w.main)!.ownerId
    const ctx: HandlerContext = { store: w.store, clock: { now: () => Date.UTC(2026, 10, 30) }, writesPerMinute: false }
    const list = await dispatch('plan', { openid: owner }, { action: 'list', input: {} }, ctx)
    expect(list).toMatchObject({
      ok: true,
      data: { items: expect.arrayContaining([expect.objectContaining({ id: w.main, version: 3 })]) },
    })
    const got = await dispatch(
      'plan',
      { openid: owner },
      { action: 'version', input: { planId: w.main, version: 1 } },
      ctx,
    )
    expect(got.ok && contentOf(got.data as never)).toEqual(w.states[0]!.content)
    const deleted = await dispatch('plan', { openid: owner }, { action: 'deleted', input: {} }, ctx)
    expect(deleted).toMatchObject({ ok: true, data: { items: [{ planId: w.deleted }] } })
  })
})

describe('migration cut short on the cloud database is finished by the next run', () => {
  it.each([
    ['writing a version', 'database.modifyDocument', 'versions'],
    ['rewriting the plan', 'database.modifyDocument', 'plans'],
    ['removing the old archive', 'database.removeDocument', 'revisions'],
  ])('a failure %s loses nothing', async (_what, failing, collection) => {
    const w = cloudWorld()
    w.backend!.failWhen = (action, name) => action === failing && name === collection
    await expect(migrateStore(w.store)).rejects.toBeTruthy()
    const report = await migrateStore(w.store)
    expect(report.complete).toBe(true)
    const plan = (await w.store.plans.find(w.main)) as PlanRecord
    expect(plan.version).toBe(3)
    for (const n of [1, 2])
      expect(contentOf((await w.store.versions.find(w.main, n))!)).toEqual(w.states[n - 1]!.content)
    // Nothing of the old archive is left behind.
    expect(w.backend!.dump('revisions')).toEqual([])
    await w.close()
  })
})

describe('local runtime start-up migrates a stored file after backing it up', () => {
  it('copies the file beside it, migrates, and a restart neither backs up nor migrates again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-migrate-'))
    try {
      const file = join(dir, 'local.sqlite')
      const seeded = sqliteWorld(file)
      await seeded.close()
      const first = await openLocalDatabase(file, () => Date.UTC(2026, 10, 25, 12))
      expect(first.backup).toMatch(/local\.sqlite\.backup-2026-11-25T12-00-00-000Z\.sqlite$/)
      expect(first.migration).toMatchObject({ plans: 3, complete: true })
      await first.store.close()
      // The backup is the untouched old file.
      const old = new Database(first.backup!, { readonly: true })
      expect(old.prepare('SELECT COUNT(*) AS n FROM revisions').get()).toEqual({ n: 2 })
      old.close()
      const second = await openLocalDatabase(file)
      expect(second).toMatchObject({ backup: null, migration: null })
      expect(((await second.store.plans.find(seeded.main)) as PlanRecord).version).toBe(3)
      await second.store.close()
      expect(readdirSync(dir).filter((n) => n.includes('.backup-') && n.endsWith('.sqlite'))).toHaveLength(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
