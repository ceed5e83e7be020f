/** The owner's share links for one plan: status of each, revoke with confirmation. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Shares from '@/packages/plan/shares'
import { useShare } from '@/stores/share'
import type { ShareLink } from '@/core/api'
// At run time `@tarojs/taro` is the fake in ./support/taro (see jest.config.js); typed as the real one.
import Taro from '@tarojs/taro'
import { setRouterParams } from './support/taro'
import { cloud, err, ok } from './support/fake-api'
import { NOW, DAY, shareLink } from './support/plans'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const active = shareLink('AAA111')
const revoked = shareLink('BBB222', { status: 'revoked', revokedAt: NOW - DAY })
const expired = shareLink('CCC333', { status: 'expired', expiresAt: NOW - 3 * DAY })

/** The row of link number `n` (links are numbered from the oldest; the token is never shown). */
function row(n: number): HTMLElement {
  return screen.getByText(new RegExp(`^链接 ${n} · `)).parentElement!.parentElement!
}

function stubModal(confirm: boolean) {
  return jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm, cancel: !confirm, errMsg: 'showModal:ok' } as never)
}

function stubToast() {
  return jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' } as never)
}

/** A cloud that keeps the links and applies revokes, as the share function does. */
function linksCloud(initial: ShareLink[]) {
  let links = initial.map((l) => ({ ...l }))
  cloud.on('share.list', () => ok({ items: links.map((l) => ({ ...l })) }))
  cloud.on('share.revoke', (input) => {
    links = links.map((l) => (l.token === input.token ? { ...l, status: 'revoked', revokedAt: NOW } : l))
    return ok({ token: input.token, revokedAt: NOW })
  })
}

function openPage(planId = 'p1') {
  setRouterParams({ id: planId })
  render(<Shares />)
}

beforeEach(() => {
  useShare.setState(useShare.getInitialState(), true)
  jest.restoreAllMocks()
})

describe('share links page', () => {
  test('loading, then each link with its status and dates; only active links can be revoked', async () => {
    linksCloud([active, revoked, expired])
    openPage()
    expect(screen.getByText('加载中…')).toBeInTheDocument()
    expect(await screen.findByText('链接 3 · 有效')).toBeInTheDocument()
    expect(screen.getByText('链接 2 · 已撤销')).toBeInTheDocument()
    expect(screen.getByText('链接 1 · 已过期')).toBeInTheDocument()
    expect(cloud.callsTo('share.list')).toEqual([{ fn: 'share', action: 'list', input: { planId: 'p1' } }])

    const meta = (n: number) => row(n).querySelector('.cell__meta')?.textContent
    expect(meta(3)).toBe('创建于 2026-11-22 09:30 · 有效期至 2026-12-22 09:30')
    expect(meta(2)).toMatch(/撤销于 2026-11-23 09:30/)
    expect(meta(1)).toMatch(/有效期至 2026-11-21 09:30/)

    expect(within(row(3)).getByText('撤销')).toBeInTheDocument()
    expect(within(row(2)).queryByText('撤销')).not.toBeInTheDocument()
    expect(within(row(1)).queryByText('撤销')).not.toBeInTheDocument()
    // No token, not even its tail, is put on screen: links are told apart by number and dates.
    expect(document.body.textContent).not.toContain(active.token.slice(-6))
  })

  test('revoke asks first; confirmed, it revokes that token, then reloads the list', async () => {
    linksCloud([active, shareLink('DDD444')])
    const modal = stubModal(true)
    const toast = stubToast()
    openPage()
    await screen.findByText('链接 2 · 有效')
    fireEvent.click(within(row(2)).getByText('撤销'))

    await waitFor(() => expect(screen.getByText('链接 2 · 已撤销')).toBeInTheDocument())
    expect(modal).toHaveBeenCalledTimes(1)
    expect(modal.mock.calls[0][0]).toMatchObject({ title: '撤销这个链接？', confirmText: '撤销' })
    expect(cloud.calls.map((c) => `${c.fn}.${c.action}`)).toEqual(['share.list', 'share.revoke', 'share.list'])
    expect(cloud.callsTo('share.revoke')[0].input).toEqual({ planId: 'p1', token: active.token })
    // The other link is untouched and still revocable.
    expect(within(row(1)).getByText('撤销')).toBeInTheDocument()
    expect(within(row(2)).queryByText('撤销')).not.toBeInTheDocument()
    await waitFor(() =>
      expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已撤销', icon: 'success' })),
    )
  })

  test('cancelling the confirmation revokes nothing', async () => {
    linksCloud([active])
    const modal = stubModal(false)
    openPage()
    await screen.findByText('链接 1 · 有效')
    fireEvent.click(within(row(1)).getByText('撤销'))
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    await act(async () => {})
    expect(cloud.callsTo('share.revoke')).toHaveLength(0)
    expect(cloud.callsTo('share.list')).toHaveLength(1)
    expect(screen.getByText('链接 1 · 有效')).toBeInTheDocument()
  })

  test('a failed revoke shows why and leaves the list as it was', async () => {
    linksCloud([active])
    cloud.on('share.revoke', err('FORBIDDEN', '没有权限进行此操作'))
    stubModal(true)
    const toast = stubToast()
    openPage()
    await screen.findByText('链接 1 · 有效')
    fireEvent.click(within(row(1)).getByText('撤销'))
    await waitFor(() =>
      expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '没有权限进行此操作', icon: 'none' })),
    )
    expect(cloud.callsTo('share.list')).toHaveLength(1)
    expect(screen.getByText('链接 1 · 有效')).toBeInTheDocument()
  })

  test('a failed load shows the message; 重试 loads again', async () => {
    cloud.once('share.list', err('INTERNAL', '服务暂时不可用，请稍后再试'))
    linksCloud([active])
    openPage()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('服务暂时不可用，请稍后再试')
    fireEvent.click(within(alert).getByText('重试'))
    expect(await screen.findByText('链接 1 · 有效')).toBeInTheDocument()
    expect(cloud.callsTo('share.list')).toHaveLength(2)
  })

  test('no links yet: an empty state that says where links come from', async () => {
    linksCloud([])
    openPage()
    expect(await screen.findByText('还没有分享过')).toBeInTheDocument()
    expect(screen.getByText('在方案页点「分享给同事」会生成一个只读链接。')).toBeInTheDocument()
  })
})
