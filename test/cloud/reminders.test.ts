import { recompute } from '@/core/plan/releases'
import { ADAPTERS, DAY, OTHER, OWNER, makeHarness, sampleAnswers } from './support/fixtures'
import type { Harness } from './support/fixtures'
import { purgeExpiredPlans, sendDueReminders } from '../../cloudfunctions/handlers'
import type { FakePlatform } from '../../cloudfunctions/platform'

/** Review reminders: banking consents, the timer sending each at most once, WeChat's refusals recorded. */

describe.each(ADAPTERS)('review reminders: %s', (adapter) => {
  let h: Harness
  let planId: string
  let platform: FakePlatform
  const run = () =>
    sendDueReminders({
      store: h.store,
      platform,
      clock: h.clock,
      miniprogramState: 'developer',
    })

  beforeEach(async () => {
    h = makeHarness(adapter)
    platform = h.platform
    planId = (
      await h.must('plan', 'create', { answers: sampleAnswers({ name: '老街面馆二十个字以上的一个很长很长的店名字' }) })
    ).id
  })
  afterEach(() => h.close())

  const toReviewDate = async () => {
    const plan = await h.must('plan', 'get', { planId })
    const computed = recompute(plan)
    if (!computed.ok) throw new Error('plan cannot be computed')
    h.clock.ms = computed.content.iteration.reviewAt + 1
  }

  it('banks one reminder per consent and says how many are banked', async () => {
    const s = await h.must('reminder', 'subscribe', { planId, accepted: 2 })
    expect(s).toMatchObject({ banked: 2, last: null })
    expect(platform.consentsLeft(OWNER, 'local-review-reminder')).toBe(2)
    expect((await h.must('reminder', 'status', { planId })).banked).toBe(2)
  })

  it('sends nothing before the review date; at the date exactly one message, within WeChat’s limits', async () => {
    await h.must('reminder', 'subscribe', { planId, accepted: 2 })
    expect(await run()).toMatchObject({ sent: 0, waiting: 2 })
    expect(platform.sent).toHaveLength(0)
    await toReviewDate()
    expect(await run()).toMatchObject({ sent: 1, failed: 0 })
    expect(platform.sent).toHaveLength(1)
    const msg = platform.sent[0]
    expect(msg.touser).toBe(OWNER)
    expect([...msg.data.thing1.value].length).toBeLessThanOrEqual(20)
    expect(msg.page).toBe(`packages/results/review/index?id=${planId}`)
    // Run again (a second timer tick, or two overlapping runs): nothing more for this review date.
    expect(await run()).toMatchObject({ sent: 0 })
    const [a, b] = await Promise.all([run(), run()])
    expect(a.sent + b.sent).toBe(0)
    expect(platform.sent).toHaveLength(1)
    const s = await h.must('reminder', 'status', { planId })
    expect(s.banked).toBe(1)
    expect(s.last?.sent).toBe(true)
  })

  it('a refusal (43101: no consent left) is recorded, shown in plain words and never retried', async () => {
    const noConsent = { ...h.ctx, grantConsent: undefined }
    const { dispatch } = await import('../../cloudfunctions/handlers')
    await dispatch('reminder', { openid: OWNER }, { action: 'subscribe', input: { planId, accepted: 1 } }, noConsent)
    await toReviewDate()
    expect(await run()).toMatchObject({ sent: 0, failed: 1 })
    const stored = await h.store.reminders.listForPlan(OWNER, planId)
    expect(stored[0]).toMatchObject({ status: 'failed', error: { errcode: 43101 } })
    const s = await h.must('reminder', 'status', { planId })
    expect(s.last?.text).toContain('授权已用完')
    expect(s.last?.text).not.toMatch(/43101|[A-Za-z]{3,}/)
    expect(await run()).toMatchObject({ sent: 0, failed: 0 })
    expect(platform.calls.filter((c) => c.method === 'sendSubscribeMessage')).toHaveLength(1)
  })

  it('a sent reminder is an in-app notice until seen; someone else sees none', async () => {
    await h.must('reminder', 'subscribe', { planId, accepted: 1 })
    await toReviewDate()
    await run()
    const { items } = await h.must('reminder', 'notices', {})
    expect(items).toHaveLength(1)
    expect(items[0].text).toContain('到复盘日了')
    expect((await h.must('reminder', 'notices', {}, OTHER)).items).toEqual([])
    expect(await h.must('reminder', 'seen', { id: items[0].id }, OTHER)).toEqual({ seen: false })
    expect(await h.must('reminder', 'seen', { id: items[0].id })).toEqual({ seen: true })
    expect((await h.must('reminder', 'notices', {})).items).toEqual([])
  })

  it('a deleted plan’s reminders wait while it can be restored, are sent once it is, and go with the purge', async () => {
    await h.must('reminder', 'subscribe', { planId, accepted: 2 })
    await h.must('results', 'save', { planId, month: '2026-10', values: { 'team.posts': 4 }, baseRev: 0 })
    await toReviewDate()
    await h.must('plan', 'delete', { planId })
    expect(await run()).toMatchObject({ sent: 0, cancelled: 0 })
    expect(platform.sent).toHaveLength(0)
    // Restored from 最近删除: its results and its reminders are still there.
    await h.must('plan', 'restore', { planId })
    expect((await h.must('results', 'list', { planId })).items.map((m) => m.month)).toEqual(['2026-10'])
    expect(await run()).toMatchObject({ sent: 1 })
    // Deleted again and left past the restore window: the maintenance purge takes all of it.
    await h.must('plan', 'delete', { planId })
    h.clock.advance(31 * DAY)
    expect(await purgeExpiredPlans(h.ctx)).toMatchObject({ plans: 1, results: 1, reminders: 2 })
    expect(await h.store.reminders.listForPlan(OWNER, planId)).toEqual([])
    expect(await h.store.results.count(planId)).toBe(0)
    expect(await run()).toMatchObject({ sent: 0, cancelled: 0, waiting: 0 })
  })

  it('a reminder whose plan is gone is cancelled, not sent', async () => {
    await h.store.reminders.insert({
      id: 'r_orphan',
      ownerId: OWNER,
      planId: 'p_gone',
      templateId: 'local-review-reminder',
      status: 'banked',
      createdAt: h.clock.now(),
      updatedAt: h.clock.now(),
      reviewAt: null,
      error: null,
      seenAt: null,
    })
    expect(await run()).toMatchObject({ sent: 0, cancelled: 1 })
    expect(platform.sent).toHaveLength(0)
  })

  it('caps banked reminders per plan', async () => {
    for (let i = 0; i < 3; i++) await h.must('reminder', 'subscribe', { planId, accepted: 3 })
    const r = await h.call('reminder', 'subscribe', { planId, accepted: 3 })
    expect(r.ok ? 'ok' : r.error.code).toBe('LIMIT_EXCEEDED')
    h.clock.advance(DAY)
  })
})
