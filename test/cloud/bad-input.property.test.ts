import { createFakePlatform } from '../../cloudfunctions/platform'
import fc from 'fast-check'
import { ERROR_CODES } from '@/core'
import type { ApiResult } from '@/core'
import { API_SCHEMAS } from '@/core/api'
import type { FunctionName } from '@/core/api'
import { dispatch } from '../../cloudfunctions/handlers'
import type { HandlerContext } from '../../cloudfunctions/handlers'
import { createCloudDbStore } from '../../cloudfunctions/store/clouddb'
import { createSqliteStore } from '../../cloudfunctions/store/sqlite'
import type { Store } from '../../cloudfunctions/store/port'
import { createFakeCloudDb } from './support/cloud-db'
import { OTHER, OWNER, TestClock, changedAnswers, sampleAnswers } from './support/fixtures'

/**
 * Thousands of malformed calls across every function and action: none may crash or throw, each
 * gets a stable error code (never INTERNAL: bad input is the caller's problem, not ours), and a
 * refused call leaves the stored data exactly as it was.
 */

const FNS = Object.keys(API_SCHEMAS) as FunctionName[]
const ACTIONS = FNS.flatMap((fn) => Object.keys(API_SCHEMAS[fn]).map((action) => [fn, action] as const))

interface Seeded {
  ctx: HandlerContext
  planId: string
  token: string
  snapshot: () => Promise<string>
  close: () => Promise<void>
}

async function seed(store: Store, snapshot: () => Promise<string>): Promise<Seeded> {
  const clock = new TestClock()
  // No rate limit here: it would turn most of the run into RATE_LIMITED and test nothing else.
  const platform = createFakePlatform({ clock, visits: 'any' })
  const ctx: HandlerContext = { store, clock, platform, log: () => undefined, writesPerMinute: false }
  const call = async (fn: string, action: string, input: unknown) => {
    const r = await dispatch(fn, { openid: OWNER }, { action, input }, ctx)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return r.data as Record<string, unknown>
  }
  const plan = await call('plan', 'create', { answers: sampleAnswers() })
  const planId = plan.id as string
  await call('plan', 'update', { planId, answers: changedAnswers(), baseRev: 1 })
  await call('draft', 'save', { answers: { name: '草稿' }, step: 2 })
  const { token } = (await call('share', 'create', { planId })) as { token: string }
  await call('results', 'save', { planId, month: '2026-09', values: { 'team.posts': 4 }, baseRev: 0 })
  return { ctx, planId, token, snapshot, close: () => store.close() }
}

async function sqliteWorld(): Promise<Seeded> {
  const store = createSqliteStore({ file: ':memory:' })
  const tables = ['plans', 'versions', 'revisions', 'drafts', 'shares', 'results', 'reminders']
  const snapshot = async () =>
    JSON.stringify(tables.map((t) => store.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()))
  return seed(store, snapshot)
}

async function cloudWorld(): Promise<Seeded> {
  const { db, backend } = createFakeCloudDb()
  const snapshot = async () =>
    JSON.stringify(
      ['plans', 'versions', 'revisions', 'drafts', 'shares', 'results', 'reminders'].map((c) => backend.dump(c)),
    )
  return seed(createCloudDbStore(db), snapshot)
}

/** A valid input for each action, to be broken in one place: near misses find more than noise. */
function templates(w: Seeded): Record<string, Record<string, unknown>> {
  return {
    'plan.create': { answers: sampleAnswers() },
    'plan.list': { limit: 5 },
    'plan.get': { planId: w.planId },
    'plan.rename': { planId: w.planId, name: '新名', baseRev: 2 },
    'plan.update': { planId: w.planId, answers: sampleAnswers(), baseRev: 2 },
    'plan.setTargets': { planId: w.planId, baseRev: 2, targets: { reads: 10 } },
    'plan.upgrade': { planId: w.planId, baseRev: 2 },
    'plan.versions': { planId: w.planId },
    'plan.version': { planId: w.planId, version: 1 },
    'plan.restoreVersion': { planId: w.planId, version: 1, baseRev: 2 },
    'plan.delete': { planId: w.planId },
    'plan.restore': { planId: w.planId },
    'plan.deleted': {},
    'draft.save': { answers: { name: 'x' }, step: 1, baseVersion: 1 },
    'draft.get': {},
    'draft.discard': {},
    'share.create': { planId: w.planId, expiresInDays: 3 },
    'share.list': { planId: w.planId },
    'share.revoke': { planId: w.planId, token: w.token },
    'share.open': { token: w.token },
    'share.copy': { token: w.token },
    'results.list': { planId: w.planId },
    'results.save': { planId: w.planId, month: '2026-09', values: { 'team.posts': 6 }, baseRev: 1 },
    'results.remove': { planId: w.planId, month: '2026-09', baseRev: 1 },
    'reminder.subscribe': { planId: w.planId, accepted: 1 },
    'reminder.status': { planId: w.planId },
    'reminder.notices': {},
    'reminder.seen': { id: 'r_abc' },
    'share.poster': { planId: w.planId, envVersion: 'develop' },
    'copy.check': {
      text: '全城最好吃的面，转发领红包',
      industry: 'catering',
      marks: [{ phrase: '老街', kind: 'name' }],
    },
  }
}

/** Nesting far beyond any real request: it used to crash the size check (500 INTERNAL). */
function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'x'
  for (let i = 0; i < depth; i++) value = wrap(value)
  return value
}

