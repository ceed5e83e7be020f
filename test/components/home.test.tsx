import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Home from '@/pages/home/index'
import { usePlans } from '@/stores/plans'
import { useWizard } from '@/stores/wizard'
import Taro from '@tarojs/taro'
import { navigations, pullDownStops, triggerPageEvent } from './support/taro'
import { cloud, err, ok } from './support/fake-api'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const summary = (id: string, name: string, rev: number, industryLabel: string | null = '餐饮') => ({
  id,
  name,
  industry: industryLabel ? 'catering' : null,
  industryLabel,
  updatedAt: new Date(2026, 10, 24, 14, 5).getTime(),
  rev,
  version: rev,
})

beforeEach(() => {
  usePlans.setState(usePlans.getInitialState(), true)
})

describe('home (my plans)', () => {
  test('with no plans it shows the empty state, whose button starts the wizard', async () => {
    cloud.on('plan.list', ok({ items: [], nextCursor: null }))
    render(<Home />)
    expect(await screen.findByText('还没有方案')).toBeInTheDocument()
    fireEvent.click(screen.getByText('开始定位'))
    expect(navigations).toEqual([{ kind: 'navigateTo', url: '/packages/wizard/index', delta: undefined }])
  })

  test('lists saved plans with name, industry and revision; tapping one opens it', async () => {
    cloud.on(
      'plan.list',
      ok({ items: [summary('p1', '老街面馆', 3), summary('p2', '云上茶室', 1, null)], nextCursor: null }),
    )
    render(<Home />)
    const first = await screen.findByText('老街面馆')
    expect(screen.getByText('云上茶室')).toBeInTheDocument()
    const cell = first.closest('[role="link"]') as HTMLElement
    expect(within(cell).getByText(/餐饮/)).toBeInTheDocument()
    expect(within(cell).getByText(/第 3 版/)).toBeInTheDocument()
    expect(within(cell).getByText(/2026-11-24 14:05/)).toBeInTheDocument()
    expect(screen.queryByText('还没有方案')).not.toBeInTheDocument()
    fireEvent.click(first)
    expect(navigations.at(-1)).toMatchObject({ kind: 'navigateTo', url: '/packages/plan/detail/index?id=p1' })
    expect(cloud.callsTo('plan.list')[0].input).toMatchObject({ limit: expect.any(Number) })
  })

  test('a failed load shows the error with a retry that loads again', async () => {
    cloud.once('plan.list', err('INTERNAL', '服务暂时不可用，请稍后再试'))
    cloud.on('plan.list', ok({ items: [summary('p1', '老街面馆', 2)], nextCursor: null }))
    render(<Home />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('服务暂时不可用，请稍后再试')
    fireEvent.click(within(alert).getByText('重试'))
    expect(await screen.findByText('老街面馆')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(cloud.callsTo('plan.list')).toHaveLength(2)
  })

  test('pull-down refresh reloads the list and stops the spinner', async () => {
    cloud.on('plan.list', ok({ items: [], nextCursor: null }))
    render(<Home />)
    await screen.findByText('还没有方案')
    cloud.on('plan.list', ok({ items: [summary('p9', '新开的店', 1)], nextCursor: null }))
    triggerPageEvent('pullDownRefresh')
    expect(await screen.findByText('新开的店')).toBeInTheDocument()
    await waitFor(() => expect(pullDownStops).toBe(1))
  })

  test('more pages load when the list reaches the bottom', async () => {
    cloud.on('plan.list', (input: { cursor?: string }) =>
      input.cursor === 'c2'
        ? ok({ items: [summary('p2', '第二页的店', 1)], nextCursor: null })
        : ok({ items: [summary('p1', '第一页的店', 1)], nextCursor: 'c2' }),
    )
    render(<Home />)
    await screen.findByText('第一页的店')
    triggerPageEvent('reachBottom')
    expect(await screen.findByText('第二页的店')).toBeInTheDocument()
    expect(screen.getByText('第一页的店')).toBeInTheDocument()
  })

  test('an unfinished draft on this phone is offered for resuming instead of the empty state', async () => {
    // The owner answered a question in the wizard earlier and left.
    await useWizard.getState().start()
    useWizard.getState().setAnswer('name', '半成品')
    cloud.reset()
    cloud.on('plan.list', ok({ items: [], nextCursor: null }))
    render(<Home />)
    expect(await screen.findByText('未完成的方案')).toBeInTheDocument()
    expect(screen.getByText('半成品')).toBeInTheDocument()
    await waitFor(() => expect(cloud.callsTo('plan.list')).toHaveLength(1))
    expect(screen.queryByText('还没有方案')).not.toBeInTheDocument()
    // One way to continue, not a "继续 ›" row and a second 继续填写 button.
    expect(screen.getAllByText(/继续/)).toHaveLength(1)
    fireEvent.click(screen.getByText('继续填写'))
    expect(navigations.at(-1)).toMatchObject({ kind: 'navigateTo', url: '/packages/wizard/index' })
  })

  async function withDraft() {
    await useWizard.getState().start()
    useWizard.getState().setAnswer('name', '半成品')
    cloud.reset()
    cloud.on('plan.list', ok({ items: [summary('p1', '老街面馆', 1)], nextCursor: null }))
    render(<Home />)
    await screen.findByText('半成品')
  }
  const answerModal = (confirm: boolean) =>
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm, cancel: !confirm, errMsg: 'showModal:ok' } as never)

  test('放弃草稿 asks, then removes the draft here and in the cloud', async () => {
    await withDraft()
    const modal = answerModal(true)
    fireEvent.click(screen.getByText('放弃草稿'))
    await waitFor(() => expect(screen.queryByText('半成品')).not.toBeInTheDocument())
    expect(modal.mock.calls[0][0]).toMatchObject({ title: '放弃这份草稿？', confirmText: '放弃' })
    expect(cloud.callsTo('draft.discard')).toHaveLength(1)
    expect(localStorage.getItem('wp:draft:new')).toBeNull()
  })

  test('新建方案 while a draft is open: confirmed, the draft goes and the wizard opens; cancelled, nothing happens', async () => {
    await withDraft()
    answerModal(false)
    fireEvent.click(screen.getByText('新建方案'))
    await Promise.resolve()
    expect(navigations).toEqual([])
    jest.restoreAllMocks()
    const modal = answerModal(true)
    fireEvent.click(screen.getByText('新建方案'))
    await waitFor(() => expect(navigations.at(-1)).toMatchObject({ kind: 'navigateTo', url: '/packages/wizard/index' }))
    // Word joiners keep the quoted name whole on one line of the dialog.
    expect((modal.mock.calls[0][0]?.content ?? '').replace(/\u2060/g, '')).toContain('「半成品」')
    expect(cloud.callsTo('draft.discard')).toHaveLength(1)
  })

  test('offline, the home page says so, not that something was saved', async () => {
    cloud.on('plan.list', err('NETWORK', '网络不可用，内容已保存在本机，联网后再试'))
    render(<Home />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('网络不可用，请联网后重试')
    expect(alert).not.toHaveTextContent('保存')
  })
})
