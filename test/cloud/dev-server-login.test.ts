import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { merge } from 'webpack-merge'
import { startLocalCloud } from '../../cloudfunctions/local/server'
import type { LocalCloud } from '../../cloudfunctions/local/server'

/**
 * `npm start` serves the H5 app from webpack's dev server (config/index.ts `h5.devServer`), not
 * from the local runtime. A brand-new visitor's page must still bring the dev-login cookie, or
 * index.html's two early requests (plan.list, draft.get) would each be signed in as a new user.
 * The dev server's middleware chain is taken from the configuration exactly as Taro builds it, a
 * stand-in for webpack's middleware serves the page at its end (a real dev build takes minutes),
 * and the cookie it gives is checked against a real local runtime.
 */

// Taro's own defineConfig, without loading the whole CLI (which babel-jest would transform: a minute).
jest.mock('@tarojs/cli', () => jest.requireActual('@tarojs/cli/dist/util/defineConfig'))

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void
interface Named {
  name?: string
  middleware: Middleware
}

async function devServerChain(): Promise<Named[]> {
  const env = { TARO_ENV: process.env.TARO_ENV, NODE_ENV: process.env.NODE_ENV }
  process.env.TARO_ENV = 'h5'
  process.env.NODE_ENV = 'development'
  try {
    const mod = await import('../../config/index')
    const config = await (mod.default as unknown as (m: typeof merge, e: object) => Promise<Record<string, unknown>>)(
      merge,
      { command: 'build', mode: 'development' },
    )
    const devServer = (config.h5 as { devServer?: { setupMiddlewares?: (m: Named[], s: unknown) => Named[] } })
      .devServer
    // webpack-dev-middleware answers the page (and every built file) from memory.
    const webpack: Named = {
      name: 'webpack-dev-middleware',
      middleware: (_req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.end('<!doctype html><title>微定位</title>')
      },
    }
    if (!devServer?.setupMiddlewares) return [webpack]
    return devServer.setupMiddlewares([webpack], {})
  } finally {
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

function serve(chain: Named[]): Promise<Server> {
  const server = createServer((req, res) => {
    const run = (i: number): void => {
      if (i < chain.length) chain[i].middleware(req, res, () => run(i + 1))
      else res.writeHead(404).end()
    }
    run(0)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

describe('npm start: the dev server signs a new visitor in with the page', () => {
  let dir: string
  let devServer: Server
  let page: string
  let cloud: LocalCloud
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wp-devserver-'))
    cloud = await startLocalCloud({ port: 0, dbFile: join(dir, 'db.sqlite'), log: () => undefined })
    devServer = await serve(await devServerChain())
    page = `http://127.0.0.1:${(devServer.address() as AddressInfo).port}/`
  })
  afterAll(async () => {
    await new Promise((resolve) => devServer.close(resolve))
    await cloud.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('sets the local runtime’s cookie on the page, which that runtime takes as one user for the early requests', async () => {
    const res = await fetch(page, { headers: { accept: 'text/html,application/xhtml+xml' } })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('微定位')
    const setCookie = res.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^wp_dev_user=dev_[A-Za-z0-9_-]{22};.*HttpOnly/)
    const cookie = setCookie.split(';')[0]
    const call = (fn: string, action: string) =>
      fetch(`${cloud.url}/api/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ action, input: fn === 'plan' ? { limit: 20 } : {} }),
      })
    // index.html's early requests go out together, each with the page's cookie: no new identity.
    const [list, draft] = await Promise.all([call('plan', 'list'), call('draft', 'get')])
    expect([list.status, draft.status]).toEqual([200, 200])
    expect([list.headers.get('set-cookie'), draft.headers.get('set-cookie')]).toEqual([null, null])
    const who = (await (await fetch(`${cloud.url}/api/whoami`, { headers: { cookie } })).json()) as { openid: string }
    expect(`wp_dev_user=${who.openid}`).toBe(cookie)
  })

  it('leaves a returning visitor, scripts and styles alone', async () => {
    const first = (await fetch(page, { headers: { accept: 'text/html' } })).headers.get('set-cookie') ?? ''
    const cookie = first.split(';')[0]
    expect((await fetch(page, { headers: { accept: 'text/html', cookie } })).headers.get('set-cookie')).toBeNull()
    expect((await fetch(`${page}js/app.js`, { headers: { accept: '*/*' } })).headers.get('set-cookie')).toBeNull()
  })
})
