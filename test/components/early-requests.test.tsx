/**
 * Issue 13, first screen: in H5, index.html asks for the home page's data before the app's code
 * has loaded (config/early-requests.cjs), and the transport takes those answers when the app makes
 * the same calls (src/api/early-requests.ts). The script repeats the transport's request and the
 * home route check in plain ES5, so these tests hold each copy to the code it repeats.
 */
import { earlyRequestScript } from '../../config/early-requests.cjs'
import firstRequests from '@/pages/home/first-requests.json'
import { requestBody } from '@/api/early-requests'
import { invoke } from '@/api/transport.h5'
import { h5OpensOnHome, startHomeRequests } from '@/pages/home/first-load'
import { usePlans } from '@/stores/plans'
import { cloud, ok } from './support/fake-api'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const PENDING = '__wpEarlyRequests'
const script = earlyRequestScript(firstRequests.requests, firstRequests.routes)

interface Sent {
  url: string
  init: RequestInit
}

/** Runs index.html's script against a window that opened at `hash`, with `fetch` recording. */
function runScript(hash: string, answer: (sent: Sent) => Promise<unknown>) {
  const sent: Sent[] = []
  const storageReads: string[] = []
  const win: Record<string, unknown> = {
    location: { hash },
    localStorage: { getItem: (key: string) => void storageReads.push(key) },
    fetch: (url: string, init: RequestInit) => {
      sent.push({ url, init })
      return answer({ url, init })
    },
  }
  new Function('window', script)(win)
  return { sent, storageReads, pending: win[PENDING] as Record<string, Promise<unknown>> | undefined }
}

const response = (body: unknown) => Promise.resolve({ json: () => Promise.resolve(body) } as Response)

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[PENDING]
  cloud.reset()
})

describe('early requests (H5 first screen)', () => {
  test.each([
    ['', true],
    ['#/', true],
    ['#/pages/home/index', true],
    ['#/pages/home/index?deleted=p1', true],
    ['#/packages/wizard/index', false],
    ['#/packages/plan/detail/index?id=p1', false],
    ['#/packages/plan/shared/index?token=abc', false],
  ])('hash "%s": the script asks exactly when the app opens on home', (hash, home) => {
    expect(h5OpensOnHome(hash)).toBe(home)
    const { sent, storageReads } = runScript(hash, () => response({ ok: true, data: null }))
    expect(sent.length).toBe(home ? firstRequests.requests.length : 0)
    // The storage the home page reads first (this phone's draft) is opened while scripts download.
    expect(storageReads.length).toBe(home ? 1 : 0)
  })

  test('each request is the one the transport would send: same address, method, headers and body', () => {
    const { sent } = runScript('', () => response({ ok: true, data: null }))
    expect(sent).toEqual(
      firstRequests.requests.map((r) => ({
        url: `/api/${r.fn}`,
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: requestBody(r.action, r.input),
        },
      })),
    )
  })

  test('the transport takes an early answer once, then asks the server again', async () => {
    const { pending } = runScript('', () => response({ ok: true, data: { items: [], nextCursor: null }, now: 5 }))
    ;(globalThis as Record<string, unknown>)[PENDING] = pending
    const fetched: string[] = []
    globalThis.fetch = jest.fn((url: string) => {
      fetched.push(url)
      return response({ ok: true, data: { items: [{ id: 'later' }], nextCursor: null }, now: 6 })
    }) as unknown as typeof fetch
    await expect(invoke('plan', 'list', { limit: 20 })).resolves.toEqual({
      ok: true,
      data: { items: [], nextCursor: null },
      now: 5,
    })
    expect(fetched).toEqual([])
    // Another input is another request: never answered from the early one.
    await invoke('plan', 'list', { limit: 5 })
    await invoke('plan', 'list', { limit: 20 })
    expect(fetched).toEqual(['/api/plan', '/api/plan'])
  })

  test('an early request that failed reads as offline, like any other', async () => {
    const { pending } = runScript('', () => Promise.reject(new TypeError('Failed to fetch')))
    ;(globalThis as Record<string, unknown>)[PENDING] = pending
    const result = await invoke('draft', 'get', {})
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('NETWORK')
  })

  test('the home page first asks exactly what index.html has already asked', async () => {
    cloud.on('plan.list', ok({ items: [], nextCursor: null }))
    usePlans.setState({ status: 'idle' })
    startHomeRequests()
    await Promise.resolve()
    const asked = cloud.calls.map(({ fn, action, input }) => ({ fn, action, input }))
    expect(asked).toEqual(expect.arrayContaining(firstRequests.requests))
    expect(asked).toHaveLength(firstRequests.requests.length)
  })
})
