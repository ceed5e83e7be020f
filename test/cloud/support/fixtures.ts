import type { Answers, ApiResult, PlanContent } from '@/core'
import { recompute } from '@/core/plan/releases'
import { QUESTIONS, parseAnswers } from '@/core'
import type { ActionName, ApiOutput, FunctionName } from '@/core/api'
import { dispatch } from '../../../cloudfunctions/handlers'
import type { HandlerContext, PurgeReport } from '../../../cloudfunctions/handlers'
import { createCloudDbStore } from '../../../cloudfunctions/store/clouddb'
import type { PlanRecord, PurgeBatch, Store } from '../../../cloudfunctions/store/port'
import { createSqliteStore } from '../../../cloudfunctions/store/sqlite'
import { createFakePlatform } from '../../../cloudfunctions/platform'
import type { FakePlatform } from '../../../cloudfunctions/platform'
import { createFakeCloudDb } from './cloud-db'
import type { FakeCloudBackend } from './cloud-db'

export const T0 = Date.UTC(2026, 10, 24, 9, 0, 0)
export const DAY = 24 * 60 * 60 * 1000

export class TestClock {
  constructor(public ms = T0) {}
  now(): number {
    return this.ms
  }
  advance(ms: number): void {
    this.ms += ms
  }
}

type Loose = Record<string, unknown>

/**
 * Valid answers built from the questionnaire itself (first option, smallest number…), so the
 * tests follow the questionnaire as it grows. `parseAnswers` has the last word.
 */
export function sampleAnswers(overrides: Loose = {}): Answers {
  const raw: Loose = {}
  for (const q of QUESTIONS as readonly Loose[]) {
    const id = q.id as string
    switch (q.kind) {
      case 'text':
        raw[id] = id === 'name' ? '老街面馆' : q.required ? '甲'.repeat(Math.max(1, Number(q.minLength ?? 1))) : ''
        break
      case 'single':
        raw[id] = (q.options as { value: string }[])[0]?.value
        break
      case 'multi':
        raw[id] = (q.options as { value: string }[]).slice(0, Math.max(1, Number(q.minItems ?? 1))).map((o) => o.value)
        break
      case 'number':
        raw[id] = Number(q.min ?? 0)
        break
      case 'boolean':
        raw[id] = false
        break
    }
  }
  const parsed = parseAnswers({ ...raw, ...overrides })
  if (!parsed.ok) throw new Error(`sample answers do not parse: ${JSON.stringify(parsed.errors)}`)
  return parsed.value
}

/** Answers that differ from `sampleAnswers()` in one single-choice question (not the industry). */
export function changedAnswers(base: Answers = sampleAnswers()): Answers {
  const q = (QUESTIONS as readonly Loose[]).find(
    (x) => x.kind === 'single' && x.id !== 'industry' && (x.options as unknown[]).length > 1,
  )
  if (!q) throw new Error('no single-choice question with two options')
  const options = q.options as { value: string }[]
  const current = (base as unknown as Loose)[q.id as string]
  const next = options.find((o) => o.value !== current)!.value
  return sampleAnswers({ ...(base as unknown as Loose), [q.id as string]: next })
}

export interface Harness {
  name: string
  store: Store
  clock: TestClock
  ctx: HandlerContext
  backend?: FakeCloudBackend
  /** WeChat as the reminder scheduler meets it; consents granted by `reminder.subscribe` land here. */
  platform: FakePlatform
  /** Typed call through the router, as the client would make it. */
  call<F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    input: unknown,
    openid?: string,
  ): Promise<ApiResult<ApiOutput<F, A>>>
  /** Unwraps an ok result or fails the test with the error. */
  must<F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    input: unknown,
    openid?: string,
  ): Promise<ApiOutput<F, A>>
  close(): Promise<void>
}

export type AdapterName = 'sqlite' | 'clouddb'
export const ADAPTERS: AdapterName[] = ['sqlite', 'clouddb']

export const OWNER = 'o_owner_aaaaaaaaaaaaaaaaaaaa'
export const OTHER = 'o_other_bbbbbbbbbbbbbbbbbbbb'

