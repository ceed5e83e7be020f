import { inflateSync } from 'node:zlib'
import { ERR, createFakePlatform } from '../../../cloudfunctions/platform'
import type { FakePlatformOptions } from '../../../cloudfunctions/platform'

const HOUR = 60 * 60 * 1000

function setUp(options: FakePlatformOptions = {}) {
  let now = Date.UTC(2026, 10, 25, 9)
  const clock = { now: () => now }
  const platform = createFakePlatform({ clock, ...options })
  return { platform, advance: (ms: number) => (now += ms) }
}

describe('fake platform: security.msgSecCheck v2', () => {
  it('passes ordinary text from a user who opened the mini program recently', async () => {
    const { platform } = setUp()
    platform.recordVisit('u1')
    const result = await platform.msgSecCheck({ openid: 'u1', scene: 2, content: '本周新品上市，欢迎到店品尝' })
    expect(result).toMatchObject({ ok: true, value: { suggest: 'pass', label: 100 } })
  })

  it('flags the configured terms with their label and keyword', async () => {
    const { platform } = setUp({ visits: 'any' })
    const result = await platform.msgSecCheck({ openid: 'u1', scene: 3, content: '长期代开发票，联系我' })
    expect(result.ok && result.value.suggest).toBe('risky')
    expect(result.ok && result.value.label).toBe(10001)
    expect(result.ok && result.value.detail[0].keyword).toBe('代开发票')
  })

  it('answers 61010 when the user has not opened the mini program in the last two hours', async () => {
    const { platform, advance } = setUp()
    expect(await platform.msgSecCheck({ openid: 'u1', scene: 1, content: '你好' })).toMatchObject({
      ok: false,
      errcode: 61010,
    })
    platform.recordVisit('u1')
    advance(2 * HOUR)
    expect((await platform.msgSecCheck({ openid: 'u1', scene: 1, content: '你好' })).ok).toBe(true)
    advance(1)
    expect(await platform.msgSecCheck({ openid: 'u1', scene: 1, content: '你好' })).toMatchObject({ errcode: 61010 })
  })

  it.each([
    [{ openid: '', scene: 1, content: 'x' }, 40003],
    [{ openid: 'u1', scene: 0, content: 'x' }, 40129],
    [{ openid: 'u1', scene: 5, content: 'x' }, 40129],
    [{ openid: 'u1', scene: 1, content: '' }, 44002],
    [{ openid: 'u1', scene: 1, content: '字'.repeat(2501) }, 47001],
  ])('refuses %o with %i', async (request, errcode) => {
    const { platform } = setUp({ visits: 'any' })
    // The request is deliberately outside the port's types: the fake must refuse what WeChat refuses.
    const result = await platform.msgSecCheck(request as never)
    expect(result).toMatchObject({ ok: false, errcode })
  })

  it('counts characters, not UTF-16 units: 2,500 emoji are within the limit', async () => {
    const { platform } = setUp({ visits: 'any' })
    expect((await platform.msgSecCheck({ openid: 'u1', scene: 1, content: '😀'.repeat(2500) })).ok).toBe(true)
  })

  it('answers an injected failure once', async () => {
    const { platform } = setUp({ visits: 'any' })
    platform.failNext('msgSecCheck', ERR.systemBusy)
    expect(await platform.msgSecCheck({ openid: 'u1', scene: 1, content: 'x' })).toMatchObject({ errcode: -1 })
    expect((await platform.msgSecCheck({ openid: 'u1', scene: 1, content: 'x' })).ok).toBe(true)
    expect(platform.calls).toHaveLength(2)
  })
})

