import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { ApiResult } from '@/core'
import type { CopyCheckResponse } from '@/core/api'
import { dispatch } from '../../cloudfunctions/handlers'
import type { HandlerContext } from '../../cloudfunctions/handlers'
import { ERR, createFakePlatform } from '../../cloudfunctions/platform'
import type { FakePlatform } from '../../cloudfunctions/platform'
import { startLocalCloud } from '../../cloudfunctions/local/server'
import { createSqliteStore } from '../../cloudfunctions/store/sqlite'
import { emptyPurge } from './support/fixtures'

const mockSdk = {
  init: jest.fn(),
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  database: jest.fn(() => ({ collection: jest.fn(), command: {} })),
  getWXContext: jest.fn(),
  openapi: {
    security: { msgSecCheck: jest.fn() },
    subscribeMessage: { send: jest.fn() },
    wxacode: { getUnlimited: jest.fn() },
  },
}
jest.mock('wx-server-sdk', () => mockSdk)

type Result = ApiResult<CopyCheckResponse>

function harness(platform?: FakePlatform) {
  const store = createSqliteStore({ file: ':memory:' })
  const logs: unknown[] = []
  const ctx: HandlerContext = {
    store,
    clock: { now: () => Date.UTC(2026, 10, 25) },
    platform,
    log: (_m, e) => logs.push(e),
  }
  const call = async (input: unknown, openid = 'o_owner') =>
    (await dispatch('copy', { openid }, { action: 'check', input }, ctx)) as Result
  return { call, logs, store }
}

describe('copy.check handler', () => {
  it('runs the checker and merges a passing WeChat verdict', async () => {
    const platform = createFakePlatform({ visits: 'any' })
    const { call } = harness(platform)
    const r = await call({ text: '全城最好吃的面，转发到朋友圈领红包', industry: 'catering' })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.data.platform.status).toBe('pass')
    expect(r.data.findings.map((f) => f.category).sort()).toEqual(['absolute', 'inducedSharing'])
    expect(r.data.counts.total).toBe(2)
    expect(platform.calls).toEqual([
      {
        method: 'msgSecCheck',
        request: { openid: 'o_owner', scene: 4, content: '全城最好吃的面，转发到朋友圈领红包' },
      },
    ])
  })

  it("adds WeChat's own finding, with the keyword's span, and counts it", async () => {
    const platform = createFakePlatform({ visits: 'any' })
    const { call } = harness(platform)
    const text = '😀长期代开发票，全城最低价'
    const r = await call({ text, industry: 'retail' })
    if (!r.ok) throw new Error('expected ok')
    expect(r.data.platform.status).toBe('risky')
    const wechat = r.data.findings.find((f) => f.category === 'platformCheck')!
    expect(wechat).toMatchObject({
      severity: 'high',
      span: { start: 3, end: 7 },
      excerpt: '代开发票',
      categoryLabel: '微信内容安全',
    })
    expect(wechat.why).toContain('广告')
    expect(r.data.counts).toMatchObject({ high: 2, total: 2 })
  })

  it('tells the owner when WeChat needs a recent visit (61010), and keeps our findings', async () => {
    const platform = createFakePlatform()
    const { call } = harness(platform)
    const r = await call({ text: '全城最好吃的面' })
    if (!r.ok) throw new Error('expected ok')
    expect(r.data.platform).toEqual({
      status: 'unavailable',
      message: '微信内容安全检查要求最近两小时内打开过小程序，请重新进入小程序后再检查一次。',
    })
    expect(r.data.findings).toHaveLength(1)
  })

  it('answers our findings when WeChat is busy, and logs the code', async () => {
    const platform = createFakePlatform({ visits: 'any' })
    platform.failNext('msgSecCheck', ERR.systemBusy)
    const { call, logs } = harness(platform)
    const r = await call({ text: '欢迎光临' })
    if (!r.ok) throw new Error('expected ok')
    expect(r.data.platform.status).toBe('unavailable')
    expect(r.data.platform.message).toMatch(/[\u4e00-\u9fff]/)
    expect(logs).toEqual(['msgSecCheck -1 system error'])
  })

  it('works without a platform (tests, tools): our rules only', async () => {
    const r = await harness().call({ text: '欢迎光临' })
    expect(r).toMatchObject({ ok: true, data: { findings: [], platform: { status: 'unavailable' } } })
  })

  it.each([
    [{}, 'text', '请先粘贴或输入要检查的文案'],
    [{ text: 42 }, 'text', '请填写要检查的文案'],
    [{ text: '   ' }, 'text', '请先粘贴或输入要检查的文案'],
    [{ text: '字'.repeat(2501) }, 'text', '文案不能超过 2500 个字，请分段检查'],
    [{ text: '你好', industry: 'casino' }, 'industry', '请选择行业'],
    [{ text: '你好', marks: [{ phrase: '国家级', kind: 'maybe' }] }, 'marks.0.kind', '请选择标注类型'],
  ])('refuses %j with a Chinese message on %s, without asking WeChat', async (input, path, message) => {
    const platform = createFakePlatform({ visits: 'any' })
    const r = await harness(platform).call(input)
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ path, message }] } })
    expect(platform.calls).toEqual([])
  })

  it('stores nothing', async () => {
    const { call, store } = harness(createFakePlatform({ visits: 'any' }))
    await call({ text: '全城最好吃的面' })
    expect(await store.plans.listLive('o_owner', 10)).toEqual([])
  })
})

