import { createHash } from 'node:crypto'
import { ERR, WECHAT_LIMITS, checkMsgSecCheck, checkSubscribeMessage, checkUnlimitedCode } from './limits'
import { fakeCodePng } from './png'
import type {
  MsgSecCheckVerdict,
  PlatformError,
  PlatformResult,
  SecCheckLabel,
  SubscribeMessageRequest,
  WeChatPlatform,
} from './port'

/**
 * The platform fake for the local runtime and tests. It holds the state WeChat holds (who opened
 * the mini program when, how many one-time consents each user has left per template, which
 * pages are published) and refuses with WeChat's codes exactly where WeChat would. Its content
 * verdict comes from a short, explicit term list: it stands in for WeChat's model, it is not one.
 */

export interface RiskyTerm {
  term: string
  label: Exclude<SecCheckLabel, 100>
  suggest: 'review' | 'risky'
}

/** Deliberately few and unambiguous; tests pass their own. */
export const DEFAULT_RISKY_TERMS: readonly RiskyTerm[] = [
  { term: '代开发票', label: 10001, suggest: 'risky' },
  { term: '刷单返现', label: 20008, suggest: 'risky' },
  { term: '裸聊', label: 20002, suggest: 'risky' },
  { term: '约炮', label: 20002, suggest: 'risky' },
  { term: '赌球', label: 20006, suggest: 'risky' },
  { term: '加微信领红包', label: 10001, suggest: 'review' },
]

export interface FakePlatformOptions {
  clock?: { now(): number }
  /**
   * 'tracked' (default): msgSecCheck answers 61010 unless `recordVisit(openid)` was called in the
   * last two hours, as WeChat does. 'any': every openid counts as a recent visitor.
   */
  visits?: 'tracked' | 'any'
  riskyTerms?: readonly RiskyTerm[]
  /** Template id → its keyword keys (`thing1`, `time2`…). Absent: any template id is accepted. */
  templates?: Record<string, readonly string[]>
  /** Published pages (no leading slash). Absent: any well-formed page is accepted. */
  pages?: readonly string[]
}

export type PlatformMethod = keyof WeChatPlatform

export interface SentMessage extends SubscribeMessageRequest {
  sentAt: number
  msgid: string
}

export interface FakePlatform extends WeChatPlatform {
  recordVisit(openid: string): void
  /** The user tapped 允许 once for this template: one message may be sent. */
  grantConsent(openid: string, templateId: string, times?: number): void
  consentsLeft(openid: string, templateId: string): number
  /** The next call of `method` answers `error` (e.g. ERR.systemBusy) whatever its input. */
  failNext(method: PlatformMethod, error: PlatformError): void
  readonly sent: readonly SentMessage[]
  readonly calls: readonly { method: PlatformMethod; request: unknown }[]
}

function fail<T>(error: PlatformError): PlatformResult<T> {
  return { ok: false, errcode: error.errcode, errmsg: error.errmsg }
}

export function createFakePlatform(options: FakePlatformOptions = {}): FakePlatform {
  const clock = options.clock ?? { now: () => Date.now() }
  const riskyTerms = options.riskyTerms ?? DEFAULT_RISKY_TERMS
  const visits = new Map<string, number>()
  const consents = new Map<string, number>()
  const failures = new Map<PlatformMethod, PlatformError[]>()
  const sent: SentMessage[] = []
  const calls: { method: PlatformMethod; request: unknown }[] = []
  let serial = 0

  const consentKey = (openid: string, templateId: string) => `${openid}\u0000${templateId}`
  const injected = (method: PlatformMethod, request: unknown): PlatformError | undefined => {
    calls.push({ method, request })
    return failures.get(method)?.shift()
  }
  const traceId = (seed: string) => createHash('sha1').update(`${seed}:${++serial}`).digest('hex').slice(0, 24)

  return {
    sent,
    calls,
    recordVisit(openid) {
      visits.set(openid, clock.now())
    },
    grantConsent(openid, templateId, times = 1) {
      const key = consentKey(openid, templateId)
      consents.set(key, (consents.get(key) ?? 0) + times)
    },
    consentsLeft(openid, templateId) {
      return consents.get(consentKey(openid, templateId)) ?? 0
    },
    failNext(method, error) {
      failures.set(method, [...(failures.get(method) ?? []), error])
    },

    async msgSecCheck(request) {
      const forced = injected('msgSecCheck', request)
      if (forced) return fail(forced)
      const invalid = checkMsgSecCheck(request)
      if (invalid) return fail(invalid)
      if (options.visits !== 'any') {
        const last = visits.get(request.openid)
        if (last === undefined || clock.now() - last > WECHAT_LIMITS.secCheckVisitWindowMs)
          return fail(ERR.visitExpired)
      }
      const text = [request.title, request.nickname, request.signature, request.content].filter(Boolean).join('\n')
      const hits = riskyTerms.filter((t) => text.includes(t.term))
      const worst = hits.find((h) => h.suggest === 'risky') ?? hits[0]
      const verdict: MsgSecCheckVerdict = {
        suggest: worst ? worst.suggest : 'pass',
        label: worst ? worst.label : 100,
        detail: hits.length
          ? hits.map((h) => ({ strategy: 'keyword', suggest: h.suggest, label: h.label, keyword: h.term }))
          : [{ strategy: 'content_model', suggest: 'pass', label: 100, prob: 90 }],
        traceId: traceId(request.content),
      }
      return { ok: true, value: verdict }
    },

    async sendSubscribeMessage(request) {
      const forced = injected('sendSubscribeMessage', request)
      if (forced) return fail(forced)
      const invalid = checkSubscribeMessage(request)
      if (invalid) return fail(invalid)
      if (options.templates) {
        const keys = options.templates[request.templateId]
        if (!keys) return fail(ERR.invalidTemplateId)
        const given = Object.keys(request.data)
        const missing = keys.find((k) => !given.includes(k))
        const extra = given.find((k) => !keys.includes(k))
        if (missing || extra)
          return fail({
            errcode: ERR.argumentInvalid.errcode,
            errmsg: `argument invalid! data.${missing ?? extra} invalid`,
          })
      }
      if (request.page !== undefined && options.pages) {
        const path = request.page.replace(/^\//, '').split('?')[0]
        if (!options.pages.includes(path)) return fail(ERR.invalidPage)
      }
      const key = consentKey(request.touser, request.templateId)
      const left = consents.get(key) ?? 0
      if (left <= 0) return fail(ERR.noConsent)
      consents.set(key, left - 1)
      const msgid = String(1_000_000 + ++serial)
      sent.push({ ...request, sentAt: clock.now(), msgid })
      return { ok: true, value: { msgid } }
    },

    async getUnlimitedCode(request) {
      const forced = injected('getUnlimitedCode', request)
      if (forced) return fail(forced)
      const invalid = checkUnlimitedCode(request)
      if (invalid) return fail(invalid)
      if (
        request.page !== undefined &&
        request.checkPath !== false &&
        options.pages &&
        !options.pages.includes(request.page)
      )
        return fail(ERR.invalidPage)
      const width = request.width ?? WECHAT_LIMITS.codeWidthDefault
      const buffer = fakeCodePng(`${request.page ?? ''}?${request.scene}`, width)
      return { ok: true, value: { contentType: 'image/png', buffer: new Uint8Array(buffer) } }
    },
  }
}
