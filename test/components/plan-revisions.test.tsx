/** The plan's history: the revisions list (newest first) and one old revision, read-only. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Revisions from '@/packages/plan/revisions'
import Revision from '@/packages/plan/revision'
import { ruleLine } from '@/core/plan/explain'
import { navigations, setRouterParams } from './support/taro'
import { cloud, err, ok } from './support/fake-api'
import { itemOf, openAllSections, planContent, planAnswers, revisionSummary, revisionView } from './support/plans'

// The machine running the suite may be shared and slow: rendering a whole plan can take seconds.
jest.setTimeout(30_000)

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

/** What the owner can do on their live plan, and must not be offered on an old revision. */
const OWNER_ACTIONS = ['分享给同事', '修改回答', '历史版本', '管理分享链接', '删除方案', '保存目标']

describe('revisions list', () => {
  test('shows loading, then every revision newest first, the current one marked', async () => {
    let release: (() => void) | undefined
    cloud.on(
      'plan.revisions',
      () =>
        new Promise((resolve) => {
          release = () =>
            resolve(
              ok({
                items: [
                  revisionSummary(1),
                  revisionSummary(3, { current: true, changeCount: 4 }),
                  revisionSummary(2, { changeCount: 2 }),
                ],
              }),
            )
        }),
    )
    setRouterParams({ id: 'p1' })
    render(<Revisions />)
    expect(screen.getByText('加载中…')).toBeInTheDocument()
    await waitFor(() => expect(release).toBeDefined())
    release!()

    const rows = await screen.findAllByRole('link')
    expect(rows.map((r) => within(r).getByText(/^第 \d 版/).textContent)).toEqual([
      '第 3 版（当前）',
      '第 2 版',
      '第 1 版',
    ])
    expect(within(rows[0]).getByText(/4 处变化/)).toBeInTheDocument()
    expect(within(rows[1]).getByText(/2 处变化/)).toBeInTheDocument()
    expect(within(rows[2]).getByText(/首个版本/)).toBeInTheDocument()
    expect(within(rows[2]).getByText(/^2026-11-15 09:30/)).toBeInTheDocument()
    expect(cloud.callsTo('plan.revisions')).toEqual([{ fn: 'plan', action: 'revisions', input: { planId: 'p1' } }])
  })

  test('opening an old revision navigates with its rev; the current one goes back to the plan', async () => {
    cloud.on('plan.revisions', ok({ items: [revisionSummary(2, { current: true }), revisionSummary(1)] }))
    setRouterParams({ id: 'p1' })
    render(<Revisions />)
    fireEvent.click(await screen.findByText('第 1 版'))
    expect(navigations).toEqual([
      { kind: 'navigateTo', url: '/packages/plan/revision/index?id=p1&rev=1', delta: undefined },
    ])
    fireEvent.click(screen.getByText('第 2 版（当前）'))
    expect(navigations[1]).toEqual({ kind: 'navigateBack', url: undefined, delta: undefined })
  })

  test('a failed load shows the message; 重试 loads again', async () => {
    cloud.once('plan.revisions', err('NETWORK', '网络不可用，内容已保存在本机，联网后再试'))
    cloud.on('plan.revisions', ok({ items: [revisionSummary(1, { current: true })] }))
    setRouterParams({ id: 'p1' })
    render(<Revisions />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('网络不可用，内容已保存在本机，联网后再试')
    fireEvent.click(within(alert).getByText('重试'))
    expect(await screen.findByText('第 1 版（当前）')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(cloud.callsTo('plan.revisions')).toHaveLength(2)
  })

  test('no revisions: an empty state, not an empty list', async () => {
    cloud.on('plan.revisions', ok({ items: [] }))
    setRouterParams({ id: 'p1' })
    render(<Revisions />)
    expect(await screen.findByText('还没有历史版本')).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})

describe('one old revision', () => {
  test('loads the revision the link names and shows it read-only, with its save time', async () => {
    cloud.on('plan.revision', (input) => ok(revisionView(input.rev)))
    setRouterParams({ id: 'p1', rev: '2' })
    render(<Revision />)
    expect(screen.getByText('加载中…')).toBeInTheDocument()
    const content = planContent()
    expect(await screen.findByText(content.positioning.statement)).toBeInTheDocument()
    expect(screen.getByText('老街面馆')).toBeInTheDocument()
    expect(screen.getByText('第 2 版（只读）· 保存于 2026-11-16 09:30')).toBeInTheDocument()
    expect(cloud.callsTo('plan.revision')).toEqual([
      { fn: 'plan', action: 'revision', input: { planId: 'p1', rev: 2 } },
    ])
    expect(screen.getByText('十、季度复盘')).toBeInTheDocument()
  })

  test("has no inputs and none of the owner's actions; targets are plain text", async () => {
    const content = planContent()
    const [first, second] = content.kpis
    expect(second.target.value).toBeNull()
    cloud.on('plan.revision', ok(revisionView(2, { targets: { [first.id]: 300 } })))
    setRouterParams({ id: 'p1', rev: '2' })
    render(<Revision />)
    await screen.findByText(content.positioning.statement)
    await openAllSections()
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(document.querySelector('input, textarea, taro-input-core')).toBeNull()
    for (const label of OWNER_ACTIONS) expect(screen.queryByText(label)).not.toBeInTheDocument()
    expect(within(itemOf(first.metric)).getByText('300')).toBeInTheDocument()
    expect(within(itemOf(first.metric)).getByText('你设置的目标')).toBeInTheDocument()
    // A KPI without a suggested number reads 待定.
    expect(within(itemOf(second.metric)).getByText('待定')).toBeInTheDocument()
  })

  test('its "why" quotes the answers of that revision, not today\'s', async () => {
    const oldAnswers = planAnswers({ industry: 'retail' })
    cloud.on(
      'plan.revision',
      ok(revisionView(1, { answers: oldAnswers, content: planContent({ industry: 'retail' }) })),
    )
    setRouterParams({ id: 'p1', rev: '1' })
    render(<Revision />)
    const content = planContent({ industry: 'retail' })
    await screen.findByText(content.positioning.statement)
    await openAllSections()
    const item = itemOf(content.positioning.statement)
    fireEvent.click(within(item).getByRole('button', { name: /为什么？/ }))
    expect(within(item).getByText('你的回答「行业」：零售')).toBeInTheDocument()
    const [ruleId] = content.positioning.why.rules
    expect(within(item).getByText(ruleLine(ruleId)!)).toBeInTheDocument()
  })

  test('shows what that revision changed compared with the one before', async () => {
    cloud.on(
      'plan.revision',
      ok(
        revisionView(2, {
          changesFromRev: 1,
          changes: [
            {
              path: 'answers.stage',
              kind: 'changed',
              before: '初创期',
              after: '成长期',
              summary: '阶段：初创期 → 成长期',
            },
          ],
        }),
      ),
    )
    setRouterParams({ id: 'p1', rev: '2' })
    render(<Revision />)
    expect(await screen.findByText('与第 1 版相比的变化')).toBeInTheDocument()
    expect(screen.getByText('阶段：初创期 → 成长期')).toBeInTheDocument()
  })

  test('a revision that cannot be loaded shows the message', async () => {
    cloud.on('plan.revision', err('NOT_FOUND', '找不到这份方案，可能已被删除'))
    setRouterParams({ id: 'p1', rev: '9' })
    render(<Revision />)
    expect(await screen.findByRole('alert')).toHaveTextContent('找不到这份方案，可能已被删除')
    expect(screen.queryByText('加载中…')).not.toBeInTheDocument()
  })
})
