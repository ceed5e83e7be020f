import type { ApiResult } from '@/core'
import type { PlanView } from '@/core/api'
import type { Store } from '../../cloudfunctions/store/port'
import { ADAPTERS, changedAnswers, makeHarness, sampleAnswers } from './support/fixtures'
import type { Harness } from './support/fixtures'

/**
 * Two phones, one plan. A barrier makes both writers read the same state before either writes,
 * so the race is certain rather than lucky: exactly one wins, the other gets CONFLICT, and
 * nothing the loser sent is stored.
 */

function barrier<K extends keyof Store, M extends keyof Store[K]>(
  store: Store,
  part: K,
  method: M,
  parties: number,
): void {
  const target = store[part] as unknown as Record<string, unknown>
  const original = target[method as string] as (...args: unknown[]) => Promise<unknown>
  let waiting: (() => void)[] = []
  let armed = true
  target[method as string] = async (...args: unknown[]) => {
    const result = await original.apply(target, args)
    if (armed) {
      await new Promise<void>((resolve) => {
        waiting.push(resolve)
        if (waiting.length === parties) {
          armed = false
          for (const release of waiting) release()
          waiting = []
        }
      })
    }
    return result
  }
}

function codes(results: ApiResult<unknown>[]): string[] {
  return results.map((r) => (r.ok ? 'ok' : r.error.code)).sort()
}

describe.each(ADAPTERS)('concurrent writers on %s', (adapter) => {
  let h: Harness
  let plan: PlanView
  beforeEach(async () => {
    h = makeHarness(adapter)
    plan = await h.must('plan', 'create', { answers: sampleAnswers() })
  })
  afterEach(() => h.close())

  it('two answer updates from the same rev: one wins, one CONFLICT with currentRev', async () => {
    barrier(h.store, 'plans', 'find', 2)
    const a = changedAnswers(plan.answers)
    const b = sampleAnswers({ name: '另一台手机' })
    const results = await Promise.all([
      h.call('plan', 'update', { planId: plan.id, answers: a, baseRev: 1 }),
      h.call('plan', 'update', { planId: plan.id, answers: b, baseRev: 1 }),
    ])
    expect(codes(results)).toEqual(['CONFLICT', 'ok'])
    const loser = results.find((r) => !r.ok)
    expect(loser).toMatchObject({ ok: false, error: { currentRev: 2 } })
    const winner = results.find((r) => r.ok) as { ok: true; data: PlanView }
    const stored = await h.must('plan', 'get', { planId: plan.id })
    expect(stored.rev).toBe(2)
    expect(stored.answers).toEqual(winner.data.answers)
    const revs = await h.must('plan', 'versions', { planId: plan.id })
    expect(revs.items.map((r) => r.version)).toEqual([2, 1])
    expect((await h.must('plan', 'version', { planId: plan.id, version: 1 })).answers).toEqual(plan.answers)
  })

  it('rename and setTargets racing on the same rev: one CONFLICT, no lost half-write', async () => {
    barrier(h.store, 'plans', 'find', 2)
    const results = await Promise.all([
      h.call('plan', 'rename', { planId: plan.id, name: '新名字', baseRev: 1 }),
      h.call('plan', 'setTargets', { planId: plan.id, baseRev: 1, targets: {} }),
    ])
    expect(codes(results)).toEqual(['CONFLICT', 'ok'])
    const stored = await h.must('plan', 'get', { planId: plan.id })
    expect(stored.rev).toBe(2)
  })

  it('ten writers at once: exactly one wins', async () => {
    barrier(h.store, 'plans', 'find', 10)
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => h.call('plan', 'rename', { planId: plan.id, name: `名字${i}`, baseRev: 1 })),
    )
    expect(codes(results).filter((c) => c === 'ok')).toHaveLength(1)
    expect(codes(results).filter((c) => c === 'CONFLICT')).toHaveLength(9)
    const winner = results.find((r) => r.ok) as { ok: true; data: PlanView }
    expect((await h.must('plan', 'get', { planId: plan.id })).name).toBe(winner.data.name)
  })

  it('a delete racing an edit never lets the edit bring the plan back', async () => {
    barrier(h.store, 'plans', 'find', 2)
    await Promise.all([
      h.call('plan', 'delete', { planId: plan.id }),
      h.call('plan', 'rename', { planId: plan.id, name: 'zombie', baseRev: 1 }),
    ])
    expect(await h.call('plan', 'get', { planId: plan.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const row = await h.store.plans.find(plan.id)
    expect(row?.deletedAt).not.toBeNull()
  })

  it('two phones saving the draft from the same version: one CONFLICT carrying the winner', async () => {
    await h.must('draft', 'save', { answers: { name: '起点' }, step: 0 })
    barrier(h.store, 'drafts', 'find', 2)
    const results = await Promise.all([
      h.call('draft', 'save', { answers: { name: '手机A' }, step: 1, baseVersion: 1 }),
      h.call('draft', 'save', { answers: { name: '手机B' }, step: 2, baseVersion: 1 }),
    ])
    expect(codes(results)).toEqual(['CONFLICT', 'ok'])
    const stored = await h.must('draft', 'get', {})
    const loser = results.find((r) => !r.ok) as unknown as {
      ok: false
      error: { current: { answers: unknown; version: number } }
    }
    expect(loser.error.current).toEqual(stored)
    expect(stored?.version).toBe(2)
    expect(['手机A', '手机B']).toContain(stored?.answers.name)
  })

  it('two phones creating the first draft at once: one CONFLICT, first answers kept', async () => {
    barrier(h.store, 'drafts', 'find', 2)
    const results = await Promise.all([
      h.call('draft', 'save', { answers: { name: 'A' }, step: 0 }),
      h.call('draft', 'save', { answers: { name: 'B' }, step: 0 }),
    ])
    expect(codes(results)).toEqual(['CONFLICT', 'ok'])
    expect((await h.must('draft', 'get', {}))?.version).toBe(1)
  })
})
