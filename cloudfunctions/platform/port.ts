/**
 * The WeChat platform port: every `cloud.openapi` call the product makes goes through this one
 * interface, like storage goes through the store port. Two adapters implement it:
 * `wechat.ts` (the real `cloud.openapi`, in deployed functions) and `fake.ts` (the local runtime
 * and tests), which enforces WeChat's documented limits and answers WeChat's documented error
 * codes, so code written against the fake meets the same refusals in production.
 *
 * Failures are values, not exceptions: WeChat answers an `errcode` for anything from "the user
 * has no consent left" to "system busy", and callers must decide per code what the user sees.
 */

/** WeChat's own error code and message (e.g. 43101 "user refuse to accept the msg"). */
export interface PlatformError {
  errcode: number
  errmsg: string
}

export type PlatformResult<T> = { ok: true; value: T } | ({ ok: false } & PlatformError)

// ── security.msgSecCheck (version 2) ─────────────────────────────────────────────────────────

/** 1 资料, 2 评论, 3 论坛, 4 社交日志 (WeChat's scene enumeration). */
export type SecCheckScene = 1 | 2 | 3 | 4

export interface MsgSecCheckRequest {
  /** The user the text belongs to; WeChat requires them to have opened the mini program in the last 2 hours. */
  openid: string
  scene: SecCheckScene
  /** ≤ 2500 characters. */
  content: string
  title?: string
  nickname?: string
  signature?: string
}

/** pass: publish; review: a person should look; risky: do not publish. */
export type SecCheckSuggest = 'pass' | 'review' | 'risky'

/**
 * WeChat's labels: 100 正常, 10001 广告, 20001 时政, 20002 色情, 20003 辱骂, 20006 违法犯罪,
 * 20008 欺诈, 20012 低俗, 20013 版权, 21000 其他.
 */
export type SecCheckLabel = 100 | 10001 | 20001 | 20002 | 20003 | 20006 | 20008 | 20012 | 20013 | 21000

export interface MsgSecCheckVerdict {
  suggest: SecCheckSuggest
  label: SecCheckLabel
  /** Per-strategy details as WeChat gives them (keyword only when a word list matched). */
  detail: { strategy: string; suggest: SecCheckSuggest; label: number; keyword?: string; prob?: number }[]
  traceId: string
}

// ── subscribeMessage.send ────────────────────────────────────────────────────────────────────

export type MiniprogramState = 'developer' | 'trial' | 'formal'

export interface SubscribeMessageRequest {
  touser: string
  templateId: string
  /** Page opened from the message, e.g. `packages/plan/detail/index?id=…`. */
  page?: string
  /** Template keywords: `{ thing1: { value: '季度复盘' }, time2: { value: '2026-12-01 09:00' } }`. */
  data: Record<string, { value: string }>
  miniprogramState?: MiniprogramState
  lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW'
}

// ── wxacode.getUnlimited ─────────────────────────────────────────────────────────────────────

export type EnvVersion = 'release' | 'trial' | 'develop'

export interface UnlimitedCodeRequest {
  /** ≤ 32 characters of [0-9A-Za-z] and !#$&'()*+,/:;=?@-._~ */
  scene: string
  /** A published page without leading slash, e.g. `packages/plan/shared/index`. */
  page?: string
  /** WeChat checks that `page` exists in the published version unless this is false. */
  checkPath?: boolean
  envVersion?: EnvVersion
  /** 280–1280 px, default 430. */
  width?: number
  isHyaline?: boolean
}

export interface UnlimitedCode {
  contentType: string
  buffer: Uint8Array
}

export interface WeChatPlatform {
  msgSecCheck(request: MsgSecCheckRequest): Promise<PlatformResult<MsgSecCheckVerdict>>
  sendSubscribeMessage(request: SubscribeMessageRequest): Promise<PlatformResult<{ msgid?: string }>>
  getUnlimitedCode(request: UnlimitedCodeRequest): Promise<PlatformResult<UnlimitedCode>>
}
