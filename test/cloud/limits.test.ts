import {
  mkdtempSync,
  rmSync,
  writeFileSync,
  chmodSync,
  openSync,
  writeSync,
  closeSync,
  statSync,
  copyFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LIMITS, inspectRequest } from '@/core/api'
import { StartupRefused, checkDatabaseFile } from '../../cloudfunctions/local/database'
import { createSqliteStore } from '../../cloudfunctions/store/sqlite'
import type { PlanRecord } from '../../cloudfunctions/store/port'
import { STORAGE_FULL_MESSAGE } from '../../cloudfunctions/handlers/plan'
import {
  ADAPTERS,
  OTHER,
  OWNER,
  changedAnswers,
  expiredPlanRecord,
  makeHarness,
  sampleAnswers,
} from './support/fixtures'

describe.each(ADAPTERS)('write rate limit on %s', (adapter) => {
  it('refuses the writes past the limit with RATE_LIMITED and a Chinese message; reads and other users go on', async () => {
    const h = makeHarness(adapter, { rateLimit: 3 })
    h.clock.ms = Math.ceil(h.clock.ms / 60_000) * 60_000 + 1000
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    await h.must('plan', 'rename', { planId: plan.id, name: '一', baseRev: 1 })
    await h.must('plan', 'rename', { planId: plan.id, name: '二', baseRev: 2 })
    const r = await h.call('plan', 'rename', { planId: plan.id, name: '三', baseRev: 3 })
    expect(r).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(!r.ok && r.error.message).toMatch(/操作太频繁了，请 \d+ 秒后再试/)
    expect((await h.must('plan', 'get', { planId: plan.id })).name).toBe('二')
    expect((await h.call('plan', 'create', { answers: sampleAnswers() }, OTHER)).ok).toBe(true)
    h.clock.advance(60_000)
    expect((await h.call('plan', 'rename', { planId: plan.id, name: '三', baseRev: 3 })).ok).toBe(true)
    await h.close()
  })

  it('defaults to LIMITS.writesPerMinute', async () => {
    const h = makeHarness(adapter, { rateLimit: undefined })
    h.ctx.writesPerMinute = undefined
    h.clock.ms = Math.ceil(h.clock.ms / 60_000) * 60_000
    const codes: string[] = []
    for (let i = 0; i <= LIMITS.writesPerMinute; i++) {
      const r = await h.call('draft', 'discard', {})
      codes.push(r.ok ? 'ok' : r.error.code)
    }
    expect(codes.filter((c) => c === 'ok')).toHaveLength(LIMITS.writesPerMinute)
    expect(codes[codes.length - 1]).toBe('RATE_LIMITED')
    await h.close()
  })
})

describe.each(ADAPTERS)('text on %s', (adapter) => {
  const NAMES = ['𠀀𪚥面馆', '😀👍🏽 咖啡', 'Cafe\u0301', '한\u1100\u1161', 'a\tb', '  前后空格  ']

  it('stores and returns identical strings, normalised to NFC, in lists, reads and the name column', async () => {
    const h = makeHarness(adapter)
    for (const raw of NAMES) {
      const r = await h.call('plan', 'create', { answers: sampleAnswers({ name: raw.replace('\t', ' ') }) })
      if (!r.ok) continue // the questionnaire's own name rule may refuse some; refusals are tested below
      const expected = raw.replace('\t', ' ').normalize('NFC').trim()
      expect(r.data.name).toBe(expected)
      const got = await h.must('plan', 'get', { planId: r.data.id })
      expect(got.name).toBe(expected)
      const listed = (await h.must('plan', 'list', {})).items.find((p) => p.id === r.data.id)
      expect(listed?.name).toBe(expected)
      const renamed = await h.must('plan', 'rename', {
        planId: r.data.id,
        name: raw.replace('\t', ' '),
        baseRev: got.rev,
      })
      expect(renamed.name).toBe(expected)
      expect((await h.must('plan', 'list', {})).items.find((p) => p.id === r.data.id)?.name).toBe(expected)
    }
    await h.close()
  })

  it.each([
    ['NUL', 'a\u0000b'],
    ['a control character', 'a\u0007b'],
    ['a right-to-left override', '\u202egnp.exe'],
    ['a directional mark', '名\u200f'],
    ['a lone surrogate', 'x\ud800'],
  ])('create and rename refuse %s with a field message, and nothing changes', async (_what, bad) => {
    const h = makeHarness(adapter)
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    const renamed = await h.call('plan', 'rename', { planId: plan.id, name: bad, baseRev: 1 })
    expect(renamed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ path: 'name' }] } })
    expect(!renamed.ok && renamed.error.fields?.[0]?.message).toMatch(/[\u4e00-\u9fff]/)
    const created = await h.call('plan', 'create', { answers: { ...sampleAnswers(), name: bad } })
    expect(created).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ path: 'answers.name' }] } })
    expect(await h.must('plan', 'get', { planId: plan.id })).toMatchObject({ name: plan.name, rev: 1 })
    expect((await h.must('plan', 'list', {})).items).toHaveLength(1)
    await h.close()
  })

  it('rename follows the questionnaire name rule: empty and too long are refused like in create', async () => {
    const h = makeHarness(adapter)
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    for (const name of ['', '   ', '长'.repeat(200), 42, null]) {
      const r = await h.call('plan', 'rename', { planId: plan.id, name, baseRev: 1 })
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ path: 'name' }] } })
    }
    await h.close()
  })
})

