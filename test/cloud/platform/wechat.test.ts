import { createWeChatPlatform } from '../../../cloudfunctions/platform'
import type { OpenApiCalls } from '../../../cloudfunctions/platform'

/** wx-server-sdk rejects with an Error carrying WeChat's errCode/errMsg. */
function sdkError(errCode: number, errMsg: string): Error {
  return Object.assign(new Error(errMsg), { errCode, errMsg })
}

function stub(answer: (method: string, params: Record<string, unknown>) => Promise<unknown>) {
  const calls: { method: string; params: Record<string, unknown> }[] = []
  const record = (method: string) => (params: Record<string, unknown>) => {
    calls.push({ method, params })
    return answer(method, params)
  }
  const openapi: OpenApiCalls = {
    security: { msgSecCheck: record('security.msgSecCheck') },
    subscribeMessage: { send: record('subscribeMessage.send') },
    wxacode: { getUnlimited: record('wxacode.getUnlimited') },
  }
  return { openapi, calls }
}

describe('WeChat platform adapter (cloud.openapi)', () => {
  it('calls msgSecCheck with version 2 and reads the verdict', async () => {
    const { openapi, calls } = stub(async () => ({
      errCode: 0,
      errMsg: 'openapi.security.msgSecCheck:ok',
      result: { suggest: 'risky', label: 20002 },
      detail: [{ strategy: 'keyword', errcode: 0, suggest: 'risky', label: 20002, keyword: '某词', level: 90 }],
      traceId: 'abc',
    }))
    const result = await createWeChatPlatform(openapi).msgSecCheck({ openid: 'o1', scene: 2, content: '文本' })
    expect(calls).toEqual([
      { method: 'security.msgSecCheck', params: { version: 2, openid: 'o1', scene: 2, content: '文本' } },
    ])
    expect(result).toEqual({
      ok: true,
      value: {
        suggest: 'risky',
        label: 20002,
        detail: [{ strategy: 'keyword', suggest: 'risky', label: 20002, keyword: '某词' }],
        traceId: 'abc',
      },
    })
  })

  it("turns the SDK's rejection into WeChat's errcode", async () => {
    const { openapi } = stub(async () => {
      throw sdkError(61010, 'openapi.security.msgSecCheck:fail user access is expired')
    })
    expect(await createWeChatPlatform(openapi).msgSecCheck({ openid: 'o1', scene: 1, content: 'x' })).toEqual({
      ok: false,
      errcode: 61010,
      errmsg: 'openapi.security.msgSecCheck:fail user access is expired',
    })
  })

  it('treats a network failure or a malformed answer as system busy (-1)', async () => {
    const broken = stub(async () => {
      throw new Error('socket hang up')
    })
    expect(
      await createWeChatPlatform(broken.openapi).msgSecCheck({ openid: 'o', scene: 1, content: 'x' }),
    ).toMatchObject({
      ok: false,
      errcode: -1,
    })
    const odd = stub(async () => ({ errCode: 0 }))
    expect(await createWeChatPlatform(odd.openapi).msgSecCheck({ openid: 'o', scene: 1, content: 'x' })).toMatchObject({
      ok: false,
      errcode: -1,
    })
  })

  it('sends a subscribe message with the SDK parameter names and maps 43101', async () => {
    const { openapi, calls } = stub(async (_m, params) => {
      if (params.touser === 'no-consent')
        throw sdkError(43101, 'openapi.subscribeMessage.send:fail user refuse to accept the msg')
      return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok', msgid: 123 }
    })
    const platform = createWeChatPlatform(openapi)
    const data = { thing1: { value: '复盘' } }
    expect(
      await platform.sendSubscribeMessage({
        touser: 'o1',
        templateId: 'T',
        data,
        page: 'pages/home/index',
        miniprogramState: 'formal',
      }),
    ).toEqual({
      ok: true,
      value: { msgid: '123' },
    })
    expect(calls[0].params).toEqual({
      touser: 'o1',
      templateId: 'T',
      page: 'pages/home/index',
      data,
      miniprogramState: 'formal',
    })
    expect(await platform.sendSubscribeMessage({ touser: 'no-consent', templateId: 'T', data })).toMatchObject({
      ok: false,
      errcode: 43101,
    })
  })

  it('returns the code image and maps an errCode resolved instead of thrown', async () => {
    const image = Buffer.from([0xff, 0xd8, 0xff])
    const { openapi, calls } = stub(async (_m, params) =>
      params.scene === 'bad'
        ? { errCode: 40169, errMsg: 'invalid length for scene' }
        : { errCode: 0, contentType: 'image/jpeg', buffer: image },
    )
    const platform = createWeChatPlatform(openapi)
    expect(
      await platform.getUnlimitedCode({
        scene: 'tok',
        page: 'packages/plan/shared/index',
        checkPath: false,
        width: 430,
      }),
    ).toEqual({
      ok: true,
      value: { contentType: 'image/jpeg', buffer: image },
    })
    expect(calls[0].params).toEqual({ scene: 'tok', page: 'packages/plan/shared/index', checkPath: false, width: 430 })
    expect(await platform.getUnlimitedCode({ scene: 'bad' })).toMatchObject({ ok: false, errcode: 40169 })
  })
})
