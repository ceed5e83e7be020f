import fc from 'fast-check'
import { inflateSync } from 'node:zlib'
import { DAY_MS, SHARED_PAGE, TOKEN_PATTERN, tokenSchema } from '@/core/api'
import * as v from 'valibot'
import { ERR, WECHAT_LIMITS, checkUnlimitedCode } from '../../cloudfunctions/platform'
import { randomId } from '../../cloudfunctions/handlers/context'
import { ADAPTERS, OTHER, makeHarness, sampleAnswers } from './support/fixtures'
import type { Harness } from './support/fixtures'

/**
 * share.poster: the 朋友圈 poster's 小程序码 carries a share token as its `scene`, made through
 * the platform port (the fake enforces WeChat's limits). Revoking that link kills the code.
 */

const APP_PAGES = ['pages/home/index', SHARED_PAGE]

/** Width and height of a PNG, and whether its pixels inflate to exactly that size. */
function pngSize(base64: string): { width: number; height: number; complete: boolean } {
  const png = Buffer.from(base64, 'base64')
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  const idat: Buffer[] = []
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at)
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len))
    at += 12 + len
  }
  const raw = inflateSync(Buffer.concat(idat))
  return { width, height, complete: raw.length === (width + 1) * height }
}

async function withPlan(adapter: (typeof ADAPTERS)[number], pages?: readonly string[]) {
  const h = makeHarness(adapter, { pages })
  const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
  return { h, planId: plan.id }
}

describe.each(ADAPTERS)('share.poster on %s', (adapter) => {
  let h: Harness
  afterEach(async () => h?.close())

  it('makes a link and a 小程序码 whose scene is its token and whose page is the shared plan', async () => {
    const w = await withPlan(adapter, APP_PAGES)
    h = w.h
    const poster = await h.must('share', 'poster', { planId: w.planId })
    expect(poster.token).toMatch(TOKEN_PATTERN)
    expect(poster.token).toHaveLength(22)
    expect(poster.reused).toBe(false)
    expect(poster.page).toBe(SHARED_PAGE)
    expect(poster.expiresAt).toBe(h.clock.now() + 30 * DAY_MS)
    expect(h.platform.calls).toEqual([
      {
        method: 'getUnlimitedCode',
        request: { scene: poster.token, page: SHARED_PAGE, checkPath: true, envVersion: 'release', width: 280 },
      },
    ])
    expect(poster.code.contentType).toBe('image/png')
    expect(pngSize(poster.code.base64)).toEqual({ width: 280, height: 280, complete: true })
    // What the poster says: the plan as the owner sees it, its first moves included.
    const shown = await h.must('plan', 'get', { planId: w.planId })
    expect(poster.plan.name).toBe(shown.name)
    expect(poster.plan.content.positioning.statement.length).toBeGreaterThan(0)
    expect(poster.plan.content.firstMoves?.length).toBe(3)
    // The token is a real link: the owner sees it in 管理分享链接 and a colleague can open it.
    const links = await h.must('share', 'list', { planId: w.planId })
    expect(links.items.map((l) => l.token)).toEqual([poster.token])
    const opened = await h.must('share', 'open', { token: poster.token }, OTHER)
    expect(opened.name).toBe(sampleAnswers().name)
  })

  it('reuses a live link with a week or more left, and makes a new one otherwise', async () => {
    const w = await withPlan(adapter)
    h = w.h
    const chat = await h.must('share', 'create', { planId: w.planId, expiresInDays: 30 })
    const first = await h.must('share', 'poster', { planId: w.planId })
    expect(first).toMatchObject({ token: chat.token, reused: true, expiresAt: chat.expiresAt })
    // 24 days later the link has 6 days left: too short for a poster that stays in 朋友圈.
    h.clock.advance(24 * DAY_MS)
    const second = await h.must('share', 'poster', { planId: w.planId })
    expect(second.token).not.toBe(chat.token)
    expect(second.reused).toBe(false)
    expect(second.expiresAt).toBe(h.clock.now() + 30 * DAY_MS)
    expect((await h.must('share', 'poster', { planId: w.planId })).token).toBe(second.token)
  })

  it('revoking the link kills the poster: its scene then opens SHARE_REVOKED, and the next poster gets a new token', async () => {
    const w = await withPlan(adapter)
    h = w.h
    const poster = await h.must('share', 'poster', { planId: w.planId })
    await h.must('share', 'revoke', { planId: w.planId, token: poster.token })
    // What the shared page does with the scene of the printed code:
    expect(await h.call('share', 'open', { token: decodeURIComponent(poster.token) }, OTHER)).toMatchObject({
      ok: false,
      error: { code: 'SHARE_REVOKED' },
    })
    const next = await h.must('share', 'poster', { planId: w.planId })
    expect(next.token).not.toBe(poster.token)
    expect(next.reused).toBe(false)
  })

  it('asks for an unchecked code for a 体验版 or 开发版, whose pages WeChat cannot check', async () => {
    // The fake knows no published pages: a checked request would be refused with 41030.
    const w = await withPlan(adapter, ['pages/home/index'])
    h = w.h
    const dev = await h.call('share', 'poster', { planId: w.planId, envVersion: 'develop' })
    expect(dev.ok).toBe(true)
    expect(h.platform.calls.at(-1)?.request).toMatchObject({ checkPath: false, envVersion: 'develop' })
    const released = await h.call('share', 'poster', { planId: w.planId, envVersion: 'release' })
    expect(released).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: '这个版本的小程序还没有发布分享页，暂时不能生成小程序码' },
    })
  })
})

