/**
 * 复盘提醒 and the in-app notices on the review page read and write through the results
 * subpackage's reminders store (issue 13): same requests, same words as when the panel loaded
 * them itself, and a second visit never shows the first visit's count.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { ReminderNotices, ReminderPanel } from '@/packages/results/components/reminder-panel'
import { useReminders } from '@/packages/results/stores/reminders'
import type { ReminderStatusView } from '@/core/api'
import { cloud, err, ok } from './support/fake-api'
import { held, recordScreens } from './support/record-screens'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const REVIEW_DATE = '2027-02-24'
const statusView = (banked: number, last: ReminderStatusView['last'] = null): ReminderStatusView => ({
  banked,
  reviewDate: REVIEW_DATE,
  last,
})

describe('复盘提醒 through the reminders store', () => {
  test('one status read on open; the banked count, the date and the last attempt in words', async () => {
    cloud.on('reminder.status', ok(statusView(2, { at: 0, sent: true, text: '已于 2026-11-24 提醒' })))
    render(<ReminderPanel planId='p1' />)
    await screen.findByText(/^已存 2 次提醒：复盘日（2027-02-24）会提醒你/)
    expect(screen.getByText('已于 2026-11-24 提醒')).toBeInTheDocument()
    expect(screen.getByText('再存一次提醒')).toBeInTheDocument()
    expect(cloud.callsTo('reminder.status').map((c) => c.input)).toEqual([{ planId: 'p1' }])
  })

  test('a tap banks one consent: the count follows, and the panel says when it will remind', async () => {
    cloud.on('reminder.status', ok(statusView(0)))
    cloud.on('reminder.subscribe', ok(statusView(1)))
    render(<ReminderPanel planId='p1' />)
    fireEvent.click(await screen.findByText('复盘时提醒我'))
    expect(await screen.findByRole('status')).toHaveTextContent('好的，复盘日（2027-02-24）会提醒你')
    expect(screen.getByText(/^已存 1 次提醒/)).toBeInTheDocument()
    expect(cloud.callsTo('reminder.subscribe').map((c) => c.input)).toEqual([{ planId: 'p1', accepted: 1 }])
    // The store keeps the new status: nothing else is read for it.
    expect(cloud.callsTo('reminder.status')).toHaveLength(1)
  })

  test('a refused tap says why and leaves the count as it was', async () => {
    cloud.on('reminder.status', ok(statusView(10)))
    cloud.on('reminder.subscribe', err('LIMIT_EXCEEDED', '已经存了 10 次提醒，够用了'))
    render(<ReminderPanel planId='p1' />)
    fireEvent.click(await screen.findByText('再存一次提醒'))
    expect(await screen.findByRole('status')).toHaveTextContent('已经存了 10 次提醒，够用了')
    expect(screen.getByText(/^已存 10 次提醒/)).toBeInTheDocument()
  })

  test('offline: no date, no error, the button is still there; the store knows it was the network', async () => {
    cloud.on('reminder.status', err('NETWORK', '网络不可用，请联网后重试'))
    render(<ReminderPanel planId='p1' />)
    await act(async () => {
      await Promise.resolve()
    })
    expect(useReminders.getState().statuses.p1).toMatchObject({ status: 'error', offline: true })
    expect(screen.getByText('到复盘日提醒你回来看数据。')).toBeInTheDocument()
    expect(screen.getByText('复盘时提醒我')).toBeInTheDocument()
    expect(screen.queryByText('网络不可用，请联网后重试')).toBeNull()
  })

  test('a second visit shows the new count, never the first visit’s', async () => {
    cloud.on('reminder.status', ok(statusView(1)))
    const first = render(<ReminderPanel planId='p1' />)
    await screen.findByText(/^已存 1 次提醒/)
    first.unmount()

    // The reminder went out meanwhile: nothing banked any more.
    const later = held(statusView(0, { at: 0, sent: true, text: '已于 2027-02-24 提醒' }))
    cloud.on('reminder.status', later.answer)
    const rec = recordScreens()
    render(<ReminderPanel planId='p1' />)
    await act(async () => later.release())
    await screen.findByText('已于 2027-02-24 提醒')
    rec.stop()
    expect(rec.texts.filter((t) => t.includes('已存 1 次提醒'))).toEqual([])
    expect(screen.getByText('到复盘日（2027-02-24）提醒你回来看数据。')).toBeInTheDocument()
  })

  test('a status read that answers after a tap does not undo the tap', async () => {
    const slow = held(statusView(0))
    cloud.on('reminder.status', slow.answer)
    cloud.on('reminder.subscribe', ok(statusView(1)))
    const reading = useReminders.getState().loadStatus('p9')
    expect(await useReminders.getState().subscribe('p9')).toEqual({ ok: true, view: statusView(1) })
    slow.release()
    await reading
    expect(useReminders.getState().statuses.p9).toMatchObject({ status: 'ready', view: { banked: 1 } })
  })
})

describe('notices through the reminders store', () => {
  const notice = (id: string, text: string) => ({ id, planId: 'p1', text, sentAt: 0 })

  test('notices show once read; 知道了 takes one away at once and tells the server it was seen', async () => {
    cloud.on(
      'reminder.notices',
      ok({ items: [notice('n1', '老街面馆：复盘日到了'), notice('n2', '新店：复盘日到了')] }),
    )
    cloud.on('reminder.seen', ok({ seen: true }))
    render(<ReminderNotices />)
    await screen.findByText('老街面馆：复盘日到了')
    fireEvent.click(screen.getAllByText('知道了')[0])
    expect(screen.queryByText('老街面馆：复盘日到了')).toBeNull()
    expect(screen.getByText('新店：复盘日到了')).toBeInTheDocument()
    expect(cloud.callsTo('reminder.seen').map((c) => c.input)).toEqual([{ id: 'n1' }])
    expect(cloud.callsTo('reminder.notices')).toHaveLength(1)
  })

  test('a failed read shows nothing; a second visit does not show the first visit’s notices while it reads', async () => {
    cloud.on('reminder.notices', ok({ items: [notice('n1', '老街面馆：复盘日到了')] }))
    const first = render(<ReminderNotices />)
    await screen.findByText('老街面馆：复盘日到了')
    first.unmount()

    const later = held({ items: [] })
    cloud.on('reminder.notices', later.answer)
    const rec = recordScreens()
    const second = render(<ReminderNotices />)
    await act(async () => later.release())
    rec.stop()
    expect(rec.texts.filter((t) => t.includes('老街面馆'))).toEqual([])
    second.unmount()

    cloud.once('reminder.notices', err('NETWORK', '网络不可用，请联网后重试'))
    const { container } = render(<ReminderNotices />)
    await act(async () => {
      await Promise.resolve()
    })
    expect(container).toBeEmptyDOMElement()
  })
})