let seq = 0
/** Predictable random bytes: distinct per call, so ids and tokens do not collide. */
function counterRandom(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes)
  let n = ++seq
  for (let i = bytes - 1; i >= 0 && n > 0; i--) {
    out[i] = n & 0xff
    n = Math.floor(n / 256)
  }
  out[0] = 0x5a
  return out
}

export function makeHarness(
  adapter: AdapterName = 'sqlite',
  options: { predictable?: boolean; rateLimit?: number; pages?: readonly string[] } = {},
): Harness {
  const clock = new TestClock()
  let store: Store
  let backend: FakeCloudBackend | undefined
  if (adapter === 'sqlite') {
    store = createSqliteStore({ file: ':memory:' })
  } else {
    const fake = createFakeCloudDb(() => clock.now())
    store = createCloudDbStore(fake.db)
    backend = fake.backend
  }
  // Also the handlers' platform: share.poster asks it for a 小程序码 (`pages` = published pages).
  const platform: FakePlatform = createFakePlatform({ clock, pages: options.pages })
  const errors: unknown[] = []
  const ctx: HandlerContext = {
    store,
    // Only the reminder scheduler sends (it takes `h.platform`); handlers never call WeChat here.
    grantConsent: (openid, templateId) => platform.grantConsent(openid, templateId),
    clock,
    platform,
    // The rate limit has its own tests; elsewhere it would only cut long scenarios short.
    writesPerMinute: options.rateLimit ?? false,
    random: options.predictable ? counterRandom : undefined,
    log: (_m, e) => errors.push(e),
  }
  const call = async <F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    input: unknown,
    openid = OWNER,
  ) => (await dispatch(fn, { openid }, { action, input }, ctx)) as ApiResult<ApiOutput<F, A>>
  return {
    name: adapter,
    store,
    clock,
    ctx,
    backend,
    platform,
    call,
    async must(fn, action, input, openid) {
      const r = await call(fn, action, input, openid)
      if (!r.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(r.error)}`)
      return r.data
    },
    close: () => store.close(),
  }
}

/** A plan deleted 31 days before `now`: past the 30-day restore window, so the purge takes it. */
export function expiredPlanRecord(now: number, overrides: Partial<PlanRecord> = {}): PlanRecord {
  return {
    id: 'p_expired',
    ownerId: 'o_owner',
    name: '旧店',
    industry: null,
    answers: sampleAnswers(),
    targets: {},
    rev: 2,
    createdAt: now - 40 * DAY,
    updatedAt: now - 31 * DAY,
    rulebaseVersion: 'r1',
    computedAt: now - 40 * DAY,
    savedAt: now - 40 * DAY,
    version: 1,
    cause: 'create',
    restoredFrom: null,
    snapshot: null,
    events: [],
    deletedAt: now - 31 * DAY,
    ...overrides,
  }
}

/** The plan a version shows, computed as the phone does (versions store no content). */
export function contentOf(v: { answers: unknown; rulebaseVersion: string; computedAt: number }): PlanContent {
  const r = recompute(v)
  if (!r.ok) throw new Error(`version cannot be computed: ${r.reason}`)
  return r.content
}

/** Nothing removed from any collection; typed so a new collection in the purge is added here. */
const NOTHING_PURGED: Omit<PurgeBatch, 'more'> = {
  plans: 0,
  revisions: 0,
  shares: 0,
  drafts: 0,
  results: 0,
  reminders: 0,
  copyChecks: 0,
}

/** What one `purgeDeleted` call answers: zero for every collection but those given. */
export function purgeBatch(counts: Partial<PurgeBatch> = {}): PurgeBatch {
  return { ...NOTHING_PURGED, more: false, ...counts }
}

/** A purge run that found nothing to remove: one batch, complete (the cutoff as given, else 0). */
export function emptyPurge(overrides: Partial<PurgeReport> = {}): PurgeReport {
  return { cutoff: 0, ...NOTHING_PURGED, batches: 1, complete: true, ...overrides }
}
