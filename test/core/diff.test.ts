import { computePlan, diffPlans, type Answers } from '@/core'
import { answers, NOW } from './support/answers'

const DAY = 86_400_000
const revision = (a: Answers, now = NOW) => ({ answers: a, content: computePlan(a, now) })

describe('diffPlans', () => {
  test('nothing changed → no changes', () => {
    const r = revision(answers())
    expect(diffPlans(r, revision(answers()))).toEqual([])
  })

  test('answer changes use question names and option labels, not ids', () => {
    const changes = diffPlans(
      revision(answers({ customerModel: 'toC', ageBands: ['26-35'] })),
      revision(answers({ customerModel: 'toB', ageBands: ['18-25', '26-35'] })),
    )
    const model = changes.find((c) => c.path === 'answers.customerModel')
    expect(model).toMatchObject({ kind: 'changed' })
    expect(model?.summary).toContain('To B（面向企业客户）')
    expect(model?.summary).not.toContain('toB')
    const bands = changes.find((c) => c.path === 'answers.ageBands')
    expect(bands).toMatchObject({ kind: 'added' })
    expect(bands?.summary).toContain('新增18-25岁')
  })

  test('plan changes: tools added and removed, compliance items, accounts', () => {
    const before = revision(answers({ customerModel: 'toC', activities: ['shareToWin'] }))
    const after = revision(answers({ customerModel: 'toB', activities: [] }))
    const changes = diffPlans(before, after)
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'plan.tools', kind: 'added', after: '公众号（服务号）' }),
        expect.objectContaining({ path: 'plan.tools', kind: 'removed', before: '社群' }),
        expect.objectContaining({ path: 'plan.accounts', kind: 'added', after: '公众号（服务号）' }),
        expect.objectContaining({ path: 'plan.compliance', kind: 'removed' }),
        expect.objectContaining({ path: 'plan.positioning', before: '用户增长与活跃', after: '线索获取与转化' }),
      ]),
    )
    for (const c of changes) expect(c.summary).toMatch(/[\u4e00-\u9fff]/)
  })

  test('re-ranking is reported only when the order among kept tools changes', () => {
    // Adding a top-ranked tool shifts every rank but re-orders nothing.
    const added = diffPlans(revision(answers()), revision(answers({ needs: ['realtimeService', 'internalCollab'] })))
    expect(added.filter((c) => c.path === 'plan.tools' && c.kind === 'changed')).toEqual([])
    const reordered = diffPlans(
      revision(answers({ customerModel: 'toC', contentForms: ['story'], ageBands: ['18-25'] })),
      revision(answers({ customerModel: 'ecommerce', contentForms: ['story'], ageBands: ['18-25'] })),
    )
    expect(reordered.some((c) => c.path === 'plan.tools' && c.kind === 'changed' && c.summary.includes('排名'))).toBe(
      true,
    )
  })

  test('cadence and calendar size follow the capacity; the review date moves with the clock', () => {
    const changes = diffPlans(
      revision(answers({ weeklyCapacity: 3 })),
      revision(answers({ weeklyCapacity: 7 }), NOW + 100 * DAY),
    )
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'answers.weeklyCapacity', before: '3条/周', after: '7条/周' }),
        expect.objectContaining({ path: 'plan.accounts', kind: 'changed' }),
        expect.objectContaining({ path: 'plan.content', before: '12条', after: '28条' }),
        expect.objectContaining({ path: 'plan.iteration', kind: 'changed' }),
      ]),
    )
  })

  test('KPI targets that follow the owner’s numbers are diffed', () => {
    const changes = diffPlans(revision(answers({ followers: 10000 })), revision(answers({ followers: 20000 })))
    expect(changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'plan.kpis', before: '500人', after: '1000人' })]),
    )
  })
})
