import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createCloudDbStore } from '../../cloudfunctions/store/clouddb'
import { createFakeCloudDb } from './support/cloud-db'
import type { FakeCloudDb } from './support/cloud-db'
import { DAY, expiredPlanRecord, sampleAnswers } from './support/fixtures'

/**
 * The WeChat entries: identity comes from cloud.getWXContext(), never from the event (WeChat's
 * own `userInfo` or anything a client adds); the store is the cloud database. Checked on the
 * TypeScript entry and on the esbuild bundle that is actually deployed.
 */

const mockSdk = {
  init: jest.fn(),
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  database: jest.fn(),
  getWXContext: jest.fn(),
}
jest.mock('wx-server-sdk', () => mockSdk)

type Main = (event: unknown) => Promise<{ ok: boolean; data?: { id?: string }; error?: { code: string }; now?: number }>

function wire(): FakeCloudDb {
  const fake = createFakeCloudDb()
  mockSdk.database.mockReturnValue(fake.db)
  return fake
}

async function checkEntry(load: () => { main: Main }, fake: FakeCloudDb) {
  const { main } = load()
  expect(mockSdk.init).toHaveBeenCalledWith({ env: mockSdk.DYNAMIC_CURRENT_ENV })
  mockSdk.getWXContext.mockReturnValue({ OPENID: 'o_from_wechat', APPID: 'wx1' })
  const before = Date.now()
  const created = await main({
    action: 'create',
    input: { answers: sampleAnswers() },
    userInfo: { openId: 'o_spoofed' },
    openid: 'o_spoofed',
  })
  expect(created.ok).toBe(true)
  // The answer carries the function's clock: the phone reads the 复盘日 against it.
  expect(created.now).toBeGreaterThanOrEqual(before)
  expect(created.now).toBeLessThanOrEqual(Date.now())
  expect(fake.backend.dump('plans').map((d) => d._openid)).toEqual(['o_from_wechat'])
  mockSdk.getWXContext.mockReturnValue({ OPENID: 'o_spoofed' })
  expect(await main({ action: 'get', input: { planId: created.data?.id } })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  mockSdk.getWXContext.mockReturnValue({})
  expect(await main({ action: 'list', input: {}, userInfo: { openId: 'o_from_wechat' } })).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  })
}

type MaintenanceMain = (event: unknown) => Promise<{
  ok: boolean
  data?: { plans: number; revisions: number; shares: number; complete: boolean }
  error?: { code: string }
}>

/** One plan past the restore window (with a revision and a link) and one still restorable. */
async function seedDeletedPlans(fake: FakeCloudDb): Promise<void> {
  const store = createCloudDbStore(fake.db)
  const now = Date.now()
  const base = expiredPlanRecord(now)
  await store.plans.insert(base)
  await store.plans.insert({ ...base, id: 'p_recent', deletedAt: now - DAY })
  await store.versions.put({ ...base, planId: base.id, version: 1 })
  await store.shares.insert({
    token: 'tok_expired',
    planId: base.id,
    ownerId: base.ownerId,
    createdAt: base.createdAt,
    expiresAt: now,
    revokedAt: null,
  })
}

