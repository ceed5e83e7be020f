import { ADAPTERS, OTHER, OWNER, T0, makeHarness, sampleAnswers } from './support/fixtures'
import type { Harness } from './support/fixtures'
import type { MonthRecord, ResultsStore } from '../../cloudfunctions/store/results-port'

/** The results store contract (both adapters) and the results handlers' rules. */

const rec = (over: Partial<MonthRecord> = {}): MonthRecord => ({
  planId: 'p_1',
  ownerId: OWNER,
  month: '2026-03',
  values: { 'acquisition.newFollowers': 120, 'exposure.articleOpenRate': 4.5 },
  rev: 1,
  updatedAt: T0,
  ...over,
})

describe.each(ADAPTERS)('results store contract: %s', (adapter) => {
  let h: Harness
  let store: ResultsStore
  beforeEach(() => {
    h = makeHarness(adapter)
    store = h.store.results
  })
  afterEach(() => h.close())

  it('inserts once per plan and month, finds it back with KPI ids that contain dots', async () => {
    expect(await store.insert(rec())).toBe('ok')
    expect(await store.insert(rec({ values: {} }))).toBe('conflict')
    expect(await store.find('p_1', '2026-03')).toEqual(rec())
    expect(await store.find('p_1', '2026-04')).toBeNull()
    expect(await store.find('p_2', '2026-03')).toBeNull()
  })

  it('lists one plan, oldest month first, and counts it', async () => {
    for (const month of ['2026-05', '2025-12', '2026-01']) await store.insert(rec({ month }))
    await store.insert(rec({ planId: 'p_2', month: '2026-02' }))
    expect((await store.listByPlan('p_1', 100)).map((m) => m.month)).toEqual(['2025-12', '2026-01', '2026-05'])
    expect((await store.listByPlan('p_1', 2)).map((m) => m.month)).toEqual(['2025-12', '2026-01'])
    expect(await store.count('p_1')).toBe(3)
    expect(await store.count('p_3')).toBe(0)
  })

  it('replaces only at the expected rev and owner, and replaced values do not merge', async () => {
    await store.insert(rec())
    const next = rec({ values: { 'acquisition.newFollowers': 130 }, rev: 2, updatedAt: T0 + 1 })
    expect(await store.replace(next, 2)).toBe('conflict')
    expect(await store.replace({ ...next, ownerId: OTHER }, 1)).toBe('conflict')
    expect(await store.replace(next, 1)).toBe('ok')
    expect(await store.find('p_1', '2026-03')).toEqual(next)
    expect(await store.replace(next, 1)).toBe('conflict')
  })

  it('removes only at the expected rev and owner', async () => {
    await store.insert(rec())
    expect(await store.remove('p_1', OTHER, '2026-03', 1)).toBe('conflict')
    expect(await store.remove('p_1', OWNER, '2026-03', 2)).toBe('conflict')
    expect(await store.remove('p_1', OWNER, '2026-03', 1)).toBe('ok')
    expect(await store.find('p_1', '2026-03')).toBeNull()
    expect(await store.remove('p_1', OWNER, '2026-03', 1)).toBe('conflict')
  })
})

