import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createFakeCloudDb } from './support/cloud-db'
import type { FakeCloudDb } from './support/cloud-db'
import { sampleAnswers } from './support/fixtures'

/**
 * The WeChat entries: identity comes from cloud.getWXContext(), never from the event (WeChat's
 * own `userInfo` or anything a client adds); the store is the cloud database. Checked on the
 * TypeScript entry and on the esbuild bundle that is actually deployed.
 */

const mockSdk = {
  init: jest.fn(),
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  database: jest.fn(),
  getWXContext: jest.fn(),
}
jest.mock('wx-server-sdk', () => mockSdk)

type Main = (event: unknown) => Promise<{ ok: boolean; data?: { id?: string }; error?: { code: string } }>

function wire(): FakeCloudDb {
  const fake = createFakeCloudDb()
  mockSdk.database.mockReturnValue(fake.db)
  return fake
}

async function checkEntry(load: () => { main: Main }, fake: FakeCloudDb) {
  const { main } = load()
  expect(mockSdk.init).toHaveBeenCalledWith({ env: mockSdk.DYNAMIC_CURRENT_ENV })
  mockSdk.getWXContext.mockReturnValue({ OPENID: 'o_from_wechat', APPID: 'wx1' })
  const created = await main({
    action: 'create',
    input: { answers: sampleAnswers() },
    userInfo: { openId: 'o_spoofed' },
    openid: 'o_spoofed',
  })
  expect(created.ok).toBe(true)
  expect(fake.backend.dump('plans').map((d) => d._openid)).toEqual(['o_from_wechat'])
  mockSdk.getWXContext.mockReturnValue({ OPENID: 'o_spoofed' })
  expect(await main({ action: 'get', input: { planId: created.data?.id } })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  mockSdk.getWXContext.mockReturnValue({})
  expect(await main({ action: 'list', input: {}, userInfo: { openId: 'o_from_wechat' } })).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  })
}

describe('WeChat cloud function entries', () => {
  beforeEach(() => {
    jest.clearAllMocks()
  })

  it('TypeScript entry: caller from getWXContext, never from the event', async () => {
    const fake = wire()
    let mod: { main: Main } | undefined
    await checkEntry(() => {
      jest.isolateModules(() => {
        mod = require('../../cloudfunctions/functions/plan/index') as { main: Main }
      })
      return mod!
    }, fake)
  })

  describe('esbuild bundles', () => {
    // Inside the repo (test-artifacts/ is git-ignored) so the bundle's require('wx-server-sdk') resolves.
    const artifacts = join(__dirname, '../../test-artifacts')
    mkdirSync(artifacts, { recursive: true })
    const out = mkdtempSync(join(artifacts, 'functions-'))
    beforeAll(() => {
      execFileSync(process.execPath, [join(__dirname, '../../tools/build-functions.mjs'), '--out', out], {
        stdio: 'pipe',
      })
    }, 60_000)
    afterAll(() => rmSync(out, { recursive: true, force: true }))

    it.each(['plan', 'draft', 'share'])(
      '%s ships index.js + package.json (wx-server-sdk pinned) + config.json, core inlined',
      (fn) => {
        const pkg = JSON.parse(readFileSync(join(out, fn, 'package.json'), 'utf8'))
        expect(pkg.dependencies).toEqual({ 'wx-server-sdk': '4.0.2' })
        expect(existsSync(join(out, fn, 'config.json'))).toBe(true)
        const code = readFileSync(join(out, fn, 'index.js'), 'utf8')
        expect(code).toContain('require("wx-server-sdk")')
        expect(code).not.toMatch(/better-sqlite3|from "@\/core|require\("@\/core/)
        expect(code).toContain('computePlan')
      },
    )

    it('the bundled plan function runs against the cloud database stand-in', async () => {
      const fake = wire()
      let mod: { main: Main } | undefined
      await checkEntry(() => {
        jest.isolateModules(() => {
          mod = require(join(out, 'plan', 'index.js')) as { main: Main }
        })
        return mod!
      }, fake)
    })
  })
})
