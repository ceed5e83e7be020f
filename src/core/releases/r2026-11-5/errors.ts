/**
 * Stable error codes shared by the cloud functions, the local runtime and the client.
 * Codes are part of the API contract: never rename one, only add.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'SHARE_EXPIRED',
  'SHARE_REVOKED',
  'LIMIT_EXCEEDED',
  'RATE_LIMITED',
  'INTERNAL',
  // Client-side only: the request never reached the cloud (offline, timeout).
  'NETWORK',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** One problem with one field of the input; `path` is dot-separated (e.g. `answers.name`). */
export interface FieldError {
  path: string
  code: string
  message: string
}

export interface ApiError {
  code: ErrorCode
  message: string
  fields?: FieldError[]
  /** For CONFLICT: the revision the server holds now, so the client can reload and merge. */
  currentRev?: number
  /** For a plan's CONFLICT: the version number the owner sees now (第 N 版); `currentRev` is never shown. */
  currentVersion?: number
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/**
 * What the function entries send: the result and the server's clock when it answered. The server's
 * clock is the truth for dates (复盘日 已到 or not); the phone's may be off, or moved.
 */
export type ApiEnvelope<T> = ApiResult<T> & { now?: number }

export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: '填写的内容有误，请检查标出的项目',
  UNAUTHENTICATED: '未登录，请重新打开小程序',
  NOT_FOUND: '找不到这份方案，可能已被删除',
  FORBIDDEN: '没有权限进行此操作',
  CONFLICT: '方案已在另一台设备上修改，请刷新后再保存',
  SHARE_EXPIRED: '分享链接已过期，请向分享人索取新的链接',
  SHARE_REVOKED: '分享链接已被撤销，请向分享人索取新的链接',
  LIMIT_EXCEEDED: '已达到数量上限',
  RATE_LIMITED: '操作太频繁了，请过一分钟再试',
  INTERNAL: '服务暂时不可用，请稍后再试',
  // Said wherever a request fails offline, so it promises nothing: only the wizard keeps typed answers
  // on the phone, and it says so itself.
  NETWORK: '网络不可用，请联网后重试',
}

export function fail(code: ErrorCode, extra: Partial<Omit<ApiError, 'code'>> = {}): ApiResult<never> {
  return { ok: false, error: { code, message: extra.message ?? ERROR_MESSAGES[code], ...extra } }
}

export function ok<T>(data: T): ApiResult<T> {
  return { ok: true, data }
}
