import type { Answers, PlanContent } from '@/core'
import { READ_CAP } from '../../cloudfunctions/store/port'
import type { DraftRecord, PlanRecord, ShareRecord, Store, VersionRecord } from '../../cloudfunctions/store/port'
import type { MonthRecord } from '../../cloudfunctions/store/results-port'
import type { ReminderRecord } from '../../cloudfunctions/store/reminders-port'
import type { CopyCheckRecord } from '../../cloudfunctions/store/copy-checks'
import { ADAPTERS, OTHER, OWNER, T0, makeHarness, purgeBatch } from './support/fixtures'
import type { Harness } from './support/fixtures'

/** One contract, both adapters: whatever the handlers rely on must hold for SQLite and the cloud DB alike. */

const answers = (extra: Record<string, unknown> = {}) =>
  ({ name: '店', customerModel: 'toC', ...extra }) as unknown as Answers
const content = (extra: Record<string, unknown> = {}) =>
  ({
    rulebaseVersion: 'r1',
    computedAt: T0,
    sections: { a: { b: [1, 2, { c: 'd' }] } },
    ...extra,
  }) as unknown as PlanContent

function plan(overrides: Partial<PlanRecord> = {}): PlanRecord {
  return {
    id: 'p_1',
    ownerId: OWNER,
    name: '老街面馆',
    industry: 'catering',
    answers: answers(),
    targets: {},
    rev: 1,
    createdAt: T0,
    updatedAt: T0,
    rulebaseVersion: 'r1',
    computedAt: T0,
    savedAt: T0,
    version: 1,
    cause: 'create',
    restoredFrom: null,
    snapshot: null,
    events: [],
    deletedAt: null,
    ...overrides,
  }
}

function revision(version: number, overrides: Partial<VersionRecord> = {}): VersionRecord {
  return {
    planId: 'p_1',
    ownerId: OWNER,
    version,
    answers: answers(),
    rulebaseVersion: 'r1',
    computedAt: T0 + version,
    savedAt: T0 + version,
    cause: version === 1 ? 'create' : 'restore',
    restoredFrom: version === 1 ? null : 1,
    snapshot: version === 3 ? content() : null,
    ...overrides,
  }
}

function draft(overrides: Partial<DraftRecord> = {}): DraftRecord {
  return {
    ownerId: OWNER,
    planId: null,
    answers: { name: '半' },
    step: 0,
    version: 1,
    updatedAt: T0,
    baseRev: null,
    fromVersion: null,
    ...overrides,
  }
}

function share(token: string, overrides: Partial<ShareRecord> = {}): ShareRecord {
  return { token, planId: 'p_1', ownerId: OWNER, createdAt: T0, expiresAt: T0 + 1000, revokedAt: null, ...overrides }
}

function monthRecord(overrides: Partial<MonthRecord> = {}): MonthRecord {
  return {
    planId: 'p_1',
    ownerId: OWNER,
    month: '2026-09',
    values: { 'team.posts': 8 },
    rev: 1,
    updatedAt: T0,
    ...overrides,
  }
}

function reminder(overrides: Partial<ReminderRecord> = {}): ReminderRecord {
  return {
    id: 'r_1',
    ownerId: OWNER,
    planId: 'p_1',
    templateId: 'T',
    status: 'banked',
    createdAt: T0,
    updatedAt: T0,
    reviewAt: null,
    error: null,
    seenAt: null,
    ...overrides,
  }
}

function copyCheck(id: string, overrides: Partial<CopyCheckRecord> = {}): CopyCheckRecord {
  return {
    id,
    planId: 'p_1',
    ownerId: OWNER,
    text: '全城最好吃的面，转发到朋友圈领红包\n第二行',
    industry: 'catering',
    marks: [{ phrase: '国家级非遗', kind: 'certified' }],
    counts: { high: 1, medium: 1, low: 0, total: 2 },
    categories: ['诱导分享', '绝对化用语'],
    savedAt: T0,
    ...overrides,
  }
}