async function checkMaintenanceEntry(load: () => { main: MaintenanceMain }, fake: FakeCloudDb) {
  await seedDeletedPlans(fake)
  const { main } = load()
  expect(mockSdk.init).toHaveBeenCalledWith({ env: mockSdk.DYNAMIC_CURRENT_ENV })
  const sent = fake.backend.requests.length
  // A client calling the function: its OPENID (or a cross-account caller's) is refused before any read.
  // Anything but its own timer is refused too, identity or not: the HTTP API, the IDE, another
  // function, a chain that merely ends in a trigger, or no SOURCE at all.
  for (const context of [
    { OPENID: 'o_client', APPID: 'wx1', SOURCE: 'wx_client' },
    { FROM_OPENID: 'o_elsewhere', FROM_APPID: 'wx2', SOURCE: 'wx_client' },
    { OPENID: 'o_client', SOURCE: 'wx_trigger' },
    { SOURCE: 'wx_http' },
    { SOURCE: 'wx_devtools' },
    { SOURCE: 'scf' },
    { SOURCE: 'wx_client,scf' },
    { SOURCE: 'wx_trigger,scf' },
    {},
  ]) {
    mockSdk.getWXContext.mockReturnValue(context)
    expect(await main({ Type: 'Timer', TriggerName: 'daily-purge' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  }
  expect(fake.backend.requests.length).toBe(sent)
  expect(fake.backend.dump('plans').map((d) => d._id)).toEqual(['p_expired', 'p_recent'])
  // The timer: no user identity at all.
  mockSdk.getWXContext.mockReturnValue({ SOURCE: 'wx_trigger', ENV: 'env-1' })
  const report = await main({ Type: 'Timer', TriggerName: 'daily-purge', Time: new Date().toISOString() })
  expect(report).toMatchObject({ ok: true, data: { plans: 1, revisions: 1, shares: 1, complete: true } })
  expect(fake.backend.dump('plans').map((d) => d._id)).toEqual(['p_recent'])
  expect(fake.backend.dump('revisions')).toEqual([])
  expect(fake.backend.dump('shares')).toEqual([])
}

describe('WeChat cloud function entries', () => {
  beforeEach(() => {
    jest.clearAllMocks()
    // The maintenance entry logs each run's report; keep the test output clean.
    jest.spyOn(console, 'log').mockImplementation(() => undefined)
  })
  afterEach(() => jest.restoreAllMocks())

  it('TypeScript entry: caller from getWXContext, never from the event', async () => {
    const fake = wire()
    let mod: { main: Main } | undefined
    await checkEntry(() => {
      jest.isolateModules(() => {
        mod = require('../../cloudfunctions/functions/plan/index') as { main: Main }
      })
      return mod!
    }, fake)
  })

  it('TypeScript maintenance entry: refuses any caller with an OPENID, purges when run by the timer', async () => {
    const fake = wire()
    let mod: { main: MaintenanceMain } | undefined
    await checkMaintenanceEntry(() => {
      jest.isolateModules(() => {
        mod = require('../../cloudfunctions/functions/maintenance/index') as { main: MaintenanceMain }
      })
      return mod!
    }, fake)
  })

  it('a failing purge answers INTERNAL and is logged, not thrown', async () => {
    const fake = wire()
    await seedDeletedPlans(fake)
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    let mod: { main: MaintenanceMain } | undefined
    jest.isolateModules(() => {
      mod = require('../../cloudfunctions/functions/maintenance/index') as { main: MaintenanceMain }
    })
    mockSdk.getWXContext.mockReturnValue({ SOURCE: 'wx_trigger' })
    fake.backend.failNext = 'database.getDocument'
    expect(await mod!.main({})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(errors).toHaveBeenCalledWith('[maintenance] purge failed', expect.anything())
    expect(fake.backend.dump('plans')).toHaveLength(2)
  })

  describe('config.json', () => {
    const dir = join(__dirname, '../../cloudfunctions/functions')
    const config = (fn: string) =>
      JSON.parse(readFileSync(join(dir, fn, 'config.json'), 'utf8')) as {
        triggers?: { name: string; type: string; config: string }[]
      }

    it('maintenance has one daily timer in WeChat format (7 cron fields: s m h day month weekday year, UTC+8)', () => {
      const { triggers } = config('maintenance')
      // WeChat takes a single trigger per function.
      expect(triggers).toHaveLength(1)
      const [trigger] = triggers!
      expect(trigger.type).toBe('timer')
      expect(trigger.name).toMatch(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/)
      const fields = trigger.config.split(' ')
      expect(fields).toHaveLength(7)
      // once a day: fixed second, minute and hour, every day, month, weekday and year
      expect(fields.slice(0, 3).every((f) => /^\d+$/.test(f))).toBe(true)
      expect(fields.slice(3)).toEqual(['*', '*', '*', '*'])
    })

    it.each(['plan', 'draft', 'share'])('%s has no trigger: it only answers users', (fn) => {
      expect(config(fn).triggers).toBeUndefined()
    })
  })

  describe('esbuild bundles', () => {
    // Inside the repo (test-artifacts/ is git-ignored) so the bundle's require('wx-server-sdk') resolves.
    const artifacts = join(__dirname, '../../test-artifacts')
    mkdirSync(artifacts, { recursive: true })
    const out = mkdtempSync(join(artifacts, 'functions-'))
    beforeAll(() => {
      execFileSync(process.execPath, [join(__dirname, '../../tools/build-functions.mjs'), '--out', out], {
        stdio: 'pipe',
      })
    }, 60_000)
    afterAll(() => rmSync(out, { recursive: true, force: true }))

    it.each([
      ['plan', 'computePlan'],
      ['draft', 'computePlan'],
      ['share', 'computePlan'],
      ['maintenance', 'purgeDeleted'],
    ])('%s ships index.js + package.json (wx-server-sdk pinned) + config.json, core inlined', (fn, marker) => {
      const pkg = JSON.parse(readFileSync(join(out, fn, 'package.json'), 'utf8'))
      expect(pkg.name).toBe(fn)
      expect(pkg.dependencies).toEqual({ 'wx-server-sdk': '4.0.2' })
      expect(readFileSync(join(out, fn, 'config.json'), 'utf8')).toBe(
        readFileSync(join(__dirname, '../../cloudfunctions/functions', fn, 'config.json'), 'utf8'),
      )
      const code = readFileSync(join(out, fn, 'index.js'), 'utf8')
      expect(code).toContain('require("wx-server-sdk")')
      expect(code).not.toMatch(/better-sqlite3|from "@\/core|require\("@\/core/)
      expect(code).toContain(marker)
    })

    it('builds every function folder, and nothing else', () => {
      const sources = readdirSync(join(__dirname, '../../cloudfunctions/functions'), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
      expect(readdirSync(out).sort()).toEqual(sources.sort())
      expect(sources).toContain('maintenance')
    })

    it('the bundled maintenance function refuses clients and purges on its timer', async () => {
      const fake = wire()
      let mod: { main: MaintenanceMain } | undefined
      await checkMaintenanceEntry(() => {
        jest.isolateModules(() => {
          mod = require(join(out, 'maintenance', 'index.js')) as { main: MaintenanceMain }
        })
        return mod!
      }, fake)
    }, 30_000)

    it('the bundled plan function runs against the cloud database stand-in', async () => {
      const fake = wire()
      let mod: { main: Main } | undefined
      await checkEntry(() => {
        jest.isolateModules(() => {
          mod = require(join(out, 'plan', 'index.js')) as { main: Main }
        })
        return mod!
      }, fake)
    }, 30_000)
  })
})
