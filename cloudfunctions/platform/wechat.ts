import { ERR } from './limits'
import type {
  MsgSecCheckVerdict,
  PlatformResult,
  SecCheckLabel,
  SecCheckSuggest,
  UnlimitedCode,
  WeChatPlatform,
} from './port'

/**
 * The WeChat adapter: the port on `cloud.openapi` of wx-server-sdk (cloud calls, no access
 * token). Each function that uses a method must list it in its config.json
 * (`permissions.openapi`: `security.msgSecCheck`, `subscribeMessage.send`, `wxacode.getUnlimited`).
 *
 * The SDK rejects a call with an error carrying `errCode`/`errMsg` when WeChat answers an
 * errcode, and some methods also resolve with a non-zero `errCode`; both become a failed result.
 * Only the subset of the SDK's (untyped) `openapi` object that we call is described here, which
 * also lets tests pass a recording stub.
 */
export interface OpenApiCalls {
  security: { msgSecCheck(params: Record<string, unknown>): Promise<unknown> }
  subscribeMessage: { send(params: Record<string, unknown>): Promise<unknown> }
  wxacode: { getUnlimited(params: Record<string, unknown>): Promise<unknown> }
}

type Raw = Record<string, unknown>

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null
}

function errorOf(value: unknown): { errcode: number; errmsg: string } | null {
  if (!isRecord(value)) return null
  const code = value.errCode ?? value.errcode
  if (typeof code !== 'number' || code === 0) return null
  const msg = value.errMsg ?? value.errmsg ?? value.message
  return { errcode: code, errmsg: typeof msg === 'string' ? msg : '' }
}

async function invoke<T>(call: () => Promise<unknown>, read: (raw: Raw) => T | null): Promise<PlatformResult<T>> {
  let raw: unknown
  try {
    raw = await call()
  } catch (thrown) {
    const error = errorOf(thrown)
    // A thrown error without an errcode is the network or the SDK itself: WeChat's "system busy".
    return { ok: false, ...(error ?? { errcode: ERR.systemBusy.errcode, errmsg: String(thrown) }) }
  }
  const error = errorOf(raw)
  if (error) return { ok: false, ...error }
  const value = isRecord(raw) ? read(raw) : null
  if (value === null) return { ok: false, errcode: ERR.systemBusy.errcode, errmsg: 'unexpected response' }
  return { ok: true, value }
}

const SUGGESTS: readonly string[] = ['pass', 'review', 'risky']

function readVerdict(raw: Raw): MsgSecCheckVerdict | null {
  const result = raw.result
  if (!isRecord(result) || typeof result.suggest !== 'string' || !SUGGESTS.includes(result.suggest)) return null
  const detail = Array.isArray(raw.detail) ? raw.detail.filter(isRecord) : []
  return {
    suggest: result.suggest as SecCheckSuggest,
    label: (typeof result.label === 'number' ? result.label : 21000) as SecCheckLabel,
    detail: detail.map((d) => ({
      strategy: String(d.strategy ?? ''),
      suggest: (SUGGESTS.includes(String(d.suggest)) ? d.suggest : 'review') as SecCheckSuggest,
      label: typeof d.label === 'number' ? d.label : 21000,
      ...(typeof d.keyword === 'string' && d.keyword ? { keyword: d.keyword } : {}),
      ...(typeof d.prob === 'number' ? { prob: d.prob } : {}),
    })),
    traceId: typeof raw.traceId === 'string' ? raw.traceId : typeof raw.trace_id === 'string' ? raw.trace_id : '',
  }
}

function readCode(raw: Raw): UnlimitedCode | null {
  const buffer = raw.buffer
  if (!(buffer instanceof Uint8Array)) return null
  return { contentType: typeof raw.contentType === 'string' ? raw.contentType : 'image/jpeg', buffer }
}

function defined(params: Raw): Raw {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined))
}

export function createWeChatPlatform(openapi: OpenApiCalls): WeChatPlatform {
  return {
    msgSecCheck: (r) =>
      invoke(
        () =>
          openapi.security.msgSecCheck(
            defined({
              version: 2,
              openid: r.openid,
              scene: r.scene,
              content: r.content,
              title: r.title,
              nickname: r.nickname,
              signature: r.signature,
            }),
          ),
        readVerdict,
      ),
    sendSubscribeMessage: (r) =>
      invoke(
        () =>
          openapi.subscribeMessage.send(
            defined({
              touser: r.touser,
              templateId: r.templateId,
              page: r.page,
              data: r.data,
              miniprogramState: r.miniprogramState,
              lang: r.lang,
            }),
          ),
        (raw) => (raw.msgid !== undefined ? { msgid: String(raw.msgid) } : {}),
      ),
    getUnlimitedCode: (r) =>
      invoke(
        () =>
          openapi.wxacode.getUnlimited(
            defined({
              scene: r.scene,
              page: r.page,
              checkPath: r.checkPath,
              envVersion: r.envVersion,
              width: r.width,
              isHyaline: r.isHyaline,
            }),
          ),
        readCode,
      ),
  }
}
