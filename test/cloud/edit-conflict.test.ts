/**
 * Issue 13: a rename is no reason to refuse an edit of the answers. An edit remembers the version
 * whose answers it started from (`fromVersion`, kept in the draft next to `baseRev`); `plan.update`
 * refuses only when the answers changed since then. On both store adapters.
 */
import type { DraftView, PlanView } from '@/core/api'
import { ADAPTERS, DAY, OTHER, changedAnswers, makeHarness, sampleAnswers } from './support/fixtures'
import type { Harness } from './support/fixtures'

describe.each(ADAPTERS)('an edit of the answers against other changes, on %s', (adapter) => {
  let h: Harness
  beforeEach(() => {
    h = makeHarness(adapter)
  })
  afterEach(() => h.close())

  /** Phone A opens 修改回答 on the plan as it is and types: the draft the cloud keeps. */
  async function beginEditElsewhere(plan: PlanView): Promise<DraftView> {
    await h.must('draft', 'save', {
      planId: plan.id,
      answers: { name: plan.name, industry: 'retail' },
      step: 0,
      baseRev: plan.rev,
      fromVersion: plan.version,
    })
    const draft = await h.must('draft', 'get', { planId: plan.id })
    if (!draft) throw new Error('draft not kept')
    return draft
  }

  /** Where an edit starts: a draft's own fields, which may be empty. */
  type From = Partial<Pick<DraftView, 'fromVersion'>> & Pick<DraftView, 'baseRev'>

  /**
   * plan.update of `plan` with its answers changed (or `answers`), on top of `baseRev`, begun from
   * `fromVersion` (left out: an older phone that does not send it), as `openid`.
   */
  const update = (plan: PlanView, at: From, answers = changedAnswers(plan.answers), openid?: string) =>
    h.call('plan', 'update', { planId: plan.id, answers, ...at }, openid)

  /** The same, for a step that must succeed. */
  const mustUpdate = async (plan: PlanView, at: From) => {
    const r = await update(plan, at)
    if (!r.ok) throw new Error(`update refused: ${r.error.code}`)
    return r.data
  }

  /** Phone B picks that draft up (修改回答 there) and saves it. */
  const saveEdit = (plan: PlanView, draft: DraftView, answers = changedAnswers(plan.answers)) =>
    update(plan, { baseRev: draft.baseRev, fromVersion: draft.fromVersion }, answers)

  it('the draft keeps the version it started from', async () => {
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    const draft = await beginEditElsewhere(plan)
    expect(draft).toMatchObject({ baseRev: 1, fromVersion: 1 })
  })

  it('a rename after the edit began: the answers save as the next version, and the new name stays', async () => {
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    const draft = await beginEditElsewhere(plan)
    const renamed = await h.must('plan', 'rename', { planId: plan.id, name: '老街面馆（总店）', baseRev: plan.rev })
    const saved = await saveEdit(renamed, draft)
    expect(saved).toMatchObject({ ok: true, data: { version: 2, cause: 'edit', name: '老街面馆（总店）' } })
    const got = await h.must('plan', 'get', { planId: plan.id })
    expect(got.answers).toEqual(changedAnswers(plan.answers))
    expect(got.events.map((e) => e.kind)).toEqual(['rename'])
  })

  it('target edits, a delete undone and a rule-base upgrade (same answers) do not refuse it either', async () => {
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    const draft = await beginEditElsewhere(plan)
    let now = await h.must('plan', 'setTargets', { planId: plan.id, baseRev: plan.rev, targets: {} })
    await h.must('plan', 'delete', { planId: plan.id })
    now = await h.must('plan', 'restore', { planId: plan.id })
    // The plan was made by an older release, and the owner accepted the new rule base elsewhere.
    const stored = await h.store.plans.find(plan.id)
    if (!stored || 'legacy' in stored) throw new Error('plan missing')
    await h.store.plans.replace({ ...stored, rulebaseVersion: '2026.11-2-old', rev: stored.rev + 1 }, stored.rev)
    h.clock.advance(DAY)
    now = await h.must('plan', 'upgrade', { planId: plan.id, baseRev: stored.rev + 1 })
    expect(now).toMatchObject({ version: 2, cause: 'upgrade', answers: plan.answers })
    const saved = await saveEdit(now, draft)
    expect(saved).toMatchObject({ ok: true, data: { version: 3, cause: 'edit' } })
  })

  it('answers changed elsewhere since the edit began: CONFLICT naming the version, nothing archived', async () => {
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    const draft = await beginEditElsewhere(plan)
    const v2 = await mustUpdate(plan, { baseRev: plan.rev, fromVersion: plan.version })
    const renamed = await h.must('plan', 'rename', { planId: plan.id, name: '新名字', baseRev: v2.rev })
    const r = await saveEdit(renamed, draft, sampleAnswers({ name: '手机A的回答' }))
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentRev: renamed.rev, currentVersion: 2 } })
    expect((await h.must('plan', 'versions', { planId: plan.id })).items).toHaveLength(2)
    // The owner chooses to overwrite: on top of what the plan holds now.
    const over = await update(
      renamed,
      { baseRev: renamed.rev, fromVersion: renamed.version },
      sampleAnswers({ name: '手机A的回答' }),
    )
    expect(over).toMatchObject({ ok: true, data: { version: 3, name: '新名字' } })
  })

  it('an old version restored elsewhere changed the answers: CONFLICT', async () => {
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    const v2 = await mustUpdate(plan, { baseRev: plan.rev, fromVersion: 1 })
    const draft = await beginEditElsewhere(v2)
    const v3 = await h.must('plan', 'restoreVersion', { planId: plan.id, version: 1, baseRev: v2.rev })
    const r = await saveEdit(v3, draft, sampleAnswers({ name: '手机A的回答' }))
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentVersion: 3 } })
  })

  it('a version from the future is a CONFLICT; a version that is not a number is refused in Chinese', async () => {
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    const ahead = await update(plan, { baseRev: plan.rev, fromVersion: 5 })
    expect(ahead).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentVersion: 1 } })
    const bad = await update(plan, { baseRev: plan.rev, fromVersion: 0 })
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!bad.ok)
      expect(bad.error.fields?.[0]).toMatchObject({
        path: 'fromVersion',
        message: expect.stringMatching(/[\u4e00-\u9fff]/),
      })
  })

  it('without fromVersion (an older phone) a rename still counts, as before', async () => {
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    await h.must('plan', 'rename', { planId: plan.id, name: '新名字', baseRev: plan.rev })
    const r = await update(plan, { baseRev: 1 })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentRev: 2, currentVersion: 1 } })
  })

  it('a rename landing between the read and the write: read again, saved, the rename kept', async () => {
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    const replace = h.store.plans.replace.bind(h.store.plans)
    let raced = false
    h.store.plans.replace = async (next, expectedRev) => {
      if (!raced && next.version === 2) {
        raced = true
        // Another phone renames just before this write goes out.
        await h.must('plan', 'rename', { planId: plan.id, name: '抢先改的名字', baseRev: expectedRev })
      }
      return replace(next, expectedRev)
    }
    const r = await update(plan, { baseRev: plan.rev, fromVersion: plan.version })
    expect(raced).toBe(true)
    expect(r).toMatchObject({ ok: true, data: { version: 2, name: '抢先改的名字', rev: 3 } })
    expect((await h.must('plan', 'versions', { planId: plan.id })).items.map((v) => v.version)).toEqual([2, 1])
  })

  it('someone else’s plan stays NOT_FOUND whatever version is named', async () => {
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    const r = await update(plan, { baseRev: plan.rev, fromVersion: plan.version }, undefined, OTHER)
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