describe.each(ADAPTERS)('store contract: %s', (adapter) => {
  let h: Harness
  let store: Store
  beforeEach(() => {
    h = makeHarness(adapter)
    store = h.store
  })
  afterEach(() => h.close())

  describe('plans', () => {
    it('round-trips a record exactly, and refuses a second insert with the same id', async () => {
      const p = plan({ targets: { 'kpi.reads': 1000, $odd: 1, 'a.b.c': 0.5 } })
      expect(await store.plans.insert(p)).toBe('ok')
      expect(await store.plans.find(p.id)).toEqual(p)
      expect(await store.plans.insert(plan({ name: 'other' }))).toBe('conflict')
      expect((await store.plans.find(p.id))?.name).toBe('老街面馆')
      expect(await store.plans.find('p_missing')).toBeNull()
    })

    it('replace writes only when owner and rev match; a stale writer changes nothing', async () => {
      await store.plans.insert(plan())
      expect(await store.plans.replace(plan({ rev: 2, name: 'v2' }), 1)).toBe('ok')
      expect(await store.plans.replace(plan({ rev: 2, name: 'stale' }), 1)).toBe('conflict')
      expect(await store.plans.replace(plan({ ownerId: OTHER, rev: 3, name: 'thief' }), 2)).toBe('conflict')
      expect(await store.plans.find('p_1')).toMatchObject({ rev: 2, name: 'v2', ownerId: OWNER })
    })

    it('replace replaces nested values wholesale: keys removed from answers/snapshot/targets are gone', async () => {
      await store.plans.insert(plan({ answers: answers({ extra: 'old' }), targets: { a: 1, b: 2 } }))
      const next = plan({
        rev: 2,
        answers: answers(),
        snapshot: content({ sections: { z: 1 } }),
        targets: { b: 3 },
        events: [{ kind: 'rename', at: T0, version: 1, name: 'x.y' }],
      })
      expect(await store.plans.replace(next, 1)).toBe('ok')
      expect(await store.plans.find('p_1')).toEqual(next)
    })

    it('lists live plans of one owner newest first, pages with a cursor, and caps one read at 100', async () => {
      for (let i = 0; i < 120; i++) {
        await store.plans.insert(plan({ id: `p_${String(i).padStart(3, '0')}`, updatedAt: T0 + Math.floor(i / 2) }))
      }
      await store.plans.insert(plan({ id: 'p_other', ownerId: OTHER, updatedAt: T0 + 999 }))
      await store.plans.insert(plan({ id: 'p_gone', updatedAt: T0 + 998, deletedAt: T0 }))
      const first = await store.plans.listLive(OWNER, 500)
      expect(first).toHaveLength(READ_CAP)
      expect(first[0]).toEqual({
        id: 'p_119',
        name: '老街面馆',
        industry: 'catering',
        updatedAt: T0 + 59,
        rev: 1,
        version: 1,
      })
      expect(first[1].id).toBe('p_118')
      const last = first[first.length - 1]
      const rest = await store.plans.listLive(OWNER, 100, { updatedAt: last.updatedAt, id: last.id })
      expect(rest).toHaveLength(20)
      const all = [...first, ...rest].map((p) => p.id)
      expect(new Set(all).size).toBe(120)
      expect(all).not.toContain('p_other')
      expect(all).not.toContain('p_gone')
      // strictly newest-first by (updatedAt, id)
      const keys = [...first, ...rest].map((p) => [p.updatedAt, p.id] as const)
      for (let i = 1; i < keys.length; i++) {
        const [u0, i0] = keys[i - 1]
        const [u1, i1] = keys[i]
        expect(u0 > u1 || (u0 === u1 && i0 > i1)).toBe(true)
      }
    })

    it('counts live plans and those deleted after a time', async () => {
      await store.plans.insert(plan({ id: 'p_a' }))
      await store.plans.insert(plan({ id: 'p_b', deletedAt: T0 - 10 }))
      await store.plans.insert(plan({ id: 'p_c', deletedAt: T0 + 10 }))
      await store.plans.insert(plan({ id: 'p_d', ownerId: OTHER }))
      expect(await store.plans.countKept(OWNER, T0)).toBe(2)
      expect(await store.plans.countKept(OWNER, T0 - 100)).toBe(3)
      expect(await store.plans.countKept(OTHER, T0)).toBe(1)
    })

    it('sums the stored bytes of the same plans it counts, a plan without a count as 0, and keeps the count', async () => {
      await store.plans.insert(plan({ id: 'p_a', storedBytes: 1000 }))
      await store.plans.insert(plan({ id: 'p_b', deletedAt: T0 - 10, storedBytes: 20 }))
      await store.plans.insert(plan({ id: 'p_c', deletedAt: T0 + 10, storedBytes: 300 }))
      await store.plans.insert(plan({ id: 'p_d', ownerId: OTHER, storedBytes: 4 }))
      await store.plans.insert(plan({ id: 'p_e' }))
      expect(await store.plans.storedBytes(OWNER, T0)).toBe(1300)
      expect(await store.plans.storedBytes(OWNER, T0 - 100)).toBe(1320)
      expect(await store.plans.storedBytes(OTHER, T0)).toBe(4)
      expect(await store.plans.storedBytes('o_nobody', T0)).toBe(0)
      expect((await store.plans.find('p_a')) as PlanRecord).toMatchObject({ storedBytes: 1000 })
      expect((await store.plans.find('p_e')) as PlanRecord).not.toHaveProperty('storedBytes')
      await store.plans.replace(plan({ id: 'p_a', rev: 2, storedBytes: 1500 }), 1)
      expect(await store.plans.storedBytes(OWNER, T0)).toBe(1800)
    })

    it('sums past one read of 100 plans', async () => {
      for (let i = 0; i < READ_CAP + 5; i++)
        await store.plans.insert(plan({ id: `p_${String(i).padStart(3, '0')}`, storedBytes: 10 }))
      expect(await store.plans.storedBytes(OWNER, T0)).toBe((READ_CAP + 5) * 10)
    })

    it('of two writers at the same rev exactly one wins', async () => {
      await store.plans.insert(plan())
      const results = await Promise.all([
        store.plans.replace(plan({ rev: 2, name: 'A' }), 1),
        store.plans.replace(plan({ rev: 2, name: 'B' }), 1),
      ])
      expect([...results].sort()).toEqual(['conflict', 'ok'])
      const winner = results[0] === 'ok' ? 'A' : 'B'
      expect((await store.plans.find('p_1'))?.name).toBe(winner)
    })
  })

  describe('versions', () => {
    it('puts idempotently, finds by (plan, version), lists newest first with their causes', async () => {
      for (const rev of [1, 2, 3]) await store.versions.put(revision(rev))
      await store.versions.put(revision(2))
      expect(await store.versions.count('p_1')).toBe(3)
      expect(await store.versions.find('p_1', 2)).toEqual(revision(2))
      expect(await store.versions.find('p_1', 9)).toBeNull()
      expect(await store.versions.find('p_2', 2)).toBeNull()
      expect(await store.versions.list('p_1', 10)).toEqual(
        [3, 2, 1].map((version) => ({
          version,
          savedAt: T0 + version,
          rulebaseVersion: 'r1',
          cause: version === 1 ? 'create' : 'restore',
          restoredFrom: version === 1 ? null : 1,
        })),
      )
      expect(await store.versions.list('p_1', 2)).toHaveLength(2)
    })

    it('caps a read at 100', async () => {
      for (let rev = 1; rev <= 105; rev++) await store.versions.put(revision(rev))
      expect(await store.versions.list('p_1', 1000)).toHaveLength(READ_CAP)
    })
  })

  describe('drafts', () => {
    it('creates once, replaces only at the expected version, removes', async () => {
      const d = draft({
        answers: { name: '', ageBands: ['18-25', 'x.y'], weeklyCapacity: 3, httpsAll: false, followers: null },
      })
      expect(await store.drafts.create(d)).toBe('ok')
      expect(await store.drafts.create(draft({ answers: { name: 'second phone' } }))).toBe('conflict')
      expect(await store.drafts.find(OWNER, null)).toEqual(d)
      expect(await store.drafts.replace(draft({ version: 2, answers: { name: 'v2' } }), 1)).toBe('ok')
      expect(await store.drafts.replace(draft({ version: 2, answers: { name: 'stale' } }), 1)).toBe('conflict')
      expect(await store.drafts.find(OWNER, null)).toMatchObject({ version: 2, answers: { name: 'v2' } })
      expect(await store.drafts.remove(OWNER, null)).toBe(true)
      expect(await store.drafts.remove(OWNER, null)).toBe(false)
      expect(await store.drafts.find(OWNER, null)).toBeNull()
    })

    it('stores the revision an edit draft started from, through create and replace', async () => {
      await store.drafts.create(draft({ planId: 'p_1', baseRev: 3 }))
      expect((await store.drafts.find(OWNER, 'p_1'))?.baseRev).toBe(3)
      expect(await store.drafts.replace(draft({ planId: 'p_1', version: 2, baseRev: 4 }), 1)).toBe('ok')
      expect((await store.drafts.find(OWNER, 'p_1'))?.baseRev).toBe(4)
    })

    it('stores the version an edit draft started from, through create and replace; an older draft reads null', async () => {
      await store.drafts.create(draft({ planId: 'p_1', baseRev: 3, fromVersion: 2 }))
      expect(await store.drafts.find(OWNER, 'p_1')).toMatchObject({ baseRev: 3, fromVersion: 2 })
      expect(await store.drafts.replace(draft({ planId: 'p_1', version: 2, baseRev: 4, fromVersion: 3 }), 1)).toBe('ok')
      expect(await store.drafts.find(OWNER, 'p_1')).toMatchObject({ baseRev: 4, fromVersion: 3 })
      // A draft written before the field existed has none: it reads as null, never undefined.
      const { fromVersion: _none, ...older } = draft({ planId: 'p_2', baseRev: 1 })
      await store.drafts.create(older as DraftRecord)
      expect((await store.drafts.find(OWNER, 'p_2'))?.fromVersion).toBeNull()
    })

    it('keeps drafts apart per owner and per plan', async () => {
      await store.drafts.create(draft())
      await store.drafts.create(draft({ planId: 'p_1', answers: { name: 'edit' } }))
      await store.drafts.create(draft({ ownerId: OTHER, answers: { name: 'theirs' } }))
      expect((await store.drafts.find(OWNER, 'p_1'))?.answers).toEqual({ name: 'edit' })
      expect((await store.drafts.find(OTHER, null))?.answers).toEqual({ name: 'theirs' })
      expect(await store.drafts.find(OTHER, 'p_1')).toBeNull()
      expect(await store.drafts.remove(OTHER, 'p_1')).toBe(false)
      expect(await store.drafts.find(OWNER, 'p_1')).not.toBeNull()
    })

    it('two phones creating the first draft at once: one wins', async () => {
      const results = await Promise.all([
        store.drafts.create(draft({ answers: { name: 'A' } })),
        store.drafts.create(draft({ answers: { name: 'B' } })),
      ])
      expect([...results].sort()).toEqual(['conflict', 'ok'])
    })
  })

  describe('purge of deleted plans', () => {
    const CUTOFF = T0 - 1000

    /** A plan with two revisions, two share links, two months of results, a reminder, the owner's draft for it. */
    async function seed(id: string, deletedAt: number | null, ownerId = OWNER): Promise<void> {
      expect(await store.plans.insert(plan({ id, ownerId, deletedAt }))).toBe('ok')
      for (const rev of [1, 2]) await store.versions.put(revision(rev, { planId: id, ownerId }))
      for (const n of [1, 2]) await store.shares.insert(share(`tok_${id}_${n}`, { planId: id, ownerId }))
      for (const month of ['2026-08', '2026-09'])
        await store.results.insert(monthRecord({ planId: id, ownerId, month }))
      await store.reminders.insert(reminder({ id: `r_${id}`, planId: id, ownerId }))
      expect(await store.drafts.create(draft({ ownerId, planId: id }))).toBe('ok')
      expect(await store.copyChecks.insert(copyCheck(`c_${id}`, { planId: id, ownerId }))).toBe('ok')
    }

    async function remains(id: string, ownerId = OWNER) {
      return {
        plan: (await store.plans.find(id)) !== null,
        revisions: await store.versions.count(id),
        shares: await store.shares.countByPlan(id),
        draft: (await store.drafts.find(ownerId, id)) !== null,
        results: await store.results.count(id),
        reminders: (await store.reminders.listForPlan(ownerId, id)).length,
        checks: await store.copyChecks.countByPlan(id),
      }
    }
    const all = { plan: true, revisions: 2, shares: 2, draft: true, results: 2, reminders: 1, checks: 1 }
    const none = { plan: false, revisions: 0, shares: 0, draft: false, results: 0, reminders: 0, checks: 0 }

    it('removes plans deleted at or before the cutoff with their revisions, links, results, reminders and drafts; nothing else', async () => {
      await seed('p_old', CUTOFF - 5 * 24 * 3600 * 1000)
      await seed('p_edge', CUTOFF)
      await seed('p_theirs', CUTOFF - 1, OTHER)
      await seed('p_recent', CUTOFF + 1)
      await seed('p_live', null)
      await store.drafts.create(draft({ answers: { name: 'wizard' } }))
      expect(await store.plans.purgeDeleted(CUTOFF, 100)).toEqual({
        plans: 3,
        revisions: 6,
        shares: 6,
        drafts: 3,
        results: 6,
        reminders: 3,
        copyChecks: 3,
        more: false,
      })
      for (const id of ['p_old', 'p_edge']) expect(await remains(id)).toEqual(none)
      expect(await remains('p_theirs', OTHER)).toEqual(none)
      expect(await remains('p_recent')).toEqual(all)
      expect(await remains('p_live')).toEqual(all)
      expect((await store.drafts.find(OWNER, null))?.answers).toEqual({ name: 'wizard' })
      expect(await store.plans.countKept(OWNER, CUTOFF)).toBe(2)
    })

    it('is idempotent: a second call finds nothing and changes nothing', async () => {
      await seed('p_old', CUTOFF - 1)
      await seed('p_live', null)
      expect((await store.plans.purgeDeleted(CUTOFF, 100)).plans).toBe(1)
      const empty = purgeBatch()
      expect(await store.plans.purgeDeleted(CUTOFF, 100)).toEqual(empty)
      expect(await store.plans.purgeDeleted(CUTOFF, 100)).toEqual(empty)
      expect(await remains('p_live')).toEqual(all)
    })

    it('finishes a plan whose children an earlier, interrupted call already removed', async () => {
      // What a timeout between the child removals and the plan removal leaves behind.
      await store.plans.insert(plan({ id: 'p_half', deletedAt: CUTOFF - 1 }))
      await store.shares.insert(share('tok_half', { planId: 'p_half' }))
      expect(await store.plans.purgeDeleted(CUTOFF, 100)).toEqual(purgeBatch({ plans: 1, shares: 1 }))
      expect(await store.plans.find('p_half')).toBeNull()
    })

    it(`works through more than ${READ_CAP} expired plans in bounded calls, oldest first`, async () => {
      const total = READ_CAP + 30
      for (let i = 0; i < total; i++) {
        const id = `p_${String(i).padStart(3, '0')}`
        await store.plans.insert(plan({ id, deletedAt: CUTOFF - total + i }))
        await store.versions.put(revision(1, { planId: id }))
      }
      await store.plans.insert(plan({ id: 'p_live' }))
      const first = await store.plans.purgeDeleted(CUTOFF, 1000)
      expect(first).toEqual(purgeBatch({ plans: READ_CAP, revisions: READ_CAP, more: true }))
      // the oldest went first
      expect(await store.plans.find('p_000')).toBeNull()
      expect(await store.plans.find(`p_${total - 1}`)).not.toBeNull()
      expect(await store.plans.purgeDeleted(CUTOFF, 1000)).toEqual(purgeBatch({ plans: 30, revisions: 30 }))
      expect((await store.plans.purgeDeleted(CUTOFF, 1000)).plans).toBe(0)
      expect(await store.plans.countKept(OWNER, 0)).toBe(1)
      expect(await store.plans.find('p_live')).not.toBeNull()
    })

    it('honours a smaller limit and says when a batch was full', async () => {
      for (const id of ['p_a', 'p_b', 'p_c']) await store.plans.insert(plan({ id, deletedAt: CUTOFF - 1 }))
      expect(await store.plans.purgeDeleted(CUTOFF, 2)).toMatchObject({ plans: 2, more: true })
      expect(await store.plans.purgeDeleted(CUTOFF, 2)).toMatchObject({ plans: 1, more: false })
    })
  })

  describe('shares', () => {
    it('inserts, finds, lists newest first, counts live ones, revokes once', async () => {
      await store.shares.insert(share('tok_a', { createdAt: T0 }))
      await store.shares.insert(share('tok_b', { createdAt: T0 + 1, expiresAt: T0 + 5 }))
      await store.shares.insert(share('tok_c', { createdAt: T0 + 2, planId: 'p_2' }))
      expect(await store.shares.insert(share('tok_a'))).toBe('conflict')
      expect(await store.shares.find('tok_a')).toEqual(share('tok_a'))
      expect(await store.shares.find('nope')).toBeNull()
      expect((await store.shares.listByPlan('p_1', 10)).map((s) => s.token)).toEqual(['tok_b', 'tok_a'])
      expect(await store.shares.countByPlan('p_1')).toBe(2)
      expect(await store.shares.countByPlan('p_1', T0 + 5)).toBe(1)
      await store.shares.revoke('tok_a', T0 + 7)
      await store.shares.revoke('tok_a', T0 + 9)
      expect((await store.shares.find('tok_a'))?.revokedAt).toBe(T0 + 7)
      expect(await store.shares.countByPlan('p_1', T0)).toBe(1)
    })
  })

  describe('reminders', () => {
    it('inserts once per id; lists one owner’s plan newest first, never another owner’s', async () => {
      expect(await store.reminders.insert(reminder())).toBe('ok')
      expect(await store.reminders.insert(reminder({ planId: 'p_other' }))).toBe('conflict')
      await store.reminders.insert(reminder({ id: 'r_2', createdAt: T0 + 5 }))
      await store.reminders.insert(reminder({ id: 'r_3', ownerId: OTHER, createdAt: T0 + 9 }))
      expect((await store.reminders.listForPlan(OWNER, 'p_1')).map((r) => r.id)).toEqual(['r_2', 'r_1'])
      expect(await store.reminders.listForPlan(OWNER, 'p_1')).toContainEqual(reminder())
      expect((await store.reminders.listForPlan(OTHER, 'p_1')).map((r) => r.id)).toEqual(['r_3'])
    })

    it('lists banked ones oldest first within the limit, across owners', async () => {
      await store.reminders.insert(reminder({ id: 'r_b', createdAt: T0 + 2 }))
      await store.reminders.insert(reminder({ id: 'r_a', createdAt: T0 + 1, ownerId: OTHER }))
      await store.reminders.insert(reminder({ id: 'r_s', createdAt: T0, status: 'sent' }))
      expect((await store.reminders.listBanked(10)).map((r) => r.id)).toEqual(['r_a', 'r_b'])
      expect((await store.reminders.listBanked(1)).map((r) => r.id)).toEqual(['r_a'])
    })

    it('moves a reminder only from the status it is in: two runs cannot both claim it', async () => {
      await store.reminders.insert(reminder())
      const sending = reminder({ status: 'sending', reviewAt: T0 + 100, updatedAt: T0 + 1 })
      expect(await store.reminders.transition(sending, 'banked')).toBe('ok')
      expect(await store.reminders.transition(sending, 'banked')).toBe('conflict')
      expect(await store.reminders.transition({ ...sending, ownerId: OTHER, status: 'sent' }, 'sending')).toBe(
        'conflict',
      )
      const sent = { ...sending, status: 'sent' as const, updatedAt: T0 + 2 }
      expect(await store.reminders.transition(sent, 'sending')).toBe('ok')
      expect(await store.reminders.listForPlan(OWNER, 'p_1')).toEqual([sent])
      expect(await store.reminders.listBanked(10)).toEqual([])
    })

    it('a sent reminder is unseen (the in-app notice) until marked seen', async () => {
      await store.reminders.insert(reminder({ id: 'r_sent', status: 'sent' }))
      await store.reminders.insert(reminder({ id: 'r_failed', status: 'failed' }))
      await store.reminders.insert(reminder({ id: 'r_theirs', status: 'sent', ownerId: OTHER }))
      expect((await store.reminders.listUnseen(OWNER)).map((r) => r.id)).toEqual(['r_sent'])
      const seen = reminder({ id: 'r_sent', status: 'sent', seenAt: T0 + 3 })
      expect(await store.reminders.transition(seen, 'sent')).toBe('ok')
      expect(await store.reminders.listUnseen(OWNER)).toEqual([])
      expect((await store.reminders.listUnseen(OTHER)).map((r) => r.id)).toEqual(['r_theirs'])
    })
  })

  describe('saved copy checks', () => {
    it("inserts, lists a plan's checks newest first with every field as stored, counts them", async () => {
      expect(await store.copyChecks.insert(copyCheck('c_a', { savedAt: T0 }))).toBe('ok')
      expect(await store.copyChecks.insert(copyCheck('c_b', { savedAt: T0 + 1, industry: null, marks: [] }))).toBe('ok')
      expect(await store.copyChecks.insert(copyCheck('c_c', { savedAt: T0 + 2, planId: 'p_2' }))).toBe('ok')
      expect(await store.copyChecks.insert(copyCheck('c_a', { text: '另一段' }))).toBe('conflict')
      expect(await store.copyChecks.listByPlan('p_1', 10)).toEqual([
        copyCheck('c_b', { savedAt: T0 + 1, industry: null, marks: [] }),
        copyCheck('c_a', { savedAt: T0 }),
      ])
      expect(await store.copyChecks.countByPlan('p_1')).toBe(2)
      expect(await store.copyChecks.countByPlan('p_2')).toBe(1)
      expect(await store.copyChecks.countByPlan('p_none')).toBe(0)
      expect((await store.copyChecks.listByPlan('p_1', 1)).map((c) => c.id)).toEqual(['c_b'])
    })

    it('orders checks saved in the same millisecond by id, and caps a read at ' + READ_CAP, async () => {
      for (let i = 0; i < READ_CAP + 5; i++) await store.copyChecks.insert(copyCheck(`c_${String(i).padStart(3, '0')}`))
      const listed = await store.copyChecks.listByPlan('p_1', 1000)
      expect(listed).toHaveLength(READ_CAP)
      expect(listed[0].id).toBe(`c_${READ_CAP + 4}`)
    })

    it('removes one check only for its owner and its plan', async () => {
      await store.copyChecks.insert(copyCheck('c_a'))
      expect(await store.copyChecks.remove(OTHER, 'p_1', 'c_a')).toBe(false)
      expect(await store.copyChecks.remove(OWNER, 'p_2', 'c_a')).toBe(false)
      expect(await store.copyChecks.countByPlan('p_1')).toBe(1)
      expect(await store.copyChecks.remove(OWNER, 'p_1', 'c_a')).toBe(true)
      expect(await store.copyChecks.remove(OWNER, 'p_1', 'c_a')).toBe(false)
      expect(await store.copyChecks.listByPlan('p_1', 10)).toEqual([])
    })
  })
})