describe('share.poster refusals', () => {
  let h: Harness
  afterEach(async () => h?.close())

  it('refuses bad input with the field and a Chinese message', async () => {
    const w = await withPlan('sqlite')
    h = w.h
    const bad = await h.call('share', 'poster', { planId: w.planId, envVersion: 'beta' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!bad.ok)
      expect(bad.error.fields).toEqual([expect.objectContaining({ path: 'envVersion', message: '小程序版本不正确' })])
    for (const input of [{}, { planId: '' }, { planId: 'a/b' }, { planId: w.planId, extra: { deep: 1 } }, null]) {
      const r = await h.call('share', 'poster', input)
      expect(r.ok ? 'ok' : r.error.code).toBe(input && 'extra' in input ? 'ok' : 'INVALID_INPUT')
    }
  })

  it("answers NOT_FOUND for someone else's plan and makes no link or code", async () => {
    const w = await withPlan('sqlite')
    h = w.h
    expect(await h.call('share', 'poster', { planId: w.planId }, OTHER)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await h.store.shares.countByPlan(w.planId)).toBe(0)
    expect(h.platform.calls).toEqual([])
  })

  it('says what happened when WeChat refuses, in Chinese, never with its errcode', async () => {
    const w = await withPlan('sqlite')
    h = w.h
    h.platform.failNext('getUnlimitedCode', ERR.systemBusy)
    const busy = await h.call('share', 'poster', { planId: w.planId })
    expect(busy).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: '暂时无法生成小程序码，请稍后再试' } })
    h.platform.failNext('getUnlimitedCode', ERR.apiQuota)
    const quota = await h.call('share', 'poster', { planId: w.planId })
    expect(quota).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '生成小程序码太频繁了，请稍后再试' },
    })
    expect(JSON.stringify([busy, quota])).not.toMatch(/-1|45009|system|quota/)
    // The link made by the first try is reused by the next one, not multiplied.
    await h.must('share', 'poster', { planId: w.planId })
    expect(await h.store.shares.countByPlan(w.planId)).toBe(1)
  })

  it('stops at the live-link cap like share.create', async () => {
    const w = await withPlan('sqlite')
    h = w.h
    for (let i = 0; i < 20; i++) await h.must('share', 'create', { planId: w.planId, expiresInDays: 3 })
    expect(await h.call('share', 'poster', { planId: w.planId })).toMatchObject({
      ok: false,
      error: { code: 'LIMIT_EXCEEDED' },
    })
    expect(h.platform.calls).toEqual([])
  })

  it('without a platform (nothing wired) answers a plain INTERNAL', async () => {
    const w = await withPlan('sqlite')
    h = w.h
    h.ctx.platform = undefined
    expect(await h.call('share', 'poster', { planId: w.planId })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: '暂时无法生成小程序码，请稍后再试' },
    })
  })
})

describe('a share token is always a valid 小程序码 scene', () => {
  it('every token the server can mint fits: 22 characters of the allowed set', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const token = randomId({ store: undefined as never, clock: { now: () => 0 }, random: () => bytes }, 16)
        expect(token).toHaveLength(22)
        expect(checkUnlimitedCode({ scene: token, page: SHARED_PAGE, width: 280 })).toBeNull()
      }),
      { seed: 12, numRuns: 500 },
    )
  })

  it('every string the token schema accepts is a scene WeChat accepts; anything longer or odd is refused first', () => {
    fc.assert(
      fc.property(fc.stringMatching(TOKEN_PATTERN), (token) => {
        expect(checkUnlimitedCode({ scene: token })).toBeNull()
      }),
      { seed: 7, numRuns: 500 },
    )
    const long = 'A'.repeat(WECHAT_LIMITS.codeSceneMax + 1)
    expect(v.is(tokenSchema, long)).toBe(false)
    expect(checkUnlimitedCode({ scene: long })).toEqual(ERR.invalidSceneLength)
    for (const odd of ['abc%20defghijklmnopq', '一二三四五六七八九十一二三四五六', 'abcdefghijklmnop"']) {
      expect(v.is(tokenSchema, odd)).toBe(false)
    }
  })

  it("the fake refuses what WeChat refuses: a scene over 32 or with a character outside WeChat's set, a width outside 280–1280", async () => {
    const h = makeHarness('sqlite')
    try {
      const code = (r: Awaited<ReturnType<typeof h.platform.getUnlimitedCode>>) => (r.ok ? 0 : r.errcode)
      expect(code(await h.platform.getUnlimitedCode({ scene: 'x'.repeat(33) }))).toBe(40169)
      expect(code(await h.platform.getUnlimitedCode({ scene: 'a b' }))).toBe(40129)
      expect(code(await h.platform.getUnlimitedCode({ scene: 'ab', width: 279 }))).toBe(40097)
      expect(code(await h.platform.getUnlimitedCode({ scene: 'ab', width: 1281 }))).toBe(40097)
      expect(code(await h.platform.getUnlimitedCode({ scene: 'x'.repeat(32), width: 1280 }))).toBe(0)
    } finally {
      await h.close()
    }
  })
})