describe('fake platform: subscribeMessage.send', () => {
  const templates = { REVIEW: ['thing1', 'time2', 'phrase3'] }
  const data = {
    thing1: { value: '季度复盘：微定位方案' },
    time2: { value: '2026-12-01 09:00' },
    phrase3: { value: '待复盘' },
  }

  it('sends one message per consent, then answers 43101', async () => {
    const { platform } = setUp({ templates })
    expect(await platform.sendSubscribeMessage({ touser: 'u1', templateId: 'REVIEW', data })).toMatchObject({
      ok: false,
      errcode: 43101,
    })
    platform.grantConsent('u1', 'REVIEW')
    expect((await platform.sendSubscribeMessage({ touser: 'u1', templateId: 'REVIEW', data })).ok).toBe(true)
    expect(platform.sent).toHaveLength(1)
    expect(platform.consentsLeft('u1', 'REVIEW')).toBe(0)
    expect(await platform.sendSubscribeMessage({ touser: 'u1', templateId: 'REVIEW', data })).toMatchObject({
      errcode: 43101,
    })
    // Consent belongs to one user.
    platform.grantConsent('u2', 'REVIEW')
    expect(await platform.sendSubscribeMessage({ touser: 'u1', templateId: 'REVIEW', data })).toMatchObject({
      errcode: 43101,
    })
  })

  it.each([
    ['thing longer than 20 characters', { thing1: { value: '一'.repeat(21) } }],
    ['phrase longer than 5 汉字', { phrase3: { value: '六个字的状态' } }],
    ['phrase that is not 汉字', { phrase3: { value: 'done' } }],
    ['time in another format', { time2: { value: 'tomorrow' } }],
    ['empty value', { thing1: { value: '' } }],
  ])('answers 47003 for a %s, naming the keyword', async (_name, override) => {
    const { platform } = setUp({ templates })
    platform.grantConsent('u1', 'REVIEW')
    const result = await platform.sendSubscribeMessage({
      touser: 'u1',
      templateId: 'REVIEW',
      data: { ...data, ...override },
    })
    expect(result).toMatchObject({ ok: false, errcode: 47003 })
    expect(!result.ok && result.errmsg).toContain(Object.keys(override)[0])
    // A refused message does not use up the consent.
    expect(platform.consentsLeft('u1', 'REVIEW')).toBe(1)
  })

  it('accepts exactly 20 characters of thing and 5 汉字 of phrase', async () => {
    const { platform } = setUp({ templates })
    platform.grantConsent('u1', 'REVIEW')
    const edge = { ...data, thing1: { value: '一'.repeat(20) }, phrase3: { value: '五个汉字呀' } }
    expect((await platform.sendSubscribeMessage({ touser: 'u1', templateId: 'REVIEW', data: edge })).ok).toBe(true)
  })

  it('answers 40037 for an unknown template, 40003 without a user, 41030 for an unpublished page', async () => {
    const { platform } = setUp({ templates, pages: ['pages/home/index'] })
    platform.grantConsent('u1', 'REVIEW')
    expect(await platform.sendSubscribeMessage({ touser: 'u1', templateId: 'NOPE', data })).toMatchObject({
      errcode: 40037,
    })
    expect(await platform.sendSubscribeMessage({ touser: '', templateId: 'REVIEW', data })).toMatchObject({
      errcode: 40003,
    })
    expect(
      await platform.sendSubscribeMessage({ touser: 'u1', templateId: 'REVIEW', data, page: 'pages/missing/index' }),
    ).toMatchObject({ errcode: 41030 })
    expect(
      (await platform.sendSubscribeMessage({ touser: 'u1', templateId: 'REVIEW', data, page: 'pages/home/index?x=1' }))
        .ok,
    ).toBe(true)
  })
})

describe('fake platform: wxacode.getUnlimited', () => {
  it('returns a PNG of the requested width', async () => {
    const { platform } = setUp()
    const result = await platform.getUnlimitedCode({
      scene: 'AbC-123_x',
      page: 'packages/plan/shared/index',
      width: 280,
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const png = Buffer.from(result.value.buffer)
    expect(result.value.contentType).toBe('image/png')
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(280)
    expect(png.readUInt32BE(20)).toBe(280)
    const idatLength = png.readUInt32BE(33)
    expect(inflateSync(png.subarray(41, 41 + idatLength)).length).toBe(281 * 280)
  })

  it('draws different codes for different scenes', async () => {
    const { platform } = setUp()
    const a = await platform.getUnlimitedCode({ scene: 'a' })
    const b = await platform.getUnlimitedCode({ scene: 'b' })
    expect(a.ok && b.ok && Buffer.compare(Buffer.from(a.value.buffer), Buffer.from(b.value.buffer))).not.toBe(0)
  })

  it.each([
    [{ scene: 'x'.repeat(33) }, 40169],
    [{ scene: '' }, 40169],
    [{ scene: '分享' }, 40129],
    [{ scene: 'a b' }, 40129],
    [{ scene: 'a%20b' }, 40129],
    [{ scene: 'ok', width: 279 }, 40097],
    [{ scene: 'ok', width: 1281 }, 40097],
    [{ scene: 'ok', envVersion: 'beta' }, 40097],
    [{ scene: 'ok', page: '/pages/home/index' }, 41030],
  ])('refuses %o with %i', async (request, errcode) => {
    const { platform } = setUp()
    expect(await platform.getUnlimitedCode(request as never)).toMatchObject({ ok: false, errcode })
  })

  it('accepts 32 characters of the whole allowed set and widths 280 and 1280', async () => {
    const { platform } = setUp()
    expect((await platform.getUnlimitedCode({ scene: "09AZaz!#$&'()*+,/:;=?@-._~AAAAAA" })).ok).toBe(true)
    expect((await platform.getUnlimitedCode({ scene: 'ok', width: 1280 })).ok).toBe(true)
  })

  it('checks the page against the published pages unless checkPath is false', async () => {
    const { platform } = setUp({ pages: ['pages/home/index'] })
    expect(await platform.getUnlimitedCode({ scene: 'ok', page: 'packages/new/index' })).toMatchObject({
      errcode: 41030,
    })
    expect((await platform.getUnlimitedCode({ scene: 'ok', page: 'packages/new/index', checkPath: false })).ok).toBe(
      true,
    )
  })
})
