/** The plan's history: the versions list (newest first), one version (read-only, restorable), and a comparison. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Versions from '@/packages/plan/revisions'
import Version from '@/packages/plan/revision'
import Compare from '@/packages/plan/compare'
import { ruleLine } from '@/core/plan/explain'
import { navigations, setRouterParams } from './support/taro'
import { cloud, err, ok } from './support/fake-api'
import {
  itemOf,
  openAllSections,
  planContent,
  planView,
  revisionSummary,
  revisionView,
  versionData,
} from './support/plans'

// The machine running the suite may be shared and slow: rendering a whole plan can take seconds.
jest.setTimeout(30_000)

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

/** What the owner can do on their live plan, and must not be offered on an old version. */
const OWNER_ACTIONS = ['分享给同事', '修改回答', '历史版本', '管理分享链接', '删除方案', '保存目标']

describe('versions list', () => {
  test('shows loading, then every version newest first with why it exists; renames and targets apart', async () => {
    let release: (() => void) | undefined
    cloud.on(
      'plan.versions',
      () =>
        new Promise((resolve) => {
          release = () =>
            resolve(
              ok({
                items: [
                  revisionSummary(1),
                  revisionSummary(3, { current: true, cause: 'restore', restoredFrom: 1 }),
                  revisionSummary(2),
                ],
              }),
            )
        }),
    )
    cloud.on(
      'plan.get',
      ok(
        planView({
          version: 3,
          events: [
            { kind: 'rename', at: Date.UTC(2026, 10, 20, 1), version: 2, name: '总店' },
            { kind: 'targets', at: Date.UTC(2026, 10, 19, 1), version: 2 },
          ],
        }),
      ),
    )
    setRouterParams({ id: 'p1' })
    render(<Versions />)
    expect(screen.getByText('加载中…')).toBeInTheDocument()
    await waitFor(() => expect(release).toBeDefined())
    release!()

    const rows = await screen.findAllByRole('link')
    expect(rows.map((r) => within(r).getByText(/^第 \d 版/).textContent)).toEqual([
      '第 3 版（当前）',
      '第 2 版',
      '第 1 版',
    ])
    expect(within(rows[0]).getByText(/恢复到第 1 版/)).toBeInTheDocument()
    expect(within(rows[1]).getByText(/修改回答/)).toBeInTheDocument()
    expect(within(rows[2]).getByText(/创建方案/)).toBeInTheDocument()
    expect(within(rows[2]).getByText(/^2026-11-15 09:30/)).toBeInTheDocument()
    expect(await screen.findByText('改名为「总店」')).toBeInTheDocument()
    expect(screen.getByText('修改了指标目标')).toBeInTheDocument()
    expect(cloud.callsTo('plan.versions')).toEqual([{ fn: 'plan', action: 'versions', input: { planId: 'p1' } }])
  })

  test('opening a version navigates with its number; 对比 opens the oldest against the newest', async () => {
    cloud.on('plan.versions', ok({ items: [revisionSummary(2, { current: true }), revisionSummary(1)] }))
    cloud.on('plan.get', ok(planView({ version: 2 })))
    setRouterParams({ id: 'p1' })
    render(<Versions />)
    fireEvent.click(await screen.findByText('第 1 版'))
    fireEvent.click(screen.getByText('对比两个版本'))
    expect(navigations).toEqual([
      { kind: 'navigateTo', url: '/packages/plan/revision/index?id=p1&v=1', delta: undefined },
      { kind: 'navigateTo', url: '/packages/plan/compare/index?id=p1&a=1&b=2', delta: undefined },
    ])
  })

  test('a failed load shows the message; 重试 loads again', async () => {
    cloud.once('plan.versions', err('NETWORK', '网络不可用，内容已保存在本机，联网后再试'))
    cloud.on('plan.versions', ok({ items: [revisionSummary(1, { current: true })] }))
    cloud.on('plan.get', ok(planView({ version: 1 })))
    setRouterParams({ id: 'p1' })
    render(<Versions />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('网络不可用，内容已保存在本机，联网后再试')
    fireEvent.click(within(alert).getByText('重试'))
    expect(await screen.findByText('第 1 版（当前）')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.queryByText('对比两个版本')).not.toBeInTheDocument()
  })
})

describe('one version', () => {
  test('loads the version the link names, computes its plan and shows it read-only', async () => {
    cloud.on('plan.version', (input) => ok(revisionView((input as { version: number }).version)))
    setRouterParams({ id: 'p1', v: '2' })
    render(<Version />)
    expect(screen.getByText('加载中…')).toBeInTheDocument()
    const content = planContent()
    expect(await screen.findByText(content.positioning.statement)).toBeInTheDocument()
    expect(screen.getByText('老街面馆')).toBeInTheDocument()
    expect(document.querySelector('.readonly-banner')?.textContent).toMatch(/^第 2 版（只读）· 修改回答 · 保存于 /)
    expect(cloud.callsTo('plan.version')).toEqual([
      { fn: 'plan', action: 'version', input: { planId: 'p1', version: 2 } },
    ])
    expect(screen.getByText('十、季度复盘')).toBeInTheDocument()
  })

  test("has no inputs and none of the owner's actions; targets are plain text", async () => {
    const content = planContent()
    const [first, second] = content.kpis
    expect(second.target.value).toBeNull()
    cloud.on('plan.version', ok(revisionView(2, { targets: { [first.id]: 300 } })))
    setRouterParams({ id: 'p1', v: '2' })
    render(<Version />)
    await screen.findByText(content.positioning.statement)
    await openAllSections()
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument()
    expect(document.querySelector('input, textarea, taro-input-core')).toBeNull()
    // The version's cause (修改回答) is named in its banner as a word, not offered as an action.
    for (const label of OWNER_ACTIONS) expect(screen.queryByText(label, { ignore: '.phrase' })).not.toBeInTheDocument()
    expect(within(itemOf(first.metric)).getByText('300')).toBeInTheDocument()
    expect(within(itemOf(second.metric)).getByText('待定')).toBeInTheDocument()
  })

  test('its "why" quotes the answers of that version, not today\'s', async () => {
    cloud.on('plan.version', ok(revisionView(1, {}, { industry: 'retail' })))
    setRouterParams({ id: 'p1', v: '1' })
    render(<Version />)
    const content = planContent({ industry: 'retail' })
    await screen.findByText(content.positioning.statement)
    await openAllSections()
    const item = itemOf(content.positioning.statement)
    fireEvent.click(within(item).getByRole('button', { name: /为什么？/ }))
    expect(within(item).getByText('你的回答「行业」：零售')).toBeInTheDocument()
    const [ruleId] = content.positioning.why.rules
    expect(within(item).getByText(ruleLine(ruleId)!)).toBeInTheDocument()
  })

  test('shows what that version changed compared with the one before', async () => {
    cloud.on('plan.version', ok(revisionView(2, { previous: versionData(1, { industry: 'retail' }) })))
    setRouterParams({ id: 'p1', v: '2' })
    render(<Version />)
    expect(await screen.findByText('与第 1 版相比的变化')).toBeInTheDocument()
    expect(document.querySelectorAll('.change').length).toBeGreaterThan(0)
  })

  test('恢复为这个版本 asks, restores against the current rev and opens the plan', async () => {
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never)
    cloud.on('plan.version', ok(revisionView(1)))
    cloud.on('plan.get', ok(planView({ version: 2, rev: 7 })))
    cloud.on('plan.restoreVersion', ok(planView({ version: 3, rev: 8, cause: 'restore', restoredFrom: 1 })))
    setRouterParams({ id: 'p1', v: '1' })
    render(<Version />)
    fireEvent.click(await screen.findByText('恢复为这个版本'))
    await waitFor(() =>
      expect(navigations).toEqual([{ kind: 'redirectTo', url: '/packages/plan/detail/index?id=p1', delta: undefined }]),
    )
    expect(cloud.callsTo('plan.restoreVersion')[0].input).toEqual({ planId: 'p1', version: 1, baseRev: 7 })
  })

  test('the current version offers no restore', async () => {
    cloud.on('plan.version', ok(revisionView(2, { current: true })))
    setRouterParams({ id: 'p1', v: '2' })
    render(<Version />)
    await screen.findByText(planContent().positioning.statement)
    expect(screen.queryByText('恢复为这个版本')).not.toBeInTheDocument()
  })

  test('a version that cannot be loaded shows the message', async () => {
    cloud.on('plan.version', err('NOT_FOUND', '找不到这个版本'))
    setRouterParams({ id: 'p1', v: '9' })
    render(<Version />)
    expect(await screen.findByRole('alert')).toHaveTextContent('找不到这个版本')
    expect(screen.queryByText('加载中…')).not.toBeInTheDocument()
  })
})

describe('compare', () => {
  test('lists what changed from the older version to the newer one', async () => {
    cloud.on('plan.versions', ok({ items: [revisionSummary(2, { current: true }), revisionSummary(1)] }))
    cloud.on('plan.version', (input) => {
      const v = (input as { version: number }).version
      return ok(revisionView(v, { current: v === 2 }, v === 1 ? { industry: 'retail' } : {}))
    })
    setRouterParams({ id: 'p1', a: '1', b: '0' })
    render(<Compare />)
    expect(await screen.findByText('第 2 版与第 1 版相比的变化')).toBeInTheDocument()
    expect(document.querySelectorAll('.change').length).toBeGreaterThan(0)
  })
})