describe('copy in the local runtime', () => {
  it('answers over HTTP with the fake platform, counting any call as a recent visit', async () => {
    const cloud = await startLocalCloud({ port: 0, dbFile: ':memory:', maintenance: async () => emptyPurge() })
    try {
      const res = await fetch(`${cloud.url}/api/copy`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'check', input: { text: '保健品，代开发票', industry: 'retail' } }),
      })
      expect(res.status).toBe(200)
      const body = (await res.json()) as Result
      if (!body.ok) throw new Error(JSON.stringify(body))
      expect(body.data.platform.status).toBe('risky')
      expect(body.data.findings.map((f) => f.ruleId)).toEqual(
        expect.arrayContaining(['platform.msgSecCheck', 'notice.healthFood']),
      )
      const bad = await fetch(`${cloud.url}/api/copy`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'check', input: { text: '' } }),
      })
      expect(bad.status).toBe(400)
    } finally {
      await cloud.close()
    }
  })
})

describe('the copy function as deployed', () => {
  const artifacts = join(__dirname, '../../test-artifacts')
  mkdirSync(artifacts, { recursive: true })
  const out = mkdtempSync(join(artifacts, 'copy-fn-'))
  beforeAll(() => {
    execFileSync(process.execPath, [join(__dirname, '../../tools/build-functions.mjs'), '--out', out], {
      stdio: 'pipe',
    })
  }, 60_000)
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  it('lists the openapi permission it uses', () => {
    const config = JSON.parse(readFileSync(join(out, 'copy', 'config.json'), 'utf8'))
    expect(config).toEqual({ permissions: { openapi: ['security.msgSecCheck'] } })
  })

  it('asks cloud.openapi for msgSecCheck v2 with the OPENID from the WeChat context, not the event', async () => {
    mockSdk.getWXContext.mockReturnValue({ OPENID: 'o_from_wechat' })
    mockSdk.openapi.security.msgSecCheck.mockResolvedValue({
      errCode: 0,
      errMsg: 'openapi.security.msgSecCheck:ok',
      result: { suggest: 'pass', label: 100 },
      detail: [],
      traceId: 't1',
    })
    let mod: { main: (event: unknown) => Promise<Result> } | undefined
    jest.isolateModules(() => {
      mod = require(join(out, 'copy', 'index.js'))
    })
    const r = await mod!.main({ action: 'check', input: { text: '全城最好吃的面' }, openid: 'o_spoofed' })
    expect(mockSdk.openapi.security.msgSecCheck).toHaveBeenCalledWith({
      version: 2,
      openid: 'o_from_wechat',
      scene: 4,
      content: '全城最好吃的面',
    })
    expect(r).toMatchObject({ ok: true, data: { platform: { status: 'pass' }, counts: { total: 1 } } })
  })
})