/** Text no one types that would be stored or shown differently: refused, or normalised (NFD). */
const UNICODE_EDGES = [
  'x\ud800',
  '\udc00x',
  '\ud83d',
  'a\u0000b',
  '\u0007',
  '\u001b[31m',
  '\u0085',
  '\u202egnp.exe',
  '\u200f名',
  '\u2066x\u2069',
  '\u061c',
  'Cafe\u0301',
  '\u1100\u1161',
  '\ufeff',
  '😀\ud800',
]

const nasty = fc.oneof(
  fc.constantFrom(
    nested(5000, (x) => ({ a: x })),
    nested(5000, (x) => [x]),
    nested(20, (x) => ({ answers: x })),
    ...UNICODE_EDGES,
    { name: 'x\ud800' },
    ['planId', 'p_1'],
    [{ planId: 'p_1' }],
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...UNICODE_EDGES), maxLength: 3 }),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true, withBigInt: false }),
  fc.constantFrom(
    '',
    ' ',
    '__proto__',
    'constructor',
    '../../etc/passwd',
    '$where',
    'a.b',
    '{"$gt":""}',
    '\u0000',
    '😀'.repeat(40),
    'x'.repeat(70_000),
    -1,
    0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31 + 1,
    true,
    null,
    [],
    {},
    { $gt: '' },
    { $ne: null },
    Array.from({ length: 500 }, (_, i) => i),
  ),
)

function brokenInput(template: Record<string, unknown>) {
  const keys = Object.keys(template)
  return fc.oneof(
    nasty,
    // one field replaced by something hostile
    fc.tuple(fc.constantFrom(...(keys.length ? keys : ['x'])), nasty).map(([k, v]) => ({ ...template, [k]: v })),
    // one field missing
    fc.constantFrom(...(keys.length ? keys : ['x'])).map((k) => {
      const copy = { ...template }
      delete copy[k]
      return copy
    }),
    // the whole input replaced by an array (arrays where objects are expected)
    fc.constant(Object.values(template)),
    // one string field given a unicode edge
    fc
      .tuple(fc.constantFrom(...(keys.length ? keys : ['x'])), fc.constantFrom(...UNICODE_EDGES))
      .map(([k, v]) => ({ ...template, [k]: v })),
    // answers with one answer broken
    fc.tuple(fc.constantFrom(...Object.keys(sampleAnswers())), nasty).map(([k, v]) => ({
      ...template,
      answers: { ...(sampleAnswers() as unknown as Record<string, unknown>), [k]: v },
    })),
  )
}

function eventArb(w: Seeded) {
  const t = templates(w)
  return fc.oneof(
    { weight: 1, arbitrary: fc.record({ fn: fc.constantFrom(...FNS, 'nope', '__proto__'), event: nasty }) },
    {
      weight: 6,
      arbitrary: fc.constantFrom(...ACTIONS).chain(([fn, action]) =>
        fc.record({
          fn: fc.constant(fn as string),
          event: fc.oneof(
            { weight: 5, arbitrary: brokenInput(t[`${fn}.${action}`]).map((input) => ({ action, input })) },
            { weight: 1, arbitrary: fc.record({ action: fc.oneof(fc.string(), nasty), input: nasty }) },
          ),
        }),
      ),
    },
  )
}

function checkShape(r: ApiResult<unknown>): void {
  expect(typeof r.ok).toBe('boolean')
  if (r.ok) return
  expect(ERROR_CODES).toContain(r.error.code)
  expect(r.error.code).not.toBe('INTERNAL')
  expect(typeof r.error.message).toBe('string')
  expect(r.error.message.length).toBeGreaterThan(0)
  expect(JSON.stringify(r)).not.toMatch(/\n\s+at |Error:/)
  for (const f of r.error.fields ?? []) {
    expect(typeof f.path).toBe('string')
    expect(typeof f.code).toBe('string')
    expect(f.message).toMatch(/[\u4e00-\u9fff]/)
  }
}

async function runProperty(world: Seeded, numRuns: number, seed?: number): Promise<void> {
  let baseline = await world.snapshot()
  let accepted = 0
  await fc.assert(
    fc.asyncProperty(eventArb(world), fc.constantFrom(OWNER, OTHER), async ({ fn, event }, openid) => {
      let result: ApiResult<unknown>
      try {
        result = await dispatch(fn, { openid }, event, world.ctx)
      } catch (error) {
        throw new Error(`dispatch threw: ${String(error)}`)
      }
      checkShape(result)
      const now = await world.snapshot()
      if (result.ok) {
        accepted++
        baseline = now
      } else {
        expect(now).toBe(baseline)
      }
    }),
    { numRuns, seed },
  )
  // Most generated calls are refused; a property that never reaches a refusal path proves little.
  expect(accepted).toBeLessThan(numRuns)
}

describe('bad input, property-based', () => {
  // A fixed run (fixed seed): the same 25,000 requests every time, across every action.
  it('SQLite: 25,000 hostile calls, no crash, stable codes, nothing changed by a refusal', async () => {
    const world = await sqliteWorld()
    try {
      await runProperty(world, 25_000, 20261125)
    } finally {
      await world.close()
    }
  }, 600_000)

  it('cloud DB stand-in: 600 hostile calls through the real SDK serializers', async () => {
    const world = await cloudWorld()
    try {
      await runProperty(world, 600)
    } finally {
      await world.close()
    }
  }, 120_000)
})
