import type { MsgSecCheckRequest, PlatformError, SubscribeMessageRequest, UnlimitedCodeRequest } from './port'

/**
 * WeChat's documented limits and the codes WeChat answers when they are broken. The fake
 * adapter enforces them; callers can pre-check with the same functions so a user is told before
 * a request is wasted. Numbers from WeChat's API pages and its community answers (see
 * ARCHITECTURE.md "Facts for the next features").
 */
export const WECHAT_LIMITS = {
  secCheckContentMax: 2500,
  codeSceneMax: 32,
  codeWidthMin: 280,
  codeWidthMax: 1280,
  codeWidthDefault: 430,
  /** msgSecCheck needs the user to have opened the mini program this recently. */
  secCheckVisitWindowMs: 2 * 60 * 60 * 1000,
  thingMax: 20,
  phraseMax: 5,
  nameMax: 10,
  numberMax: 32,
  letterMax: 32,
  symbolMax: 5,
  characterStringMax: 32,
  phoneNumberMax: 17,
  carNumberMax: 8,
} as const

export const ERR = {
  systemBusy: { errcode: -1, errmsg: 'system error' },
  invalidOpenid: { errcode: 40003, errmsg: 'invalid openid' },
  invalidTemplateId: { errcode: 40037, errmsg: 'invalid template_id' },
  invalidArgs: { errcode: 40097, errmsg: 'invalid args' },
  /** msgSecCheck: scene outside 1–4; wxacode: a character outside the allowed set. */
  invalidScene: { errcode: 40129, errmsg: 'invalid scene' },
  invalidSceneLength: { errcode: 40169, errmsg: 'invalid length for scene, or the data is not json string' },
  invalidPage: { errcode: 41030, errmsg: 'invalid page' },
  noConsent: { errcode: 43101, errmsg: 'user refuse to accept the msg' },
  emptyPostData: { errcode: 44002, errmsg: 'empty post data' },
  /**
   * WeChat's msgSecCheck page states the 2,500-character limit but names no code for breaking it;
   * 47001 is what WeChat answers for a request body it cannot accept, so the fake uses that.
   */
  dataFormat: { errcode: 47001, errmsg: 'data format error' },
  argumentInvalid: { errcode: 47003, errmsg: 'argument invalid!' },
  visitExpired: { errcode: 61010, errmsg: 'user access is expired' },
  /** wxacode.getUnlimited: more calls than WeChat allows per minute (the fake never says it unasked). */
  apiQuota: { errcode: 45009, errmsg: 'reach max api daily quota limit' },
} as const satisfies Record<string, PlatformError>

/** Code points, not UTF-16 units: WeChat counts an emoji as one character. */
export function charCount(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

const CODE_SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]*$/

export function checkMsgSecCheck(request: MsgSecCheckRequest): PlatformError | null {
  if (typeof request.openid !== 'string' || request.openid.length === 0) return ERR.invalidOpenid
  if (![1, 2, 3, 4].includes(request.scene)) return ERR.invalidScene
  if (typeof request.content !== 'string' || request.content.length === 0) return ERR.emptyPostData
  if (charCount(request.content) > WECHAT_LIMITS.secCheckContentMax) return ERR.dataFormat
  return null
}

export function checkUnlimitedCode(request: UnlimitedCodeRequest): PlatformError | null {
  const scene = request.scene
  if (typeof scene !== 'string' || scene.length === 0 || scene.length > WECHAT_LIMITS.codeSceneMax)
    return ERR.invalidSceneLength
  if (!CODE_SCENE_CHARS.test(scene)) return ERR.invalidScene
  if (request.width !== undefined) {
    const w = request.width
    if (!Number.isInteger(w) || w < WECHAT_LIMITS.codeWidthMin || w > WECHAT_LIMITS.codeWidthMax) return ERR.invalidArgs
  }
  if (request.envVersion !== undefined && !['release', 'trial', 'develop'].includes(request.envVersion))
    return ERR.invalidArgs
  if (request.page !== undefined && (request.page.startsWith('/') || !/^[\w\-/]+$/.test(request.page)))
    return ERR.invalidPage
  return null
}

const HAN = /^\p{Script=Han}+$/u
const DATE = /^\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?$/
const TIME = /^\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}(:\d{2})?$|^\d{1,2}:\d{2}(:\d{2})?$/

/**
 * One template keyword's value against its kind (the key's prefix: `thing1` is a thing).
 * Returns false when WeChat would answer 47003.
 */
export function keywordValueOk(key: string, value: string): boolean {
  const kind = key.replace(/\d+$/, '')
  const n = charCount(value)
  if (n === 0) return false
  switch (kind) {
    case 'thing':
      return n <= WECHAT_LIMITS.thingMax
    case 'phrase':
      return n <= WECHAT_LIMITS.phraseMax && HAN.test(value)
    case 'name':
      return HAN.test(value) ? n <= WECHAT_LIMITS.nameMax : n <= 2 * WECHAT_LIMITS.nameMax && /^[A-Za-z ]+$/.test(value)
    case 'number':
      return n <= WECHAT_LIMITS.numberMax && /^\d+(\.\d+)?$/.test(value)
    case 'letter':
      return n <= WECHAT_LIMITS.letterMax && /^[A-Za-z]+$/.test(value)
    case 'symbol':
      return n <= WECHAT_LIMITS.symbolMax && /^[^\p{L}\p{N}\s]+$/u.test(value)
    case 'character_string':
      return n <= WECHAT_LIMITS.characterStringMax && /^[\x21-\x7e]+$/.test(value)
    case 'phone_number':
      return n <= WECHAT_LIMITS.phoneNumberMax && /^[\d+\-() ]+$/.test(value)
    case 'car_number':
      return n <= WECHAT_LIMITS.carNumberMax
    case 'amount':
      return /^[¥￥]?\d{1,11}(\.\d{1,2})?元?$/.test(value)
    case 'date':
      return DATE.test(value)
    case 'time':
      return TIME.test(value)
    default:
      return false
  }
}

export function checkSubscribeMessage(request: SubscribeMessageRequest): PlatformError | null {
  if (typeof request.touser !== 'string' || request.touser.length === 0) return ERR.invalidOpenid
  if (typeof request.templateId !== 'string' || request.templateId.length === 0) return ERR.invalidTemplateId
  if (request.miniprogramState !== undefined && !['developer', 'trial', 'formal'].includes(request.miniprogramState))
    return ERR.invalidArgs
  if (request.page !== undefined && !/^\/?[\w\-/.]+(\?\S*)?$/.test(request.page)) return ERR.invalidPage
  const entries = Object.entries(request.data ?? {})
  if (entries.length === 0) return ERR.argumentInvalid
  for (const [key, item] of entries) {
    if (!item || typeof item.value !== 'string' || !keywordValueOk(key, item.value))
      return { errcode: ERR.argumentInvalid.errcode, errmsg: `argument invalid! data.${key}.value invalid` }
  }
  return null
}
