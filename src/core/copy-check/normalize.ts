import { TRADITIONAL_TO_SIMPLIFIED } from './traditional'

/**
 * The text the rules read, and the way back to what the owner wrote. Owners (and people dodging
 * filters) write 最 好, 分~享, 第①, Ｎｏ．１, 療效 or put emoji between characters; every rule
 * would otherwise have to know every variant. Normalising once keeps the rule data plain.
 *
 * - width and compatibility forms fold (NFKC per character: Ｎｏ．１ → no.1, ① → 1, ％ → %);
 * - letters lower-case; traditional characters we know become simplified;
 * - whitespace, line breaks, zero-width characters, emoji and filler symbols (* · _ ~ | - …)
 *   disappear, so they cannot split a phrase;
 * - sentence punctuation stays: it bounds the "near" in "a reward near 分享".
 *
 * `origin[i]` is the code-point offset in the original text of normalised UTF-16 unit `i`, so a
 * match maps back to an exact original span.
 */
export interface Normalized {
  text: string
  origin: number[]
  /** Code points in the original text. */
  length: number
}

const ASCII_DROP = new Set(['*', '_', '~', '^', '|', '-', '"', "'", '`'])
const DROP_SYMBOLS = /^(?:\s|\p{Extended_Pictographic}|[*·•・‧∙_~^|\-—–‐"'`“”‘’…])$/u

/** Invisible joiners, variation selectors, skin tones and tags: they only ever split words. */
function invisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x2060 ||
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0020 && code <= 0xe007f)
  )
}

const TRADITIONAL_CODES: ReadonlyMap<number, number> = new Map(
  [...TRADITIONAL_TO_SIMPLIFIED].map(([t, simple]) => [t.charCodeAt(0), simple.charCodeAt(0)]),
)
const ASCII_DROP_CODES = new Set([...ASCII_DROP].map((c) => c.charCodeAt(0)))

export function normalize(input: string): Normalized {
  // Char codes into a typed buffer, one string at the end: this runs on every keystroke-sized
  // check on the phone and on every call in the cloud, so it avoids per-character strings.
  let buffer = new Uint16Array(input.length * 2 + 16)
  const origin: number[] = []
  let size = 0
  let index = 0
  const put = (unit: number) => {
    if (size === buffer.length) {
      // NFKC can expand one character a lot (ﷺ is 18): grow rather than lose text.
      const bigger = new Uint16Array(buffer.length * 2)
      bigger.set(buffer)
      buffer = bigger
    }
    buffer[size++] = unit
    origin.push(index)
  }
  for (let i = 0; i < input.length; i++, index++) {
    const code = input.charCodeAt(i)
    // Fast paths: most of a post is plain CJK or ASCII and needs no table or NFKC.
    if (code >= 0x4e00 && code <= 0x9fff) {
      put(TRADITIONAL_CODES.get(code) ?? code)
    } else if (code < 0x80) {
      if (code > 0x20 && !ASCII_DROP_CODES.has(code)) put(code >= 0x41 && code <= 0x5a ? code + 32 : code)
    } else {
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < input.length
      const ch = pair ? input.slice(i, i + 2) : input[i]
      if (pair) i++
      if (invisible(ch.codePointAt(0) ?? 0) || DROP_SYMBOLS.test(ch)) continue
      const folded = ch.normalize('NFKC').toLowerCase()
      for (let k = 0; k < folded.length; k++) {
        // NFKC can turn one character into spaces plus text (e.g. ㈠ → (一)); drop the spaces too.
        if (folded.charCodeAt(k) !== 0x20) put(folded.charCodeAt(k))
      }
    }
  }
  let text = ''
  for (let k = 0; k < size; k += 4096) text += String.fromCharCode(...buffer.subarray(k, Math.min(size, k + 4096)))
  return { text, origin, length: index }
}

/** A normalised range [start, end) → the original code-point range. */
export function originalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  return { start: n.origin[start], end: n.origin[end - 1] + 1 }
}

/** Code points of a string (what the UI and the API count in). */
export function codePoints(text: string): string[] {
  return [...text]
}
