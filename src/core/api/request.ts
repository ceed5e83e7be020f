import type { FieldError } from '../errors'
import type { ParseResult } from '../wizard/answers'
import { LIMITS, utf8Bytes } from './common'

/**
 * The first look at any request, before any other work: bounded depth, count and size, measured
 * while walking (never by stringifying, which is what a deeply nested body used to crash), and
 * every string (keys too) normalised to NFC and refused if it holds what no one types and what
 * would be stored or shown differently: lone surrogates, control characters, bidi overrides.
 * The result is a normalised copy, so every later rule and both store adapters see the same text.
 */

export const TEXT_MESSAGES = {
  surrogate: '包含无法识别的字符，请删除后重新输入',
  control: '包含无法显示的控制字符，请删除后重新输入',
  bidi: '包含改变文字方向的隐藏字符，请删除后重新输入',
  deep: '内容层级太深',
  many: '内容条目太多',
  large: `内容太多（上限 ${LIMITS.requestBytes / 1024} KB）`,
  type: '包含无法识别的内容',
} as const

// C0 controls except tab and line feed / carriage return (a pasted address may have them; the
// fields' own rules decide), DEL and the C1 block.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
// Directional marks, embeddings, overrides and isolates: invisible, they reorder what others see.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. A loop,
 *  not a regex: lookbehind is a syntax error on older WeChat JavaScript engines (this file also
 *  ships in the mini program). */
function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true
      i++
    } else if (c >= 0xdc00 && c <= 0xdfff) return true
  }
  return false
}

/** Why a string cannot be stored, or null. Exported for the client to check a field before sending. */
export function textProblem(s: string): keyof typeof TEXT_MESSAGES | null {
  if (hasLoneSurrogate(s)) return 'surrogate'
  if (CONTROL.test(s)) return 'control'
  if (BIDI.test(s)) return 'bidi'
  return null
}

interface Frame {
  value: unknown
  path: string[]
  depth: number
  assign: (v: unknown) => void
}

function fail(path: string[], code: string, key: keyof typeof TEXT_MESSAGES): ParseResult<never> {
  const error: FieldError = { path: path.join('.'), code, message: TEXT_MESSAGES[key] }
  return { ok: false, errors: [error] }
}

export function inspectRequest(input: unknown): ParseResult<unknown> {
  let out: unknown
  const stack: Frame[] = [{ value: input, path: [], depth: 0, assign: (v) => (out = v) }]
  let nodes = 0
  let bytes = 0
  while (stack.length > 0) {
    const { value, path, depth, assign } = stack.pop() as Frame
    if (++nodes > LIMITS.requestNodes) return fail(path, 'TOO_LARGE', 'many')
    if (depth > LIMITS.requestDepth) return fail(path, 'TOO_DEEP', 'deep')
    if (typeof value === 'string') {
      bytes += utf8Bytes(value) + 2
      if (bytes > LIMITS.requestBytes) return fail(path, 'TOO_LARGE', 'large')
      const problem = textProblem(value)
      if (problem) return fail(path, 'BAD_CHARACTERS', problem)
      assign(value.normalize('NFC'))
    } else if (value === null || typeof value === 'number' || typeof value === 'boolean' || value === undefined) {
      bytes += 8
      if (bytes > LIMITS.requestBytes) return fail(path, 'TOO_LARGE', 'large')
      assign(value)
    } else if (Array.isArray(value)) {
      const copy: unknown[] = new Array<unknown>(value.length)
      bytes += 2 + value.length
      if (value.length > LIMITS.requestNodes) return fail(path, 'TOO_LARGE', 'many')
      assign(copy)
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, String(i)], depth: depth + 1, assign: (v) => (copy[i] = v) })
    } else if (typeof value === 'object') {
      const proto: unknown = Object.getPrototypeOf(value)
      if (proto !== Object.prototype && proto !== null) return fail(path, 'INVALID', 'type')
      const copy: Record<string, unknown> = {}
      const keys = Object.keys(value)
      if (keys.length > LIMITS.requestNodes) return fail(path, 'TOO_LARGE', 'many')
      assign(copy)
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string
        bytes += utf8Bytes(key) + 4
        if (bytes > LIMITS.requestBytes) return fail(path, 'TOO_LARGE', 'large')
        const problem = textProblem(key)
        if (problem) return fail([...path, key], 'BAD_CHARACTERS', problem)
        // No field of ours has this name, and assigning it would set the copy's prototype.
        if (key === '__proto__') return fail([...path, key], 'INVALID', 'type')
        const k = key.normalize('NFC')
        stack.push({
          value: (value as Record<string, unknown>)[key],
          path: [...path, key],
          depth: depth + 1,
          assign: (v) => (copy[k] = v),
        })
      }
    } else return fail(path, 'INVALID', 'type')
  }
  return { ok: true, value: out }
}
