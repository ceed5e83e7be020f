/** What a colleague sees from a share card: the plan read-only, "save a copy", and dead links. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Shared from '@/packages/plan/shared'
import { useShare } from '@/stores/share'
import { ruleLine } from '@/core/plan/explain'
import Taro from '@tarojs/taro'
import { navigations, setRouterParams } from './support/taro'
import { cloud, err, ok } from './support/fake-api'
import { itemOf, openAllSections, planContent, planView, sharedView, token } from './support/plans'

// The machine running the suite may be shared and slow: rendering a whole plan can take seconds.
jest.setTimeout(30_000)

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const TOKEN = token('share1')
const OWNER_ACTIONS = ['分享给同事', '修改回答', '历史版本', '管理分享链接', '删除方案', '保存目标']

function openShared(params: Record<string, string> = { token: TOKEN }) {
  setRouterParams(params)
  render(<Shared />)
}

beforeEach(() => {
  useShare.setState(useShare.getInitialState(), true)
})

describe('shared plan (colleague)', () => {
  test('loading, then the plan read-only: name, revision, all sections, no inputs, no owner actions', async () => {
    let release: (() => void) | undefined
    cloud.on('share.open', () => new Promise((resolve) => (release = () => resolve(ok(sharedView({ version: 3 }))))))
    openShared()
    expect(screen.getByText('加载中…')).toBeInTheDocument()
    await waitFor(() => expect(release).toBeDefined())
    release!()

    const content = planContent()
    expect(await screen.findByText(content.positioning.statement)).toBeInTheDocument()
    expect(screen.getByText('老街面馆分享给你的方案')).toBeInTheDocument()
    expect(document.querySelector('.page__desc')?.textContent).toBe('只读 · 第 3 版 · 更新于 2026-11-24 09:30')
    expect(screen.getByText('六、指标看板与目标')).toBeInTheDocument()
    expect(screen.getByText('十、季度复盘')).toBeInTheDocument()
    expect(cloud.callsTo('share.open')).toEqual([{ fn: 'share', action: 'open', input: { token: TOKEN } }])

    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument()
    expect(document.querySelector('input, textarea, taro-input-core')).toBeNull()
    for (const label of OWNER_ACTIONS) expect(screen.queryByText(label)).not.toBeInTheDocument()
    expect(screen.getByText('保存副本到我的方案')).toBeInTheDocument()
  })

  test("the colleague can read the why of each recommendation, with the owner's answers", async () => {
    cloud.on('share.open', ok(sharedView()))
    openShared()
    const content = planContent()
    const tool = content.tools[0]
    await screen.findByText(content.positioning.statement)
    await openAllSections()
    const item = itemOf(new RegExp(`^${tool.rank}\\.\\s*${tool.label}`))
    fireEvent.click(within(item).getByRole('button', { name: /为什么？/ }))
    for (const id of tool.why.rules) expect(within(item).getByText(ruleLine(id)!)).toBeInTheDocument()
    expect(tool.why.answers.length).toBeGreaterThan(0)
    // Third person: the colleague reads about the one who shared it, not "你的回答".
    expect(within(item).getAllByText(/^分享人的回答「/)).toHaveLength(tool.why.answers.length)
    expect(screen.queryByText(/你的回答|你设置的目标/)).not.toBeInTheDocument()
    // Assumptions stay tagged in the shared view too.
    expect(screen.getAllByRole('button', { name: /^我们的判断/ }).length).toBeGreaterThan(0)
  })

  test('保存副本 copies through the token and opens the new plan in place of the shared view', async () => {
    cloud.on('share.open', ok(sharedView()))
    cloud.on('share.copy', ok(planView({ id: 'p_copy9', rev: 1 })))
    openShared()
    fireEvent.click(await screen.findByText('保存副本到我的方案'))
    await waitFor(() => expect(navigations).toHaveLength(1))
    expect(cloud.callsTo('share.copy')).toEqual([{ fn: 'share', action: 'copy', input: { token: TOKEN } }])
    expect(navigations[0]).toEqual({
      kind: 'redirectTo',
      url: '/packages/plan/detail/index?id=p_copy9',
      delta: undefined,
    })
  })

  test('关于这份方案 sums up the key answers about the business, in the third person', async () => {
    cloud.on('share.open', ok(sharedView()))
    openShared()
    const card = (await screen.findByText('关于这份方案')).parentElement as HTMLElement
    expect(card).toHaveTextContent(/^关于这份方案老街面馆属于餐饮行业/)
    expect(card.textContent).not.toMatch(/你/)
  })

  test('保存副本 confirms with a toast and says the copy is named …（副本）', async () => {
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' } as never)
    cloud.on('share.open', ok(sharedView()))
    cloud.on('share.copy', ok(planView({ id: 'p_copy9', rev: 1 })))
    openShared()
    expect(await screen.findByText(/老街面馆（副本）/)).toBeInTheDocument()
    fireEvent.click(screen.getByText('保存副本到我的方案'))
    await waitFor(() => expect(toast).toHaveBeenCalledWith({ title: '已保存到我的方案', icon: 'success' }))
  })

  test('a failed copy says why and stays on the shared plan', async () => {
    cloud.on('share.open', ok(sharedView()))
    cloud.on('share.copy', err('LIMIT_EXCEEDED', '已达到数量上限'))
    openShared()
    fireEvent.click(await screen.findByText('保存副本到我的方案'))
    expect(await screen.findByRole('alert')).toHaveTextContent('已达到数量上限')
    expect(navigations).toEqual([])
    expect(screen.getByText(planContent().positioning.statement)).toBeInTheDocument()
  })

  test.each([
    ['SHARE_REVOKED', '分享人已撤销这个链接'],
    ['SHARE_EXPIRED', '这个分享链接已过期'],
    ['NOT_FOUND', '这个分享链接无效'],
    // A garbage token fails the format check: not "填写的内容有误，请检查标出的项目".
    ['INVALID_INPUT', '这个分享链接无效'],
  ] as const)('%s: says "%s" with a way home, not an error page', async (code, title) => {
    cloud.on('share.open', err(code))
    openShared()
    expect(await screen.findByText(title)).toBeInTheDocument()
    expect(document.querySelector('.state__desc')?.textContent).toBe(
      '请向分享人索取新的链接。也可以去「我的方案」，为自己的企业做一份。',
    )
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.queryByText('出错了')).not.toBeInTheDocument()
    expect(screen.queryByText('重试')).not.toBeInTheDocument()
    expect(screen.queryByText('保存副本到我的方案')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('去我的方案'))
    expect(navigations).toEqual([{ kind: 'reLaunch', url: '/pages/home/index', delta: undefined }])
  })

  test('any other failure is an error with 重试, which opens the link again', async () => {
    cloud.once('share.open', err('NETWORK', '网络不可用，内容已保存在本机，联网后再试'))
    cloud.on('share.open', ok(sharedView()))
    openShared()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('网络不可用')
    fireEvent.click(within(alert).getByText('重试'))
    expect(await screen.findByText(planContent().positioning.statement)).toBeInTheDocument()
    expect(cloud.callsTo('share.open').map((c) => c.input)).toEqual([{ token: TOKEN }, { token: TOKEN }])
  })

  test('a link without a token says it is invalid and asks the cloud nothing', async () => {
    openShared({})
    expect(screen.getByText('这个分享链接无效')).toBeInTheDocument()
    await act(async () => {})
    expect(cloud.calls).toHaveLength(0)
    fireEvent.click(screen.getByText('去我的方案'))
    expect(navigations[0]).toMatchObject({ kind: 'reLaunch', url: '/pages/home/index' })
  })

  test("a QR code's scene works as the token", async () => {
    cloud.on('share.open', ok(sharedView()))
    openShared({ scene: TOKEN })
    expect(await screen.findByText(planContent().positioning.statement)).toBeInTheDocument()
    expect(cloud.callsTo('share.open')[0].input).toEqual({ token: TOKEN })
  })
})
