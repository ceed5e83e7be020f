import type { CopySpan } from './schema'

/**
 * A word named as one to avoid is mentioned, not used: 「不用“最好”“第一”这类词」 claims nothing
 * about any goods, and Art. 9 forbids an ad to *use* such words. The checker still flags every
 * unquoted word, and a quoted one unless the text itself says it is a word to avoid, so a wink
 * (别说“全城第一”，全省都……) stays a finding:
 *
 * - the quote holds the flagged words and nothing else (“最好”, 「保过」; not “网红第一”);
 * - it stands in a run of such quotes (“国家级”“最高级”“最佳”) that is either introduced, in its
 *   own clause, by a word of avoiding (不用, 不说, 避免 …) or followed by words about words
 *   (等用语, 这类词, 类承诺, 等同义词, 字样).
 *
 * Read on the text as written: normalising drops “” (so they cannot split a phrase).
 */
const CLOSING: Record<string, string> = { '「': '」', '“': '”', '『': '』' }
const OPENING: Record<string, string> = { '」': '「', '”': '“', '』': '『' }
const CLAUSE_END = /[，。；！？,.;!?：:\n]/
const AVOID =
  /不用|不说|不写|不发|不要用|不要说|不能用|不能说|不得使用|不得用|避开|避免|禁用|慎用|忌用|去掉|删去|删掉|换掉/
const ABOUT_WORDS = /^(?:等|这类|之类|一类|类)[^，。；！？,.;!?]{0,2}?(?:用语|说法|提法|字样|词|承诺)/
/** How far a quoted item may reach, and how far before the run the word of avoiding may stand. */
const ITEM_MAX = 12
const LEAD_MAX = 10

/** Where the run of quotes around [open, close] starts and ends (indices of its first opener, after its last closer). */
function runOf(chars: readonly string[], open: number, close: number): [number, number] {
  let a = open
  for (;;) {
    const before = a > 0 && chars[a - 1] === '、' ? a - 1 : a
    const closer = chars[before - 1]
    const opener = closer ? OPENING[closer] : undefined
    if (!opener) break
    const start = chars.lastIndexOf(opener, before - 2)
    if (start < 0 || before - start > ITEM_MAX) break
    a = start
  }
  let b = close + 1
  for (;;) {
    const at = chars[b] === '、' ? b + 1 : b
    const closer = CLOSING[chars[at]]
    if (!closer) break
    const end = chars.indexOf(closer, at + 1)
    if (end < 0 || end - at > ITEM_MAX) break
    b = end + 1
  }
  return [a, b]
}

export function quotedMention(chars: readonly string[], span: CopySpan): boolean {
  const open = span.start - 1
  const closer = open >= 0 ? CLOSING[chars[open]] : undefined
  if (!closer) return false
  // The match may run past a closing ” (normalising dropped it: “最好”等 reads 最好等): the quote
  // still holds only flagged words when it closes inside the match.
  const close = chars[span.end] === closer ? span.end : chars.indexOf(closer, span.start)
  if (close < span.start + 1 || close > span.end) return false
  const [a, b] = runOf(chars, open, close)
  let lead = a
  while (lead > 0 && a - lead < LEAD_MAX && !CLAUSE_END.test(chars[lead - 1])) lead--
  return AVOID.test(chars.slice(lead, a).join('')) || ABOUT_WORDS.test(chars.slice(b, b + 6).join(''))
}