describe('request preflight', () => {
  it('refuses depth before anything else, without building a string of the request', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 100_000; i++) deep = { a: deep }
    const r = inspectRequest({ action: 'create', input: { answers: deep } })
    expect(r).toMatchObject({ ok: false, errors: [{ code: 'TOO_DEEP' }] })
  })

  it('refuses too many values and too many bytes', () => {
    expect(inspectRequest({ xs: Array.from({ length: LIMITS.requestNodes + 1 }, () => 1) })).toMatchObject({
      ok: false,
      errors: [{ code: 'TOO_LARGE' }],
    })
    expect(inspectRequest({ s: 'x'.repeat(LIMITS.requestBytes) })).toMatchObject({
      ok: false,
      errors: [{ code: 'TOO_LARGE' }],
    })
  })

  it('normalises every string and key to NFC and names the field of a refusal', () => {
    expect(inspectRequest({ 'Cafe\u0301': ['e\u0301'] })).toEqual({ ok: true, value: { 'Caf\u00e9': ['\u00e9'] } })
    expect(inspectRequest({ input: { answers: { name: 'x\udc00' } } })).toMatchObject({
      ok: false,
      errors: [{ path: 'input.answers.name', code: 'BAD_CHARACTERS' }],
    })
  })

  it.each(ADAPTERS)(
    'an 18 KB body nested 5,000 levels answers INVALID_INPUT on %s, never INTERNAL',
    async (adapter) => {
      const h = makeHarness(adapter)
      let deep: unknown = 'x'
      for (let i = 0; i < 5000; i++) deep = { a: deep }
      const r = await h.call('plan', 'create', { answers: deep })
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      await h.close()
    },
  )
})

describe('local runtime start-up refusals', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wp-start-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const seeded = (name = 'db.sqlite') => {
    const file = join(dir, name)
    const store = createSqliteStore({ file })
    store.db.pragma('journal_mode = DELETE')
    store.db
      .prepare("INSERT INTO shares (token, plan_id, created_at, expires_at, doc) VALUES ('t', 'p', 1, 2, '{}')")
      .run()
    store.db.close()
    return file
  }
  const refused = (file: string) => {
    const before = statSync(file).size
    expect(() => checkDatabaseFile(file)).toThrow(StartupRefused)
    // never written, moved or deleted
    expect(statSync(file).size).toBe(before)
  }

  it('accepts a healthy file and a missing one with nothing beside it', () => {
    expect(() => checkDatabaseFile(seeded())).not.toThrow()
    expect(() => checkDatabaseFile(join(dir, 'new.sqlite'))).not.toThrow()
  })

  it('refuses a file with a damaged page (PRAGMA quick_check) and leaves it as it was', () => {
    const file = seeded()
    const pageSize = 4096
    const fd = openSync(file, 'r+')
    // Every page after the first holds a table or an index: garbage over their page headers.
    for (let page = 1; page * pageSize < statSync(file).size; page++)
      writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, page * pageSize)
    closeSync(fd)
    refused(file)
  })

  it('refuses a file that is not SQLite at all', () => {
    const file = join(dir, 'db.sqlite')
    writeFileSync(file, 'not a database, but some text that is long enough to have a header')
    refused(file)
  })

  it('refuses a read-only file', () => {
    if (process.getuid?.() === 0) return // root writes through any mode: nothing to test as root
    const file = seeded()
    chmodSync(file, 0o444)
    refused(file)
  })

  it('refuses an empty file when a WAL or a backup beside it holds data', () => {
    const file = join(dir, 'db.sqlite')
    writeFileSync(file, '')
    writeFileSync(`${file}-wal`, 'x'.repeat(100))
    refused(file)
    rmSync(`${file}-wal`)
    copyFileSync(seeded('other.sqlite'), `${file}.backup-2026-11-25T00-00-00-000Z.sqlite`)
    refused(file)
  })

  it('refuses a missing file when a WAL beside it holds data', () => {
    const file = join(dir, 'gone.sqlite')
    writeFileSync(`${file}-wal`, 'x'.repeat(100))
    expect(() => checkDatabaseFile(file)).toThrow(/missing/)
  })
})

