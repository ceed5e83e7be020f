import { ERROR_CODES } from '@/core'
import { LIMITS, TOKEN_PATTERN } from '@/core/api'
import type { PlanView } from '@/core/api'
import { purgeExpiredPlans } from '../../cloudfunctions/handlers'
import { READ_CAP } from '../../cloudfunctions/store/port'
import type { PlanRecord } from '../../cloudfunctions/store/port'
import {
  ADAPTERS,
  DAY,
  OTHER,
  OWNER,
  changedAnswers,
  contentOf,
  emptyPurge,
  makeHarness,
  sampleAnswers,
} from './support/fixtures'
import type { Harness } from './support/fixtures'

describe.each(ADAPTERS)('handlers on %s', (adapter) => {
  let h: Harness
  beforeEach(() => {
    h = makeHarness(adapter)
  })
  afterEach(() => h.close())

  const create = (answers = sampleAnswers(), openid = OWNER) => h.must('plan', 'create', { answers }, openid)

  describe('plan.create / get', () => {
    it('computes and stores a plan the owner can read back', async () => {
      const plan = await create()
      expect(plan.id).toMatch(/^p_[A-Za-z0-9_-]+$/)
      expect(plan).toMatchObject({ name: '老街面馆', rev: 1, version: 1, cause: 'create', previous: null, targets: {} })
      expect(plan.rulebaseVersion).toBe(contentOf(plan).rulebaseVersion)
      expect(plan.computedAt).toBe(h.clock.now())
      expect(plan.createdAt).toBe(h.clock.now())
      const got = await h.must('plan', 'get', { planId: plan.id })
      expect(got).toEqual(plan)
    })

    it('rejects invalid answers with field paths under answers.', async () => {
      const r = await h.call('plan', 'create', { answers: { ...sampleAnswers(), name: '' } })
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(r.error.code).toBe('INVALID_INPUT')
      expect(r.error.fields?.map((f) => f.path)).toContain('answers.name')
      expect(r.error.fields?.every((f) => /[\u4e00-\u9fff]/.test(f.message))).toBe(true)
    })

    it('refuses answers over 16 KB with LIMIT_EXCEEDED', async () => {
      const r = await h.call('plan', 'create', {
        answers: { ...sampleAnswers(), junk: 'x'.repeat(LIMITS.answersBytes) },
      })
      expect(!r.ok && r.error.code).toBe('LIMIT_EXCEEDED')
    })

    it('does not return a stack or internals when something breaks', async () => {
      h.ctx.store.plans.insert = async () => {
        throw new Error('disk on fire at /secret/path')
      }
      const r = await h.call('plan', 'create', { answers: sampleAnswers() })
      expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } })
      expect(JSON.stringify(r)).not.toContain('secret')
    })
  })

  describe('plan.list', () => {
    it('lists newest-updated first with industry, and pages with a cursor', async () => {
      const ids: string[] = []
      for (let i = 0; i < 5; i++) {
        ids.push((await create(sampleAnswers({ name: `店${i}` }))).id)
        h.clock.advance(1000)
      }
      await create(sampleAnswers({ name: '别人的' }), OTHER)
      const page1 = await h.must('plan', 'list', { limit: 2 })
      expect(page1.items.map((p) => p.name)).toEqual(['店4', '店3'])
      expect(page1.items[0]).toEqual({
        id: ids[4],
        name: '店4',
        industry: expect.any(String),
        industryLabel: expect.any(String),
        updatedAt: expect.any(Number),
        rev: 1,
        version: 1,
      })
      const page2 = await h.must('plan', 'list', { limit: 2, cursor: page1.nextCursor })
      const page3 = await h.must('plan', 'list', { limit: 2, cursor: page2.nextCursor })
      expect([...page2.items, ...page3.items].map((p) => p.name)).toEqual(['店2', '店1', '店0'])
      expect(page3.nextCursor).toBeNull()
      expect((await h.must('plan', 'list', undefined)).items).toHaveLength(5)
    })

    it('orders plans with the same updatedAt deterministically without skipping any', async () => {
      for (let i = 0; i < 7; i++) await create(sampleAnswers({ name: `同时${i}` }))
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = await h.must('plan', 'list', {
          limit: 3,
          cursor,
        })
        seen.push(...page.items.map((p) => p.id))
        cursor = page.nextCursor
      } while (cursor)
      expect(new Set(seen).size).toBe(7)
    })

    it('moves an updated plan to the top', async () => {
      const a = await create(sampleAnswers({ name: 'A' }))
      h.clock.advance(1000)
      await create(sampleAnswers({ name: 'B' }))
      h.clock.advance(1000)
      await h.must('plan', 'rename', { planId: a.id, name: 'A2', baseRev: 1 })
      expect((await h.must('plan', 'list', {})).items.map((p) => p.name)).toEqual(['A2', 'B'])
    })

    it('rejects a forged cursor and a limit over 100', async () => {
      expect(await h.call('plan', 'list', { cursor: 'zzz' })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
      expect(await h.call('plan', 'list', { limit: 101 })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
    })
  })

  describe('rename / update / setTargets with rev', () => {
    it('rename bumps rev; a stale baseRev gets CONFLICT with currentRev and changes nothing', async () => {
      const plan = await create()
      const renamed = await h.must('plan', 'rename', { planId: plan.id, name: '  新名字 ', baseRev: 1 })
      expect(renamed).toMatchObject({ name: '新名字', rev: 2 })
      const stale = await h.call('plan', 'rename', { planId: plan.id, name: '旧手机', baseRev: 1 })
      expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentRev: 2, currentVersion: 1 } })
      expect((await h.must('plan', 'get', { planId: plan.id })).name).toBe('新名字')
    })

    it('update makes the next version, hands back the previous one, and keeps version 1 readable', async () => {
      const plan = await create()
      h.clock.advance(DAY)
      const next = changedAnswers(plan.answers)
      const updated = await h.must('plan', 'update', { planId: plan.id, answers: next, baseRev: 1 })
      expect(updated).toMatchObject({ rev: 2, version: 2, cause: 'edit', answers: next, computedAt: h.clock.now() })
      expect(updated.previous).toMatchObject({ version: 1, answers: plan.answers, computedAt: plan.computedAt })
      expect(updated.updatedAt).toBe(h.clock.now())
      const list = await h.must('plan', 'versions', { planId: plan.id })
      expect(list.items.map((r) => [r.version, r.current])).toEqual([
        [2, true],
        [1, false],
      ])
      const old = await h.must('plan', 'version', { planId: plan.id, version: 1 })
      expect(old).toMatchObject({ version: 1, answers: plan.answers, current: false, previous: null })
      expect(contentOf(old)).toEqual(contentOf(plan))
      const cur = await h.must('plan', 'version', { planId: plan.id, version: 2 })
      expect(cur).toMatchObject({ version: 2, answers: next, current: true, previous: { version: 1 } })
      expect(await h.call('plan', 'version', { planId: plan.id, version: 3 })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
    })

    it('targets, renames, delete and restore bump rev but not the version, and are recorded as events', async () => {
      const plan = await create()
      const kpi = (contentOf(plan).kpis[0] as { id: string }).id
      h.clock.advance(1000)
      const t = await h.must('plan', 'setTargets', { planId: plan.id, baseRev: 1, targets: { [kpi]: 5 } })
      h.clock.advance(1000)
      const r = await h.must('plan', 'rename', { planId: plan.id, name: '总店', baseRev: t.rev })
      await h.must('plan', 'delete', { planId: plan.id })
      const back = await h.must('plan', 'restore', { planId: plan.id })
      expect(back).toMatchObject({ version: 1, rev: r.rev + 2, name: '总店' })
      expect(back.events.map((e) => [e.kind, e.version])).toEqual([
        ['restore', 1],
        ['delete', 1],
        ['rename', 1],
        ['targets', 1],
      ])
      expect(back.events[2]).toMatchObject({ name: '总店', at: h.clock.now() })
      expect((await h.must('plan', 'versions', { planId: plan.id })).items).toHaveLength(1)
    })

    it('restoreVersion makes an old version the newest, with the same content', async () => {
      const plan = await create()
      h.clock.advance(DAY)
      const v2 = await h.must('plan', 'update', { planId: plan.id, answers: changedAnswers(plan.answers), baseRev: 1 })
      h.clock.advance(DAY)
      const v3 = await h.must('plan', 'restoreVersion', { planId: plan.id, version: 1, baseRev: v2.rev })
      expect(v3).toMatchObject({ version: 3, cause: 'restore', restoredFrom: 1, answers: plan.answers })
      expect(v3.previous).toMatchObject({ version: 2 })
      expect(contentOf(v3)).toEqual(contentOf(plan))
      const stale = await h.call('plan', 'restoreVersion', { planId: plan.id, version: 2, baseRev: v2.rev })
      expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
      const same = await h.call('plan', 'restoreVersion', { planId: plan.id, version: 3, baseRev: v3.rev })
      expect(same).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      const missing = await h.call('plan', 'restoreVersion', { planId: plan.id, version: 9, baseRev: v3.rev })
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '找不到这个版本' } })
      expect((await h.must('plan', 'versions', { planId: plan.id })).items.map((v) => v.version)).toEqual([3, 2, 1])
    })

    it('upgrade recomputes the same answers under the current rule base as a new version', async () => {
      const plan = await create()
      const none = await h.must('plan', 'upgrade', { planId: plan.id, baseRev: plan.rev })
      expect(none.version).toBe(1)
      // A plan made by an older release (written as the store would hold it).
      const stored = await h.store.plans.find(plan.id)
      if (!stored || 'legacy' in stored) throw new Error('plan missing')
      await h.store.plans.replace({ ...stored, rulebaseVersion: '2026.11-2-old', rev: stored.rev + 1 }, stored.rev)
      h.clock.advance(DAY)
      const up = await h.must('plan', 'upgrade', { planId: plan.id, baseRev: stored.rev + 1 })
      expect(up).toMatchObject({ version: 2, cause: 'upgrade', computedAt: h.clock.now(), answers: plan.answers })
    })

    it('update replaces answers wholesale (no leftover keys from the old answers)', async () => {
      const plan = await create()
      const next = changedAnswers(plan.answers)
      await h.must('plan', 'update', { planId: plan.id, answers: next, baseRev: 1 })
      const got = await h.must('plan', 'get', { planId: plan.id })
      expect(got.answers).toEqual(next)
    })

    it('update with a stale rev is a CONFLICT naming the version shown, and archives nothing new', async () => {
      const plan = await create()
      const v2 = await h.must('plan', 'update', { planId: plan.id, answers: changedAnswers(plan.answers), baseRev: 1 })
      await h.must('plan', 'rename', { planId: plan.id, name: 'x', baseRev: v2.rev })
      const r = await h.call('plan', 'update', { planId: plan.id, answers: changedAnswers(), baseRev: 1 })
      // The token moved twice (update, rename); the owner's 第 N 版 only once.
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentRev: 3, currentVersion: 2 } })
      expect((await h.must('plan', 'versions', { planId: plan.id })).items).toHaveLength(2)
    })

    it('stops at the version limit with LIMIT_EXCEEDED', async () => {
      let plan: PlanView = await create()
      const a = plan.answers
      const b = changedAnswers(a)
      for (let i = 1; i < LIMITS.versionsPerPlan; i++) {
        plan = await h.must('plan', 'update', { planId: plan.id, answers: i % 2 ? a : b, baseRev: plan.rev })
      }
      const r = await h.call('plan', 'update', { planId: plan.id, answers: a, baseRev: plan.rev })
      expect(!r.ok && r.error.code).toBe('LIMIT_EXCEEDED')
      const revs = await h.must('plan', 'versions', { planId: plan.id })
      expect(revs.items).toHaveLength(LIMITS.versionsPerPlan)
      expect(revs.items.map((v) => v.version)).toEqual(
        Array.from({ length: LIMITS.versionsPerPlan }, (_, i) => LIMITS.versionsPerPlan - i),
      )
    }, 30000)

    it('setTargets stores bounded numeric targets by KPI id', async () => {
      const plan = await create()
      const kpis = (contentOf(plan) as unknown as { kpis?: { id: string }[] }).kpis
      const ids = kpis?.length ? kpis.slice(0, 2).map((k) => k.id) : ['reads', 'followers.new']
      const targets = { [ids[0]]: 1200, [ids[1] ?? ids[0]]: 0.35 }
      const r = await h.must('plan', 'setTargets', { planId: plan.id, baseRev: 1, targets })
      expect(r.targets).toEqual(targets)
      expect((await h.must('plan', 'get', { planId: plan.id })).targets).toEqual(targets)
      const bad = await h.call('plan', 'setTargets', {
        planId: plan.id,
        baseRev: 2,
        targets: { [ids[0]]: Number.POSITIVE_INFINITY },
      })
      expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT')
      const tooMany = Object.fromEntries(Array.from({ length: LIMITS.targets + 1 }, (_, i) => [`k${i}`, i]))
      const r2 = await h.call('plan', 'setTargets', { planId: plan.id, baseRev: 2, targets: tooMany })
      expect(!r2.ok && r2.error.code).toBe('INVALID_INPUT')
      if (kpis?.length) {
        const unknown = await h.call('plan', 'setTargets', {
          planId: plan.id,
          baseRev: 2,
          targets: { 'no.such.kpi': 1 },
        })
        expect(!unknown.ok && unknown.error.fields?.[0]?.path).toBe('targets.no.such.kpi')
      }
    })
  })

  describe('delete / restore', () => {
    it('hides a deleted plan from list and get, and restores it within 30 days', async () => {
      const plan = await create()
      const del = await h.must('plan', 'delete', { planId: plan.id })
      expect(del).toEqual({ planId: plan.id, deletedAt: h.clock.now(), restoreUntil: h.clock.now() + 30 * DAY })
      expect((await h.must('plan', 'list', {})).items).toHaveLength(0)
      expect(await h.call('plan', 'get', { planId: plan.id })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
      h.clock.advance(29 * DAY)
      const restored = await h.must('plan', 'restore', { planId: plan.id })
      expect(restored.name).toBe(plan.name)
      expect((await h.must('plan', 'list', {})).items).toHaveLength(1)
    })

    it('cannot restore after 30 days', async () => {
      const plan = await create()
      await h.must('plan', 'delete', { planId: plan.id })
      h.clock.advance(30 * DAY + 1)
      expect(await h.call('plan', 'restore', { planId: plan.id })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
    })

    it('an edit based on the pre-delete rev cannot resurrect the plan', async () => {
      const plan = await create()
      await h.must('plan', 'delete', { planId: plan.id })
      const r = await h.call('plan', 'rename', { planId: plan.id, name: 'zombie', baseRev: 1 })
      expect(!r.ok && r.error.code).toBe('NOT_FOUND')
      expect((await h.must('plan', 'list', {})).items).toHaveLength(0)
    })
  })

  describe('purge of expired plans (maintenance)', () => {
    const RESTORE_MS = LIMITS.restoreDays * DAY

    it('purges exactly what restore refuses: a plan restorable 1 ms earlier is untouched', async () => {
      const kept = await create()
      const gone = await create()
      await h.must('plan', 'update', { planId: gone.id, answers: changedAnswers(), baseRev: 1 })
      const { token } = await h.must('share', 'create', { planId: gone.id })
      await h.must('draft', 'save', { planId: gone.id, answers: { name: '改' }, step: 1 })
      await h.must('copy', 'save', { planId: gone.id, text: '转发到朋友圈领红包' })
      await h.must('copy', 'save', { planId: kept.id, text: '周末到店' })
      await h.must('plan', 'delete', { planId: kept.id })
      await h.must('plan', 'delete', { planId: gone.id })
      const live = await create()

      h.clock.advance(RESTORE_MS - 1)
      expect(await purgeExpiredPlans(h.ctx)).toEqual(emptyPurge({ cutoff: h.clock.now() - RESTORE_MS }))
      expect((await h.must('plan', 'restore', { planId: kept.id })).id).toBe(kept.id)

      h.clock.advance(1)
      expect(await h.call('plan', 'restore', { planId: gone.id })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
      expect(await purgeExpiredPlans(h.ctx)).toMatchObject({
        plans: 1,
        revisions: 1,
        shares: 1,
        drafts: 1,
        copyChecks: 1,
      })
      expect(await h.store.plans.find(gone.id)).toBeNull()
      expect(await h.store.copyChecks.countByPlan(gone.id)).toBe(0)
      expect((await h.must('copy', 'list', { planId: kept.id })).items.map((c) => c.text)).toEqual(['周末到店'])
      expect(await h.store.versions.count(gone.id)).toBe(0)
      expect(await h.store.drafts.find(OWNER, gone.id)).toBeNull()
      expect(await h.call('share', 'open', { token }, OTHER)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect(await h.store.shares.find(token)).toBeNull()
      // the restored plan and the live one are as they were
      expect((await h.must('plan', 'list', {})).items.map((p) => p.id).sort()).toEqual([kept.id, live.id].sort())
      expect(await purgeExpiredPlans(h.ctx)).toMatchObject({ plans: 0, complete: true })
    })

    it('stops after maxBatches and reports it; the next run goes on', async () => {
      const template = (await h.store.plans.find((await create()).id)) as PlanRecord
      for (let i = 0; i < READ_CAP + 5; i++) {
        await h.store.plans.insert({ ...template!, id: `p_bulk_${i}`, deletedAt: h.clock.now() })
      }
      h.clock.advance(RESTORE_MS)
      expect(await purgeExpiredPlans(h.ctx, { maxBatches: 1 })).toMatchObject({
        plans: READ_CAP,
        batches: 1,
        complete: false,
      })
      expect(await purgeExpiredPlans(h.ctx)).toMatchObject({ plans: 5, batches: 1, complete: true })
      expect((await h.must('plan', 'list', {})).items).toHaveLength(1)
    })

    it('is not an action any client can reach', async () => {
      for (const fn of ['maintenance', 'plan']) {
        for (const action of ['purge', 'purgeExpiredPlans', 'purgeDeleted']) {
          expect((await h.call(fn as 'plan', action as 'list', {})).ok).toBe(false)
        }
      }
      expect(await h.call('maintenance' as 'plan', 'purge' as 'list', {})).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
    })
  })

  describe('limits', () => {
    it('allows 200 plans per user (recently deleted ones count) then LIMIT_EXCEEDED', async () => {
      const answers = sampleAnswers()
      let first: PlanView | null = null
      for (let i = 0; i < LIMITS.plansPerUser; i++) {
        const p = await create(answers)
        first ??= p
      }
      expect(await h.call('plan', 'create', { answers })).toMatchObject({
        ok: false,
        error: { code: 'LIMIT_EXCEEDED' },
      })
      await h.must('plan', 'delete', { planId: first!.id })
      expect(await h.call('plan', 'create', { answers })).toMatchObject({
        ok: false,
        error: { code: 'LIMIT_EXCEEDED' },
      })
      h.clock.advance(31 * DAY)
      expect((await h.call('plan', 'create', { answers })).ok).toBe(true)
      // another user is not affected by the first user's quota
      expect((await h.call('plan', 'create', { answers }, OTHER)).ok).toBe(true)
    }, 60000)
  })

  describe('drafts', () => {
    it('keeps partial, not-yet-valid answers and versions each save', async () => {
      expect(await h.must('draft', 'get', {})).toBeNull()
      const s1 = await h.must('draft', 'save', { answers: { name: '', weeklyCapacity: 999 }, step: 0 })
      expect(s1.version).toBe(1)
      const s2 = await h.must('draft', 'save', { answers: { name: '半成', ageBands: ['x'] }, step: 1, baseVersion: 1 })
      expect(s2.version).toBe(2)
      expect(await h.must('draft', 'get', {})).toEqual({
        planId: null,
        answers: { name: '半成', ageBands: ['x'] },
        step: 1,
        version: 2,
        updatedAt: h.clock.now(),
        baseRev: null,
        fromVersion: null,
      })
      expect(await h.must('draft', 'discard', {})).toEqual({ discarded: true })
      expect(await h.must('draft', 'get', {})).toBeNull()
    })

    it('a stale baseVersion gets CONFLICT carrying the current draft, never an overwrite', async () => {
      await h.must('draft', 'save', { answers: { name: '手机A' }, step: 0 })
      await h.must('draft', 'save', { answers: { name: '手机A2' }, step: 1, baseVersion: 1 })
      const r = await h.call('draft', 'save', { answers: { name: '手机B' }, step: 0, baseVersion: 1 })
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', currentRev: 2, current: { answers: { name: '手机A2' }, version: 2 } },
      })
      const noBase = await h.call('draft', 'save', { answers: { name: '手机C' }, step: 0 })
      expect(noBase).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentRev: 2 } })
      expect((await h.must('draft', 'get', {}))?.answers).toEqual({ name: '手机A2' })
    })

    it('saving on top of a discarded draft is a CONFLICT with current: null', async () => {
      await h.must('draft', 'save', { answers: { name: 'x' }, step: 0 })
      await h.must('draft', 'discard', {})
      expect(await h.call('draft', 'save', { answers: { name: 'y' }, step: 0, baseVersion: 1 })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', currentRev: 0, current: null },
      })
    })

    it('keeps one draft per plan, separate from the new-plan draft, and only for own plans', async () => {
      const plan = await create()
      await h.must('draft', 'save', { answers: { name: '新' }, step: 0 })
      await h.must('draft', 'save', { answers: { name: '改' }, step: 3, planId: plan.id })
      expect((await h.must('draft', 'get', { planId: plan.id }))?.answers).toEqual({ name: '改' })
      expect((await h.must('draft', 'get', {}))?.answers).toEqual({ name: '新' })
      expect(await h.call('draft', 'save', { answers: {}, step: 0, planId: plan.id }, OTHER)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
      expect(await h.must('draft', 'get', { planId: plan.id }, OTHER)).toBeNull()
    })

    it('an edit draft remembers the plan revision it started from; a new-plan draft has none', async () => {
      const plan = await create()
      await h.must('draft', 'save', { answers: { name: '改' }, step: 0, planId: plan.id, baseRev: plan.rev })
      await h.must('draft', 'save', {
        answers: { name: '改2' },
        step: 1,
        planId: plan.id,
        baseVersion: 1,
        baseRev: plan.rev,
      })
      expect(await h.must('draft', 'get', { planId: plan.id })).toMatchObject({ baseRev: plan.rev, version: 2 })
      await h.must('draft', 'save', { answers: { name: '新' }, step: 0, baseRev: 7, fromVersion: 3 })
      expect(await h.must('draft', 'get', {})).toMatchObject({ baseRev: null, fromVersion: null })
    })

    it('rejects unknown question ids, oversized values and a huge draft', async () => {
      const cases = [
        { answers: { notAQuestion: 'x' }, step: 0 },
        { answers: { name: 'x'.repeat(2001) }, step: 0 },
        { answers: { ageBands: Array.from({ length: 21 }, () => 'a') }, step: 0 },
        { answers: { name: { nested: true } }, step: 0 },
        { answers: {}, step: -1 },
        { answers: {}, step: 1.5 },
      ]
      for (const input of cases) {
        const r = await h.call('draft', 'save', input)
        expect(!r.ok && r.error.code).toBe('INVALID_INPUT')
      }
    })
  })

  describe('shares', () => {
    it('creates an unguessable token that opens a read-only, ownerless view', async () => {
      const plan = await create()
      const share = await h.must('share', 'create', { planId: plan.id, expiresInDays: 7 })
      expect(share.token).toMatch(TOKEN_PATTERN)
      expect(share.token).toHaveLength(22)
      expect(share.expiresAt).toBe(h.clock.now() + 7 * DAY)
      const view = await h.must('share', 'open', { token: share.token }, OTHER)
      expect(view).toMatchObject({ name: plan.name, version: 1, answers: plan.answers, content: contentOf(plan) })
      expect(JSON.stringify(view)).not.toContain(OWNER)
      expect(view).not.toHaveProperty('id')
    })

    it('tokens are distinct and random', async () => {
      const plan = await create()
      const tokens = new Set<string>()
      for (let i = 0; i < 20; i++) tokens.add((await h.must('share', 'create', { planId: plan.id })).token)
      expect(tokens.size).toBe(20)
    })

    it('copy gives the caller their own plan; the original is untouched', async () => {
      const plan = await create()
      await h.must('plan', 'setTargets', { planId: plan.id, baseRev: 1, targets: {} })
      const { token } = await h.must('share', 'create', { planId: plan.id })
      const copy = await h.must('share', 'copy', { token }, OTHER)
      expect(copy.id).not.toBe(plan.id)
      expect(copy).toMatchObject({
        name: `${plan.name}（副本）`,
        rev: 1,
        answers: { ...plan.answers, name: `${plan.name}（副本）` },
      })
      expect((await h.must('plan', 'list', {}, OTHER)).items.map((p) => p.id)).toEqual([copy.id])
      await h.must('plan', 'rename', { planId: copy.id, name: '我的副本', baseRev: 1 }, OTHER)
      expect((await h.must('plan', 'get', { planId: plan.id })).name).toBe(plan.name)
    })

    it('expired and revoked tokens say so; revoke is idempotent', async () => {
      const plan = await create()
      const short = await h.must('share', 'create', { planId: plan.id, expiresInDays: 1 })
      const other = await h.must('share', 'create', { planId: plan.id })
      const first = await h.must('share', 'revoke', { planId: plan.id, token: other.token })
      h.clock.advance(1000)
      const again = await h.must('share', 'revoke', { planId: plan.id, token: other.token })
      expect(again.revokedAt).toBe(first.revokedAt)
      expect(await h.call('share', 'open', { token: other.token }, OTHER)).toMatchObject({
        ok: false,
        error: { code: 'SHARE_REVOKED' },
      })
      h.clock.advance(DAY)
      expect(await h.call('share', 'open', { token: short.token }, OTHER)).toMatchObject({
        ok: false,
        error: { code: 'SHARE_EXPIRED' },
      })
      expect(await h.call('share', 'copy', { token: short.token }, OTHER)).toMatchObject({
        ok: false,
        error: { code: 'SHARE_EXPIRED' },
      })
      const links = await h.must('share', 'list', { planId: plan.id })
      expect(links.items.map((l) => l.status).sort()).toEqual(['expired', 'revoked'])
    })

    it('a deleted plan is not readable through its token', async () => {
      const plan = await create()
      const { token } = await h.must('share', 'create', { planId: plan.id })
      await h.must('plan', 'delete', { planId: plan.id })
      expect(await h.call('share', 'open', { token }, OTHER)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    })

    it('allows 20 live links per plan', async () => {
      const plan = await create()
      const tokens: string[] = []
      for (let i = 0; i < LIMITS.liveSharesPerPlan; i++)
        tokens.push((await h.must('share', 'create', { planId: plan.id })).token)
      expect(await h.call('share', 'create', { planId: plan.id })).toMatchObject({
        ok: false,
        error: { code: 'LIMIT_EXCEEDED' },
      })
      await h.must('share', 'revoke', { planId: plan.id, token: tokens[0] })
      expect((await h.call('share', 'create', { planId: plan.id })).ok).toBe(true)
    })

    it('rejects malformed tokens and expiry out of 1..365', async () => {
      const plan = await create()
      for (const token of ['', 'short', 'a'.repeat(33), 'has space in it aaaaaaa', '../../../etc/passwd']) {
        expect(await h.call('share', 'open', { token })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      }
      for (const expiresInDays of [0, 366, 1.5, '7']) {
        expect(await h.call('share', 'create', { planId: plan.id, expiresInDays })).toMatchObject({
          ok: false,
          error: { code: 'INVALID_INPUT' },
        })
      }
      expect(await h.call('share', 'open', { token: 'A'.repeat(22) })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
    })
  })

  describe('router', () => {
    it('answers unknown functions, actions and malformed events with stable codes', async () => {
      const { dispatch } = await import('../../cloudfunctions/handlers')
      const cases: [string, unknown, string][] = [
        ['nope', { action: 'get', input: {} }, 'NOT_FOUND'],
        ['plan', { action: 'constructor', input: {} }, 'INVALID_INPUT'],
        ['plan', { action: '__proto__', input: {} }, 'INVALID_INPUT'],
        ['plan', { action: 'toString' }, 'INVALID_INPUT'],
        ['plan', null, 'INVALID_INPUT'],
        ['plan', 'list', 'INVALID_INPUT'],
        ['plan', { input: {} }, 'INVALID_INPUT'],
        ['__proto__', { action: 'list' }, 'NOT_FOUND'],
      ]
      for (const [fn, event, code] of cases) {
        const r = await dispatch(fn, { openid: OWNER }, event, h.ctx)
        expect([fn, !r.ok && r.error.code]).toEqual([fn, code])
      }
      const anon = await dispatch('plan', { openid: '' }, { action: 'list' }, h.ctx)
      expect(!anon.ok && anon.error.code).toBe('UNAUTHENTICATED')
      expect(ERROR_CODES).toContain('UNAUTHENTICATED')
    })

    it('ignores the userInfo WeChat adds to the event; identity comes from the caller only', async () => {
      const { dispatch } = await import('../../cloudfunctions/handlers')
      const plan = await create()
      const r = await dispatch(
        'plan',
        { openid: OTHER },
        { action: 'get', input: { planId: plan.id }, userInfo: { openId: OWNER } },
        h.ctx,
      )
      expect(!r.ok && r.error.code).toBe('NOT_FOUND')
    })
  })
})

describe('a copy is named apart from the original', () => {
  it('adds （副本） and keeps within the name limit', async () => {
    const { copyName } = await import('../../cloudfunctions/handlers/share')
    expect(copyName('老街面馆')).toBe('老街面馆（副本）')
    const long = '名'.repeat(30)
    expect([...copyName(long)]).toHaveLength(30)
    expect(copyName(long).endsWith('（副本）')).toBe(true)
  })
})
