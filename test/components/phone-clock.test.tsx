/**
 * Issue 13: a phone whose clock is wrong. Every answer carries the server's clock (`now`); the day
 * counts the owner reads and the "which draft is newer" decision use it, never the phone's own.
 * Each test moves only the phone's clock (fake timers) and lets the fake cloud say the server's.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import type { ApiEnvelope } from '@/core/errors'
import type { DraftView } from '@/core/api'
import { RecentlyDeleted } from '@/pages/home/recently-deleted'
import { useDeletedPlans } from '@/stores/deleted-plans'
import { useWizard } from '@/stores/wizard'
import { useDraftOffer } from '@/pages/home/draft-offer'
import { readLocalDraft } from '@/stores/draft-sync'
import { forgetServerClockInMemory, serverNow } from '@/api/server-clock'
import { cloud, err } from './support/fake-api'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** The server's clock in these tests. */
const SERVER = new Date(2026, 10, 24, 9, 30).getTime()
const SAVE_WAIT_MS = 2000 // longer than the draft's save delay

/** An answer as the real entries send it: the result and the server's clock. */
const answer = <T,>(data: T, now: number): ApiEnvelope<T> => ({ ok: true, data, now })

const w = () => useWizard.getState()
/** A fresh launch: store state and the clock offset in memory are gone; the phone's storage stays. */
function relaunch() {
  useWizard.setState(useWizard.getInitialState(), true)
  useDraftOffer.setState(useDraftOffer.getInitialState(), true)
  forgetServerClockInMemory()
}

function cloudDraft(name: string, updatedAt: number): DraftView {
  return { planId: null, answers: { name }, step: 0, version: 2, updatedAt, baseRev: null, fromVersion: null }
}

beforeEach(() => {
  useDeletedPlans.setState(useDeletedPlans.getInitialState(), true)
  relaunch()
})
afterEach(() => {
  jest.useRealTimers()
})

describe('最近删除 counts days on the server’s clock', () => {
  test.each([
    ['ten days ahead', 10 * DAY],
    ['ten days behind', -10 * DAY],
  ])('a phone %s still reads 还可恢复 29 天 for a plan deleted a day ago', async (_label, skew) => {
    jest.useFakeTimers({ now: SERVER + skew, doNotFake: ['queueMicrotask', 'nextTick'] })
    const item = {
      planId: 'p1',
      name: '老街面馆',
      industryLabel: '餐饮',
      version: 1,
      deletedAt: SERVER - DAY,
      restoreUntil: SERVER + 29 * DAY,
    }
    cloud.on('plan.deleted', () => answer({ items: [item] }, SERVER))
    render(<RecentlyDeleted liveCount={0} onRestored={() => undefined} />)
    fireEvent.click(await screen.findByText('最近删除（1）'))
    expect(screen.getByText(/还可恢复 29 天/)).toBeInTheDocument()
  })
})

describe('a draft is stamped on the server’s clock, so the newer one wins whatever the phone says', () => {
  test('typed offline on a phone a day behind: still newer than the other phone’s earlier cloud draft', async () => {
    jest.useFakeTimers({ now: SERVER - DAY })
    cloud.on('draft.get', () => answer(null, SERVER))
    await w().start()
    // The network goes; the owner types on. The draft is kept on the phone only.
    cloud.on('draft.save', err('NETWORK'))
    w().setAnswer('name', '本机离线写的')
    await act(() => jest.advanceTimersByTimeAsync(SAVE_WAIT_MS))
    expect(w().sync).toBe('offline')

    // Next launch: the cloud holds a draft another phone saved an hour before this edit.
    relaunch()
    cloud.reset()
    cloud.on('draft.get', () => answer(cloudDraft('另一台手机更早写的', SERVER - HOUR), SERVER + 5 * MINUTE))
    await w().start()
    expect(w().answers.name).toBe('本机离线写的')
    // And it goes up to the cloud, over the older one.
    await act(() => jest.advanceTimersByTimeAsync(SAVE_WAIT_MS))
    expect(cloud.callsTo('draft.save').at(-1)?.input.answers).toMatchObject({ name: '本机离线写的' })
  })

  test('on a phone a day ahead: the other phone’s later cloud draft wins, here and on home', async () => {
    jest.useFakeTimers({ now: SERVER + DAY })
    cloud.on('draft.get', () => answer(null, SERVER))
    await w().start()
    w().setAnswer('name', '这台手机先写的')
    await act(() => jest.advanceTimersByTimeAsync(SAVE_WAIT_MS))

    // An hour later the owner went on with the draft on another phone.
    relaunch()
    cloud.reset()
    const later = cloudDraft('另一台手机后来写的', SERVER + HOUR)
    cloud.on('draft.get', () => answer(later, SERVER + 2 * HOUR))
    jest.setSystemTime(SERVER + DAY + 2 * HOUR)
    await useDraftOffer.getState().load()
    expect(useDraftOffer.getState().offer?.name).toBe('另一台手机后来写的')
    await w().start()
    expect(w().answers.name).toBe('另一台手机后来写的')
  })

  test('a launch without network stamps the draft with the server’s clock as last seen', async () => {
    jest.useFakeTimers({ now: SERVER - DAY })
    cloud.on('draft.get', () => answer(null, SERVER))
    await w().start()
    expect(serverNow()).toBe(SERVER)

    // Relaunched with no network at all: no answer tells this launch the server's clock.
    relaunch()
    cloud.reset()
    cloud.on('draft.get', err('NETWORK'))
    cloud.on('draft.save', err('NETWORK'))
    await w().start()
    w().setAnswer('name', '断网时写的')
    expect(readLocalDraft('new')?.updatedAt).toBe(SERVER)
  })
})
