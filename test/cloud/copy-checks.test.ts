import { LIMITS } from '@/core/api'
import { checkCopy } from '@/core/copy-check'
import { ADAPTERS, DAY, OTHER, OWNER, makeHarness, sampleAnswers } from './support/fixtures'
import type { Harness } from './support/fixtures'

/**
 * Saving a check to a plan (copy.save / copy.list / copy.delete), on both adapters: the owner
 * writes, a live share link reads, everyone else finds nothing; the summary is the server's own
 * checker result; limits answer stable codes with plain Chinese messages.
 */
describe.each(ADAPTERS)('saved copy checks on %s', (adapter) => {
  let h: Harness
  let planId: string
  beforeEach(async () => {
    h = makeHarness(adapter)
    planId = (await h.must('plan', 'create', { answers: sampleAnswers() })).id
  })
  afterEach(() => h.close())

  it('stores the text, the industry, the marks, the counts and categories computed here, and the time', async () => {
    const text = '全城最好吃的面，转发到朋友圈领红包。国家级非遗手艺'
    const marks = [{ phrase: '国家级非遗', kind: 'certified' as const }]
    const saved = await h.must('copy', 'save', { planId, text, industry: 'catering', marks })
    const expected = checkCopy(text, { industry: 'catering', marks })
    expect(saved).toMatchObject({ planName: sampleAnswers().name, saved: 1, max: LIMITS.copyChecksPerPlan })
    expect(saved.check).toMatchObject({ text, industry: 'catering', marks, savedAt: h.clock.now() })
    expect(saved.check.counts).toEqual(expected.counts)
    expect(saved.check.counts.total).toBeGreaterThan(0)
    // Each category once, the most severe first.
    const labels = expected.findings.map((f) => f.categoryLabel)
    expect([...saved.check.categories].sort()).toEqual([...new Set(labels)].sort())
    expect(saved.check.categories).toContain('诱导分享')
    expect(JSON.stringify(saved)).not.toContain(OWNER)
    const list = await h.must('copy', 'list', { planId })
    expect(list).toEqual({ items: [saved.check], max: LIMITS.copyChecksPerPlan })
  })

  it('ignores counts a client might send: the summary is always recomputed', async () => {
    const saved = await h.must('copy', 'save', {
      planId,
      text: '欢迎周末到店品尝新品',
      counts: { high: 9, medium: 9, low: 9, total: 27 },
    })
    expect(saved.check.counts).toEqual({ high: 0, medium: 0, low: 0, total: 0 })
    expect(saved.check.categories).toEqual([])
  })

  it('lists newest first; a deleted check is gone and a second delete says so', async () => {
    const a = await h.must('copy', 'save', { planId, text: '第一段' })
    h.clock.advance(1000)
    const b = await h.must('copy', 'save', { planId, text: '第二段' })
    expect((await h.must('copy', 'list', { planId })).items.map((c) => c.text)).toEqual(['第二段', '第一段'])
    expect(await h.must('copy', 'delete', { planId, id: a.check.id })).toEqual({ deleted: true })
    expect(await h.call('copy', 'delete', { planId, id: a.check.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '这条检查已经删除了' },
    })
    expect((await h.must('copy', 'list', { planId })).items.map((c) => c.id)).toEqual([b.check.id])
  })

  it(`keeps at most ${LIMITS.copyChecksPerPlan} checks per plan, then answers LIMIT_EXCEEDED in Chinese`, async () => {
    for (let i = 0; i < LIMITS.copyChecksPerPlan; i++) await h.must('copy', 'save', { planId, text: `第 ${i} 段` })
    const r = await h.call('copy', 'save', { planId, text: '再来一段' })
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'LIMIT_EXCEEDED',
        message: `每份方案最多保存 ${LIMITS.copyChecksPerPlan} 条文案检查，请先删除不需要的`,
      },
    })
    expect(await h.store.copyChecks.countByPlan(planId)).toBe(LIMITS.copyChecksPerPlan)
    // Another plan has its own allowance.
    const other = (await h.must('plan', 'create', { answers: sampleAnswers({ name: '分店' }) })).id
    expect((await h.must('copy', 'save', { planId: other, text: '再来一段' })).saved).toBe(1)
  })

  it.each([
    [{ text: '字'.repeat(2501) }, 'text', '文案不能超过 2500 个字，请分段检查'],
    [{ text: '  ' }, 'text', '请先粘贴或输入要检查的文案'],
    [{ text: '好', industry: 'casino' }, 'industry', '请选择行业'],
    [{ text: '好', planId: '../x' }, 'planId', '编号格式不正确'],
  ])('refuses %j with a field message on %s and stores nothing', async (input, path, message) => {
    const r = await h.call('copy', 'save', { planId, ...input })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ path, message }] } })
    expect(await h.store.copyChecks.countByPlan(planId)).toBe(0)
  })

  it('refuses a list naming both or neither a plan and a link', async () => {
    for (const input of [{}, { planId, token: 'AAAAAAAAAAAAAAAAAAAAAA' }]) {
      expect(await h.call('copy', 'list', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
  })

  it('takes 2,500 characters of any script exactly', async () => {
    const text = '😀面'.repeat(1250)
    const saved = await h.must('copy', 'save', { planId, text })
    expect((await h.must('copy', 'list', { planId })).items[0].text).toBe(text)
    expect([...saved.check.text]).toHaveLength(2500)
  })

  it('a colleague with a live link reads the list but cannot save or delete; a dead link says why', async () => {
    const saved = await h.must('copy', 'save', { planId, text: '转发领红包', industry: 'catering' })
    const { token } = await h.must('share', 'create', { planId, expiresInDays: 1 })
    const seen = await h.must('copy', 'list', { token }, OTHER)
    expect(seen.items.map((c) => c.text)).toEqual(['转发领红包'])
    expect(JSON.stringify(seen)).not.toContain(planId)
    expect(await h.call('copy', 'list', { planId }, OTHER)).toMatchObject({ error: { code: 'NOT_FOUND' } })
    expect(await h.call('copy', 'save', { planId, text: '我的' }, OTHER)).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect(await h.call('copy', 'delete', { planId, id: saved.check.id }, OTHER)).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect(await h.store.copyChecks.countByPlan(planId)).toBe(1)
    h.clock.advance(DAY + 1)
    expect(await h.call('copy', 'list', { token }, OTHER)).toMatchObject({ error: { code: 'SHARE_EXPIRED' } })
  })

  it('follows the plan: hidden while deleted, back on restore', async () => {
    await h.must('copy', 'save', { planId, text: '转发领红包' })
    await h.must('plan', 'delete', { planId })
    expect(await h.call('copy', 'list', { planId })).toMatchObject({ error: { code: 'NOT_FOUND' } })
    expect(await h.call('copy', 'save', { planId, text: '再存' })).toMatchObject({
      error: { code: 'NOT_FOUND', message: '找不到这份方案，可能已被删除' },
    })
    await h.must('plan', 'restore', { planId })
    expect((await h.must('copy', 'list', { planId })).items).toHaveLength(1)
  })

  it('counts saving and deleting towards the write limit; checking and listing do not', async () => {
    const limited = makeHarness(adapter, { rateLimit: 2 })
    try {
      const id = (await limited.must('plan', 'create', { answers: sampleAnswers() })).id
      await limited.must('copy', 'save', { planId: id, text: '一' })
      expect(await limited.call('copy', 'save', { planId: id, text: '二' })).toMatchObject({
        error: { code: 'RATE_LIMITED' },
      })
      expect((await limited.call('copy', 'list', { planId: id })).ok).toBe(true)
      expect((await limited.call('copy', 'check', { text: '三' })).ok).toBe(true)
    } finally {
      await limited.close()
    }
  })
})
