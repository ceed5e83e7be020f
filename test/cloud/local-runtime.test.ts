import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PurgeReport } from '../../cloudfunctions/handlers'
import { signInOnPageMiddleware } from '../../cloudfunctions/local/identity.cjs'
import { startLocalCloud } from '../../cloudfunctions/local/server'
import type { LocalCloud } from '../../cloudfunctions/local/server'
import { createSqliteStore } from '../../cloudfunctions/store/sqlite'
import { DAY, changedAnswers, emptyPurge, expiredPlanRecord, sampleAnswers } from './support/fixtures'

/** The local runtime over real HTTP on loopback: protocol, status codes, cookie identity, static files. */

interface Reply {
  status: number
  headers: Headers
  body: {
    ok: boolean
    data?: unknown
    error?: { code: string; message: string; fields?: { path: string }[]; currentRev?: number }
  } & Record<string, unknown>
}

class Browser {
  cookie: string | null = null
  constructor(private readonly base: () => string) {}

  async request(path: string, init: RequestInit = {}): Promise<Reply> {
    const headers = new Headers(init.headers)
    if (this.cookie) headers.set('cookie', this.cookie)
    const res = await fetch(this.base() + path, { ...init, headers })
    const setCookie = res.headers.get('set-cookie')
    if (setCookie) this.cookie = setCookie.split(';')[0]
    const text = await res.text()
    let body: Reply['body']
    try {
      body = JSON.parse(text)
    } catch {
      body = { ok: false, raw: text }
    }
    return { status: res.status, headers: res.headers, body }
  }