describe.each(ADAPTERS)('results handlers: %s', (adapter) => {
  let h: Harness
  let planId: string
  beforeEach(async () => {
    h = makeHarness(adapter)
    planId = (await h.must('plan', 'create', { answers: sampleAnswers() })).id
  })
  afterEach(() => h.close())

  it('saves a month, rounds values as their metric is shown, lists it', async () => {
    const saved = await h.must('results', 'save', {
      planId,
      month: '2026-10',
      values: { 'acquisition.newFollowers': 240, 'activity.sessionOpenRate': 5.678, 'team.posts': 8 },
      baseRev: 0,
    })
    expect(saved).toEqual({
      month: '2026-10',
      values: { 'acquisition.newFollowers': 240, 'activity.sessionOpenRate': 5.68, 'team.posts': 8 },
      rev: 1,
      updatedAt: T0,
    })
    expect(await h.must('results', 'list', { planId })).toEqual({ items: [saved], readOnly: false })
  })

  it('refuses values off the board or out of range, with a Chinese message per KPI', async () => {
    const r = await h.call('results', 'save', {
      planId,
      month: '2026-10',
      values: { 'activity.sessionOpenRate': 120, 'acquisition.newFollowers': 10.5, 'no.such': 1 },
      baseRev: 0,
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INVALID_INPUT')
    const byPath = Object.fromEntries((r.error.fields ?? []).map((f) => [f.path, f.code]))
    expect(byPath).toEqual({
      'values.activity.sessionOpenRate': 'TOO_LARGE',
      'values.acquisition.newFollowers': 'NOT_AN_INTEGER',
      'values.no.such': 'NOT_AN_OPTION',
    })
    for (const f of r.error.fields ?? []) expect(f.message).toMatch(/[\u4e00-\u9fff]/)
    expect((await h.must('results', 'list', { planId })).items).toEqual([])
  })

  it('refuses a bad month and an empty month', async () => {
    for (const month of ['2026-13', '2026-1', '26-01', '']) {
      const r = await h.call('results', 'save', { planId, month, values: { 'team.posts': 1 }, baseRev: 0 })
      expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_INPUT')
    }
    const r = await h.call('results', 'save', { planId, month: '2026-01', values: {}, baseRev: 0 })
    expect(r.ok ? 'ok' : r.error.fields?.[0]?.path).toBe('values')
  })

  it('a stale edit from a second phone gets CONFLICT with the current rev, never overwrites', async () => {
    const first = await h.must('results', 'save', { planId, month: '2026-10', values: { 'team.posts': 3 }, baseRev: 0 })
    const again = await h.call('results', 'save', { planId, month: '2026-10', values: { 'team.posts': 9 }, baseRev: 0 })
    expect(again.ok ? null : again.error).toMatchObject({ code: 'CONFLICT', currentRev: 1 })
    const second = await h.must('results', 'save', {
      planId,
      month: '2026-10',
      values: { 'team.posts': 4 },
      baseRev: first.rev,
    })
    const stale = await h.call('results', 'save', { planId, month: '2026-10', values: { 'team.posts': 5 }, baseRev: 1 })
    expect(stale.ok ? null : stale.error).toMatchObject({ code: 'CONFLICT', currentRev: 2 })
    expect((await h.must('results', 'list', { planId })).items).toEqual([second])
  })

  it('removes a month once; removing again is not an error', async () => {
    const m = await h.must('results', 'save', { planId, month: '2026-10', values: { 'team.posts': 3 }, baseRev: 0 })
    const stale = await h.call('results', 'remove', { planId, month: '2026-10', baseRev: 7 })
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT')
    expect(await h.must('results', 'remove', { planId, month: '2026-10', baseRev: m.rev })).toEqual({
      month: '2026-10',
      removed: true,
    })
    expect(await h.must('results', 'remove', { planId, month: '2026-10', baseRev: m.rev })).toEqual({
      month: '2026-10',
      removed: false,
    })
    expect((await h.must('results', 'list', { planId })).items).toEqual([])
  })

  it('a colleague with a link reads the figures read-only; without one, the plan does not exist', async () => {
    await h.must('results', 'save', { planId, month: '2026-10', values: { 'team.posts': 3 }, baseRev: 0 })
    const { token } = await h.must('share', 'create', { planId })
    const seen = await h.must('results', 'list', { token }, OTHER)
    expect(seen.readOnly).toBe(true)
    expect(seen.items.map((m) => m.values)).toEqual([{ 'team.posts': 3 }])
    expect(JSON.stringify(seen)).not.toContain(OWNER)
    const byId = await h.call('results', 'list', { planId }, OTHER)
    expect(byId.ok ? 'ok' : byId.error.code).toBe('NOT_FOUND')
    const write = await h.call(
      'results',
      'save',
      { planId, month: '2026-11', values: { 'team.posts': 1 }, baseRev: 0 },
      OTHER,
    )
    expect(write.ok ? 'ok' : write.error.code).toBe('NOT_FOUND')
    await h.must('share', 'revoke', { planId, token })
    const revoked = await h.call('results', 'list', { token }, OTHER)
    expect(revoked.ok ? 'ok' : revoked.error.code).toBe('SHARE_REVOKED')
  })

  it('a deleted plan has no readable or writable results', async () => {
    await h.must('results', 'save', { planId, month: '2026-10', values: { 'team.posts': 3 }, baseRev: 0 })
    await h.must('plan', 'delete', { planId })
    const r = await h.call('results', 'list', { planId })
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND')
  })

  it('caps the months a plan keeps', async () => {
    for (let i = 0; i < 60; i++) {
      const month = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
      await h.must('results', 'save', { planId, month, values: { 'team.posts': i }, baseRev: 0 })
    }
    const r = await h.call('results', 'save', { planId, month: '2030-01', values: { 'team.posts': 1 }, baseRev: 0 })
    expect(r.ok ? 'ok' : r.error.code).toBe('LIMIT_EXCEEDED')
    expect((await h.must('results', 'list', { planId })).items).toHaveLength(60)
  }, 30_000)
})