describe('cloud adapter: a purge cut short', () => {
  // The cloud database has no transactions: this is the case the children-first order is for.
  it.each(['versions', 'revisions', 'shares', 'drafts', 'copyChecks', 'plans'])(
    'a failure removing %s loses nothing: the next call finishes the job',
    async (failing) => {
      const h = makeHarness('clouddb')
      const { store } = h
      await store.plans.insert(plan({ id: 'p_old', deletedAt: T0 - 10 }))
      await store.versions.put(revision(1, { planId: 'p_old' }))
      await store.shares.insert(share('tok_old', { planId: 'p_old' }))
      await store.drafts.create(draft({ planId: 'p_old' }))
      await store.copyChecks.insert(copyCheck('c_old', { planId: 'p_old' }))
      h.backend!.failWhen = (action, collection) => action === 'database.removeDocument' && collection === failing
      await expect(store.plans.purgeDeleted(T0, 100)).rejects.toBeTruthy()
      expect(h.backend!.failWhen).toBeNull()
      // The plan is still there to be found, so nothing it owned is orphaned.
      expect(await store.plans.find('p_old')).not.toBeNull()
      await store.plans.purgeDeleted(T0, 100)
      expect(await store.plans.find('p_old')).toBeNull()
      expect(await store.versions.count('p_old')).toBe(0)
      expect(await store.shares.countByPlan('p_old')).toBe(0)
      expect(await store.drafts.find(OWNER, 'p_old')).toBeNull()
      expect(await store.copyChecks.countByPlan('p_old')).toBe(0)
      for (const name of ['plans', 'versions', 'revisions', 'shares', 'drafts', 'copyChecks'])
        expect(h.backend!.dump(name)).toEqual([])
      await h.close()
    },
  )
})