  call(fn: string, action: string, input?: unknown): Promise<Reply> {
    return this.request(`/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action, input }),
    })
  }

  async data<T = Record<string, unknown>>(fn: string, action: string, input?: unknown): Promise<T> {
    const r = await this.call(fn, action, input)
    if (r.status !== 200) throw new Error(`${fn}.${action}: ${r.status} ${JSON.stringify(r.body)}`)
    return r.body.data as T
  }
}

describe('local cloud runtime over HTTP', () => {
  let dir: string
  let cloud: LocalCloud
  const base = () => cloud.url
  let alice: Browser
  let bob: Browser

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wp-local-'))
    mkdirSync(join(dir, 'h5', 'js'), { recursive: true })
    writeFileSync(join(dir, 'h5', 'index.html'), '<!doctype html><title>微定位</title>')
    writeFileSync(join(dir, 'h5', 'js', 'app.js'), 'console.log(1)')
    writeFileSync(join(dir, 'secret.txt'), 'do not serve')
    cloud = await startLocalCloud({
      port: 0,
      dbFile: join(dir, 'db.sqlite'),
      staticDir: join(dir, 'h5'),
      log: () => undefined,
    })
  })
  afterAll(async () => {
    await cloud.close()
    rmSync(dir, { recursive: true, force: true })
  })
  beforeEach(() => {
    alice = new Browser(base)
    bob = new Browser(base)
  })

  it('every answer carries the runtime clock, which the phone reads dates against', async () => {
    const before = Date.now()
    const r = await alice.call('plan', 'list', {})
    const after = Date.now()
    expect(r.body.ok).toBe(true)
    expect(r.body.now).toBeGreaterThanOrEqual(before)
    expect(r.body.now).toBeLessThanOrEqual(after)
  })

  it('binds to loopback only', () => {
    expect(cloud.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('gives a request without the cookie a fresh dev identity, as an HttpOnly SameSite=Lax cookie', async () => {
    const first = await alice.request('/api/whoami')
    expect(first.status).toBe(200)
    const setCookie = first.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^wp_dev_user=dev_[A-Za-z0-9_-]{22};/)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Lax')
    expect(setCookie).toContain('Path=/')
    const openid = (first.body.data as { openid: string }).openid
    expect(first.body.openid).toBe(openid)
    const again = await alice.request('/api/whoami')
    expect(again.headers.get('set-cookie')).toBeNull()
    expect((again.body.data as { openid: string }).openid).toBe(openid)
    const other = await bob.request('/api/whoami')
    expect((other.body.data as { openid: string }).openid).not.toBe(openid)
  })

  it('replaces a forged or malformed cookie with a fresh identity', async () => {
    alice.cookie = 'wp_dev_user=../../admin'
    const r = await alice.request('/api/whoami')
    expect((r.body.data as { openid: string }).openid).toMatch(/^dev_/)
    expect(r.headers.get('set-cookie')).toMatch(/^wp_dev_user=dev_/)
  })

  it('two cookies are two users: plans are private, a share token lets the other read and copy', async () => {
    const plan = await alice.data<{ id: string; rev: number; name: string }>('plan', 'create', {
      answers: sampleAnswers(),
    })
    expect((await alice.data<{ items: unknown[] }>('plan', 'list', {})).items).toHaveLength(1)
    expect((await bob.data<{ items: unknown[] }>('plan', 'list', {})).items).toHaveLength(0)
    const peek = await bob.call('plan', 'get', { planId: plan.id })
    expect(peek.status).toBe(404)
    expect(peek.body.error?.code).toBe('NOT_FOUND')
    const { token } = await alice.data<{ token: string }>('share', 'create', { planId: plan.id })
    const view = await bob.data<{ name: string }>('share', 'open', { token })
    expect(view.name).toBe(plan.name)
    const copy = await bob.data<{ id: string }>('share', 'copy', { token })
    expect((await bob.data<{ items: { id: string }[] }>('plan', 'list', {})).items.map((p) => p.id)).toEqual([copy.id])
    await alice.data('share', 'revoke', { planId: plan.id, token })
    const dead = await bob.call('share', 'open', { token })
    expect([dead.status, dead.body.error?.code]).toEqual([410, 'SHARE_REVOKED'])
  })

  it('does not expose the maintenance function: POST /api/maintenance is a 404 like any unknown function', async () => {
    for (const action of ['purge', 'run', undefined]) {
      const r = await alice.call('maintenance', action as string, {})
      expect(r.status).toBe(404)
      expect(r.headers.get('content-type')).toMatch(/^application\/json/)
      expect(r.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    const unknown = await alice.call('nonexistent', 'x', {})
    expect(unknown.status).toBe(404)
    expect(unknown.body.error?.message).toBe((await alice.call('maintenance', 'purge', {})).body.error?.message)
  })

  it('maps error codes to HTTP statuses', async () => {
    const plan = await alice.data<{ id: string }>('plan', 'create', { answers: sampleAnswers() })
    const invalid = await alice.call('plan', 'create', { answers: { name: '' } })
    expect([invalid.status, invalid.body.error?.code]).toEqual([400, 'INVALID_INPUT'])
    expect(invalid.body.error?.fields?.some((f) => f.path === 'answers.name')).toBe(true)
    await alice.data('plan', 'update', { planId: plan.id, answers: changedAnswers(), baseRev: 1 })
    const stale = await alice.call('plan', 'update', { planId: plan.id, answers: sampleAnswers(), baseRev: 1 })
    expect([stale.status, stale.body.error?.code, stale.body.error?.currentRev]).toEqual([409, 'CONFLICT', 2])
    for (let i = 0; i < 20; i++) await alice.data('share', 'create', { planId: plan.id })
    const limit = await alice.call('share', 'create', { planId: plan.id })
    expect([limit.status, limit.body.error?.code]).toEqual([422, 'LIMIT_EXCEEDED'])
    const short = await alice.data<{ token: string }>('share', 'create', {
      planId: (await alice.data<{ id: string }>('plan', 'create', { answers: sampleAnswers() })).id,
      expiresInDays: 1,
    })
    expect(short.token).toHaveLength(22)
  })

  it('answers malformed requests with a 4xx JSON error and keeps serving', async () => {
    const post = (path: string, body: string, type = 'application/json') =>
      alice.request(path, { method: 'POST', headers: { 'content-type': type }, body })
    const cases: [Promise<Reply>, number, string][] = [
      [post('/api/plan', '{"action": "list",'), 400, 'INVALID_INPUT'],
      [post('/api/plan', ''), 400, 'INVALID_INPUT'],
      [post('/api/plan', 'null'), 400, 'INVALID_INPUT'],
      [post('/api/plan', '[1,2]'), 400, 'INVALID_INPUT'],
      [post('/api/plan', '{"action":"nope"}'), 400, 'INVALID_INPUT'],
      [post('/api/plan', '{"action":"list"}', 'text/plain'), 415, 'INVALID_INPUT'],
      [post('/api/nope', '{"action":"list"}'), 404, 'NOT_FOUND'],
      [post('/api/__proto__', '{"action":"list"}'), 404, 'NOT_FOUND'],
      [post('/api/', '{}'), 404, 'NOT_FOUND'],
      [alice.request('/api/plan'), 405, 'INVALID_INPUT'],
      [
        alice.request('/api/plan', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' }),
        405,
        'INVALID_INPUT',
      ],
      [alice.request('/api/whoami', { method: 'POST' }), 405, 'INVALID_INPUT'],
      [
        post('/api/plan', JSON.stringify({ action: 'create', input: { answers: { name: 'x'.repeat(70 * 1024) } } })),
        413,
        'LIMIT_EXCEEDED',
      ],
      [alice.request('/api/nothing-here/%E0%A4%A'), 404, 'NOT_FOUND'],
    ]
    for (const [reply, status, code] of cases) {
      const r = await reply
      expect([r.status, r.body.ok, r.body.error?.code]).toEqual([status, false, code])
      expect(r.headers.get('content-type')).toMatch(/^application\/json/)
    }
    expect((await alice.request('/api/whoami')).status).toBe(200)
  })

  it('rejects a streamed body over 64 KB without a content-length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const r = await alice.request('/api/plan', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect([r.status, r.body.error?.code]).toEqual([413, 'LIMIT_EXCEEDED'])
  })

  it('survives a connection that sends garbage instead of HTTP', async () => {
    const { port } = new URL(cloud.url)
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end('\x00\x01 NOT HTTP AT ALL\r\n\r\n'))
      socket.on('close', () => resolve())
      socket.on('error', () => resolve())
      socket.resume()
    })
    expect((await alice.request('/api/whoami')).status).toBe(200)
  })

  it('serves the H5 build with an index.html fallback and nothing outside it', async () => {
    const index = await fetch(`${cloud.url}/`)
    expect(index.status).toBe(200)
    expect(await index.text()).toContain('微定位')
    const js = await fetch(`${cloud.url}/js/app.js`)
    expect(js.headers.get('content-type')).toMatch(/javascript/)
    const route = await fetch(`${cloud.url}/pages/home/index?x=1`)
    expect(await route.text()).toContain('微定位')
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/js/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const r = await fetch(`${cloud.url}${path}`)
      expect(await r.text()).not.toContain('do not serve')
    }
  })

  it('signs a new visitor in with the page, so the requests it sends before the app loads are one user', async () => {
    const visitor = new Browser(base)
    const page = await visitor.request('/')
    expect(page.headers.get('set-cookie')).toMatch(/^wp_dev_user=dev_[A-Za-z0-9_-]{22};.*HttpOnly/)
    const signedIn = visitor.cookie
    // index.html's early requests (config/early-requests.cjs) go out together, each with that cookie.
    const [list, draft] = await Promise.all([visitor.call('plan', 'list', {}), visitor.call('draft', 'get', {})])
    expect([list.status, draft.status]).toEqual([200, 200])
    expect([list.headers.get('set-cookie'), draft.headers.get('set-cookie')]).toEqual([null, null])
    expect(visitor.cookie).toBe(signedIn)
    // A returning visitor keeps who they are; scripts and styles never sign anyone in.
    expect((await visitor.request('/pages/home/index')).headers.get('set-cookie')).toBeNull()
    expect((await fetch(`${cloud.url}/js/app.js`)).headers.get('set-cookie')).toBeNull()
  })

  it('keeps data in the SQLite file across a restart', async () => {
    const plan = await alice.data<{ id: string }>('plan', 'create', { answers: sampleAnswers({ name: '持久' }) })
    await cloud.close()
    cloud = await startLocalCloud({
      port: 0,
      dbFile: join(dir, 'db.sqlite'),
      staticDir: join(dir, 'h5'),
      log: () => undefined,
    })
    const got = await alice.data<{ name: string }>('plan', 'get', { planId: plan.id })
    expect(got.name).toBe('持久')
  })
})

describe('local cloud runtime maintenance', () => {
  let dir: string
  let cloud: LocalCloud | null = null
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wp-maint-'))
  })
  afterEach(async () => {
    await cloud?.close()
    cloud = null
    rmSync(dir, { recursive: true, force: true })
  })

  const emptyReport = emptyPurge()

  it('purges plans past the restore window once at start-up, like the production timer', async () => {
    const now = Date.UTC(2026, 0, 31)
    const dbFile = join(dir, 'db.sqlite')
    const seed = createSqliteStore({ file: dbFile })
    const base = expiredPlanRecord(now, { ownerId: 'dev_owner' })
    await seed.plans.insert(base)
    await seed.plans.insert({ ...base, id: 'p_recent', deletedAt: now - DAY })
    await seed.plans.insert({ ...base, id: 'p_live', deletedAt: null })
    await seed.close()
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined)
    try {
      cloud = await startLocalCloud({ port: 0, dbFile, clock: { now: () => now }, log: () => undefined })
      expect(await cloud.maintained).toMatchObject({ plans: 1, complete: true })
      expect(log).toHaveBeenCalledWith(expect.stringContaining('purged expired plans'))
    } finally {
      log.mockRestore()
    }
    expect(await cloud.store.plans.find('p_expired')).toBeNull()
    expect(await cloud.store.plans.find('p_recent')).not.toBeNull()
    expect(await cloud.store.plans.find('p_live')).not.toBeNull()
  })

  it.each([
    ['rejects', () => Promise.reject(new Error('disk full'))],
    [
      'throws synchronously',
      (): Promise<PurgeReport> => {
        throw new Error('boom')
      },
    ],
  ])('start-up survives a maintenance run that %s: logged, and the server serves', async (_how, maintenance) => {
    const errors: unknown[] = []
    cloud = await startLocalCloud({
      port: 0,
      dbFile: join(dir, 'db.sqlite'),
      log: (message, error) => errors.push([message, error]),
      maintenance,
    })
    expect(await cloud.maintained).toBeNull()
    expect(errors).toEqual([['[local] maintenance failed', expect.any(Error)]])
    const r = await new Browser(() => cloud!.url).request('/api/whoami')
    expect(r.status).toBe(200)
  })

  it('a maintenance run that never finishes does not hold up start-up or requests', async () => {
    let started = 0
    cloud = await startLocalCloud({
      port: 0,
      dbFile: join(dir, 'db.sqlite'),
      log: () => undefined,
      maintenance: () => {
        started++
        return new Promise<PurgeReport>(() => undefined)
      },
      maintenanceIntervalMs: 5,
    })
    const alice = new Browser(() => cloud!.url)
    expect((await alice.call('plan', 'list', {})).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 40))
    // the schedule does not pile runs on top of the one still going
    expect(started).toBe(1)
  })

  it('runs again on its interval while running, and stops when closed', async () => {
    let runs = 0
    cloud = await startLocalCloud({
      port: 0,
      dbFile: join(dir, 'db.sqlite'),
      log: () => undefined,
      maintenance: async () => {
        runs++
        return emptyReport
      },
      maintenanceIntervalMs: 10,
    })
    expect(await cloud.maintained).toEqual(emptyReport)
    const deadline = Date.now() + 2000
    while (runs < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5))
    expect(runs).toBeGreaterThanOrEqual(3)
    await cloud.close()
    const after = runs
    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(runs).toBe(after)
  })

  it("defaults to a daily schedule on an unref'd timer, so it never keeps the process alive", async () => {
    const setIntervalSpy = jest.spyOn(global, 'setInterval')
    try {
      cloud = await startLocalCloud({ port: 0, dbFile: join(dir, 'db.sqlite'), log: () => undefined })
      const call = setIntervalSpy.mock.calls.find(([, ms]) => ms === DAY)
      expect(call).toBeDefined()
      const timer = setIntervalSpy.mock.results[setIntervalSpy.mock.calls.indexOf(call!)].value as NodeJS.Timeout
      expect(timer.hasRef()).toBe(false)
    } finally {
      setIntervalSpy.mockRestore()
    }
  })
})

describe('dev login on a dev server that serves the page itself', () => {
  it('signs in a page navigation without the cookie, and nothing else', async () => {
    const server = createServer((req, res) => signInOnPageMiddleware(req, res, () => res.end('ok')))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    try {
      const page = await fetch(url, { headers: { accept: 'text/html,application/xhtml+xml' } })
      expect(page.headers.get('set-cookie')).toMatch(/^wp_dev_user=dev_[A-Za-z0-9_-]{22};/)
      const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]
      const again = await fetch(url, { headers: { accept: 'text/html', cookie } })
      expect(again.headers.get('set-cookie')).toBeNull()
      expect((await fetch(`${url}js/app.js`, { headers: { accept: '*/*' } })).headers.get('set-cookie')).toBeNull()
      const post = await fetch(url, { method: 'POST', headers: { accept: 'text/html' } })
      expect(post.headers.get('set-cookie')).toBeNull()
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