describe.each(ADAPTERS)('stored bytes per user on %s', (adapter) => {
  /** A plan of the owner's that already takes all but `left` bytes of the cap. */
  async function nearlyFull(h: ReturnType<typeof makeHarness>, left: number) {
    await h.store.plans.insert(
      expiredPlanRecord(h.clock.now(), {
        id: 'p_big',
        ownerId: OWNER,
        deletedAt: null,
        storedBytes: LIMITS.bytesPerUser - left,
      }),
    )
  }

  it('counts each plan and every version it archives, so a full account at today’s limits fits', async () => {
    const h = makeHarness(adapter)
    const plan = await h.must('plan', 'create', { answers: sampleAnswers({ ageBands: ['18-25', '26-35'] }) })
    const first = ((await h.store.plans.find(plan.id)) as PlanRecord).storedBytes ?? 0
    expect(first).toBeGreaterThan(200)
    const v2 = await h.must('plan', 'update', { planId: plan.id, answers: changedAnswers(plan.answers), baseRev: 1 })
    const second = ((await h.store.plans.find(plan.id)) as PlanRecord).storedBytes ?? 0
    expect(second).toBeGreaterThan(first)
    expect(await h.store.plans.storedBytes(OWNER, 0)).toBe(second)
    // A rename is counted too (its name and its event are in the plan's document), without an archived version.
    await h.must('plan', 'rename', { planId: plan.id, name: '一个长一点的新名字', baseRev: v2.rev })
    const renamed = ((await h.store.plans.find(plan.id)) as PlanRecord).storedBytes ?? 0
    expect(renamed - second).toBeGreaterThan(0)
    expect(renamed - second).toBeLessThan(200)
    // What one more version costs, at every count limit, stays under the cap.
    const perVersion = second - first
    expect(perVersion * LIMITS.plansPerUser * LIMITS.versionsPerPlan).toBeLessThan(LIMITS.bytesPerUser)
    await h.close()
  })

  it('refuses a new plan, a copy and a new version past the cap with LIMIT_EXCEEDED; nothing is stored', async () => {
    const h = makeHarness(adapter)
    const mine = await h.must('plan', 'create', { answers: sampleAnswers() })
    const link = await h.must('share', 'create', { planId: mine.id })
    await nearlyFull(h, 200)
    const created = await h.call('plan', 'create', { answers: sampleAnswers() })
    expect(created).toMatchObject({ ok: false, error: { code: 'LIMIT_EXCEEDED', message: STORAGE_FULL_MESSAGE } })
    expect(!created.ok && created.error.message).toMatch(/^保存的方案已占满空间（上限 29 MB）/)
    const copied = await h.call('share', 'copy', { token: link.token })
    expect(copied).toMatchObject({ ok: false, error: { code: 'LIMIT_EXCEEDED', message: STORAGE_FULL_MESSAGE } })
    const updated = await h.call('plan', 'update', {
      planId: mine.id,
      answers: changedAnswers(mine.answers),
      baseRev: mine.rev,
    })
    expect(updated).toMatchObject({ ok: false, error: { code: 'LIMIT_EXCEEDED' } })
    expect((await h.must('plan', 'list', {})).items.map((p) => p.id).sort()).toEqual([mine.id, 'p_big'].sort())
    expect((await h.must('plan', 'versions', { planId: mine.id })).items).toHaveLength(1)
    expect(await h.store.versions.find(mine.id, 1)).toBeNull()
    expect((await h.must('plan', 'get', { planId: mine.id })).rev).toBe(mine.rev)
    // Other users are not affected, and the owner can always delete to make room.
    expect((await h.call('plan', 'create', { answers: sampleAnswers() }, OTHER)).ok).toBe(true)
    expect((await h.call('plan', 'delete', { planId: mine.id })).ok).toBe(true)
    await h.close()
  })

  it('frees the space once the big plan is purged (deleted plans count for 30 days, like the quota)', async () => {
    const h = makeHarness(adapter)
    await nearlyFull(h, 200)
    await h.must('plan', 'delete', { planId: 'p_big' })
    expect((await h.call('plan', 'create', { answers: sampleAnswers() })).ok).toBe(false)
    h.clock.advance(31 * 24 * 3600 * 1000)
    await h.store.plans.purgeDeleted(h.clock.now() - 30 * 24 * 3600 * 1000, 100)
    expect((await h.call('plan', 'create', { answers: sampleAnswers() })).ok).toBe(true)
    await h.close()
  })
})
