import * as v from 'valibot'
import type { FieldError } from '../errors'
import type { ParseResult } from '../wizard/answers'

/**
 * Limits are part of the contract: the client uses them to stop a user before the server has to,
 * and the server enforces them because the client can be bypassed.
 */
export const LIMITS = {
  plansPerUser: 200,
  liveSharesPerPlan: 20,
  /** Live, expired and revoked links together, so create/revoke loops cannot grow storage forever. */
  sharesPerPlan: 200,
  /** Versions per plan: a quarterly review for over a decade. */
  versionsPerPlan: 50,
  /** Renames, target edits, deletions and restores kept per plan (the oldest drop off). */
  eventsPerPlan: 30,
  /**
   * Writes one user may make per minute (every call is billed in WeChat); reads are not limited.
   * Above what a person produces: the wizard saves its draft at most every 0.6 s while typing.
   */
  writesPerMinute: 120,
  /**
   * Stored bytes per user across plans and their versions (drafts and links have their own caps).
   * An owner at every count limit (200 plans × 50 versions) with each version at the 3 KB budget
   * `npm run bench:storage` holds us to (measured: ~0.8 KB) never meets it; only oversized
   * answers (up to 16 KB × 10,000 versions ≈ 160 MB) do. About 29 MB.
   */
  bytesPerUser: 200 * 50 * 3 * 1024,
  /** Nesting of a request: answers are 3 levels deep, so anything beyond this is refused unread. */
  requestDepth: 12,
  /** Values (objects, arrays, strings, numbers …) in one request. */
  requestNodes: 5000,
  /** UTF-8 bytes of one request, counted while walking it (never by stringifying it first). */
  requestBytes: 64 * 1024,
  answersBytes: 16 * 1024,
  draftBytes: 32 * 1024,
  draftStringChars: 2000,
  draftArrayItems: 20,
  draftArrayItemChars: 200,
  draftMaxStep: 99,
  listDefault: 20,
  /** The cloud database returns at most 100 documents per read; one page never needs two reads. */
  listMax: 100,
  targets: 100,
  targetMax: 1e12,
  shareDaysDefault: 30,
  shareDaysMax: 365,
  /** A deleted plan can be restored for this long. */
  restoreDays: 30,
  /** Copy checks the owner keeps under one plan (each text ≤ 2,500 characters, COPY_TEXT_MAX). */
  copyChecksPerPlan: 20,
} as const

export const DAY_MS = 24 * 60 * 60 * 1000

/** Ids we generate: url-safe, short. Anything else cannot name a stored document. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
/** 128 random bits in base64url are 22 characters; a mini program code `scene` holds 32. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,32}$/

export const MSG = {
  required: '此项必填',
  object: '格式不正确',
  string: '请填写文字',
  number: '请填写数字',
  integer: '请填写整数',
  boolean: '格式不正确',
  id: '编号格式不正确',
  token: '分享链接无效',
  rev: '版本号不正确',
  version: '没有这个版本',
  tooLong: '内容太长',
  tooMany: '条目太多',
  outOfRange: '超出允许的范围',
  cursor: '翻页参数无效',
  unknownQuestion: '没有这道题',
  draftValue: '答案格式不正确',
  kpiId: '指标编号格式不正确',
} as const

export const idSchema = v.pipe(v.string(MSG.id), v.regex(ID_PATTERN, MSG.id))
export const tokenSchema = v.pipe(v.string(MSG.token), v.regex(TOKEN_PATTERN, MSG.token))
/** A version number the owner sees: 1, 2, 3 … */
export const versionSchema = v.pipe(
  v.number(MSG.version),
  v.integer(MSG.version),
  v.minValue(1, MSG.version),
  v.maxValue(2 ** 31, MSG.version),
)
/**
 * A whole number from `min` to `max` typed into a form or sent by the client: the messages say
 * which rule it broke (a number at all, a whole one, in range), `tooHigh` when the top of the
 * range needs its own words (每页最多 …).
 */
export function wholeNumber(min: number, max: number, outOfRange: string = MSG.outOfRange, tooHigh = outOfRange) {
  return v.pipe(v.number(MSG.number), v.integer(MSG.integer), v.minValue(min, outOfRange), v.maxValue(max, tooHigh))
}
export const revSchema = v.pipe(
  v.number(MSG.rev),
  v.integer(MSG.rev),
  v.minValue(0, MSG.rev),
  v.maxValue(2 ** 31, MSG.rev),
)

/** valibot's own messages are English; the UI shows ours, so replace any message that is not Chinese. */
const FALLBACK_BY_TYPE: Record<string, string> = {
  object: MSG.object,
  loose_object: MSG.object,
  strict_object: MSG.object,
  record: MSG.object,
  string: MSG.string,
  number: MSG.number,
  integer: MSG.integer,
  boolean: MSG.boolean,
  max_length: MSG.tooLong,
  max_entries: MSG.tooMany,
  min_value: MSG.outOfRange,
  max_value: MSG.outOfRange,
}

function issueCode(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case 'min_length':
      return 'TOO_SHORT'
    case 'max_length':
    case 'max_entries':
      return 'TOO_LONG'
    case 'min_value':
    case 'max_value':
      return 'OUT_OF_RANGE'
    case 'picklist':
      return 'NOT_AN_OPTION'
    default:
      return issue.input === undefined ? 'REQUIRED' : 'INVALID'
  }
}

const HAS_CJK = /[\u4e00-\u9fff]/

export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[], prefix = ''): FieldError[] {
  return issues.map((issue) => {
    const path = [prefix, ...(issue.path ?? []).map((p) => String(p.key))].filter(Boolean).join('.')
    const code = issueCode(issue)
    const message = HAS_CJK.test(issue.message)
      ? issue.message
      : code === 'REQUIRED'
        ? MSG.required
        : (FALLBACK_BY_TYPE[issue.type] ?? MSG.object)
    return { path, code, message }
  })
}

/** The one result shape of every parser (answers, requests, names): a value or field errors. */
export type { ParseResult }

export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): ParseResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input)
  if (result.success) return { ok: true, value: result.output }
  return { ok: false, errors: toFieldErrors(result.issues) }
}

/** UTF-8 bytes of a string, counted without Buffer so the mini program can check before sending. */
export function utf8Bytes(s: string): number {
  let bytes = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** UTF-8 size of a value's JSON. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value)
  return json === undefined ? 0 : utf8Bytes(json)
}
