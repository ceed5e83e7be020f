import { GLOSSARY } from '@/core'
import { TOOLS } from '@/core/rules/vocab'

/**
 * Mechanical wording defects in a line an owner reads: the kind a template or a rule's text
 * produces when two pieces are glued together without reading the result. Each returns a short
 * name of the defect, so a failing test says what is wrong and where.
 *
 * A "line" is what one element of the page shows; a sentence ends at 。！？ or ；(a clause that
 * stands on its own), and at the " · " the page puts between two facts on one line.
 */
const PUNCT = '，。、；：？！,;:?!'
const SENTENCE_END = /[。！？；]|\s·\s|\n/
const OPEN = '「“‘（(《【'
const CLOSE = '」”’）)》】'
const PAIRS: Record<string, string> = { '「': '」', '“': '”', '‘': '’', '（': '）', '(': ')', '《': '》', '【': '】' }

/** Text inside quotes and brackets is somebody's words or an aside: its own colons don't count. */
function outsideQuotes(sentence: string): string {
  let depth = 0
  let out = ''
  for (const ch of sentence) {
    if (OPEN.includes(ch)) depth++
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1)
    else if (depth === 0) out += ch
  }
  return out
}

/** Every quote and bracket closed, in order, and none closed that was not opened. */
function balanced(line: string): boolean {
  const stack: string[] = []
  for (const ch of line) {
    if (ch in PAIRS) stack.push(PAIRS[ch])
    else if (CLOSE.includes(ch) && stack.pop() !== ch) return false
  }
  return stack.length === 0
}

const LATIN = /[A-Za-z]/
const TERMS = [...GLOSSARY].map((e) => e.term).sort((x, y) => y.length - x.length)

/**
 * The line without the words it may write in Latin letters: glossary terms (GMV, CDN, HTTPS,
 * To B …) and the units of the article's own targets after a number (500ms, 1s).
 */
function withoutAllowedLatin(line: string): string {
  let t = line
  for (const term of TERMS) t = t.split(term).join(' ')
  return t.replace(/\d+(ms|s)\b/g, '')
}

const TOOL_NAMES = [...TOOLS.map((t) => t.label), '公众号', '服务号', '订阅号']

const CJK_PAIR = /^[\u3400-\u9fff]{2}$/

/** The two-character words of a label (请确认 → 请确, 确认): what a text after it must not say again. */
function labelWords(label: string): string[] {
  const chars = [...label.trim()]
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) {
    const w = chars[i] + chars[i + 1]
    if (CJK_PAIR.test(w) && !out.includes(w)) out.push(w)
  }
  return out
}

/**
 * Defects between a label (or a tag) and the text it introduces: "请确认" tag beside
 * "请确认：还没回答…", "怎么确认：请确认文案…" (the label said again where the text starts), and
 * "转化目标：销售转化" (a word of the label said again further on: one of them is redundant).
 */
export function labelDefects(label: string, text: string, ownWords: readonly string[] = []): string[] {
  // The text the label introduces is its first sentence; a sentence after it stands on its own.
  let body = text.trim().split(/[。！？]/)[0]
  // Names (the owner's, WeChat's tools) are one word each: "已有微信工具：新增企业微信" repeats nothing.
  for (const w of [...ownWords, ...TOOL_NAMES].sort((x, y) => y.length - x.length))
    if (w.trim()) body = body.split(w).join('某')
  const words = labelWords(label)
  const head = body.slice(0, [...label.trim()].length + 2)
  if (words.some((w) => head.includes(w))) return ['label repeated at the start of its text']
  if (words.some((w) => body.includes(w))) return ['word repeated across a label and its text']
  return []
}

/** "出处：…" — a short label before the first colon, outside quotes and brackets. */
const LABELLED = /^([\u3400-\u9fffA-Za-z0-9]{1,8})：(.+)$/s

/**
 * The defects of one line. `ownWords` are what the owner typed (the plan's name, competitors):
 * quoted as typed, so they are read as one plain word here.
 */
export function wordingDefects(shown: string, ownWords: readonly string[] = []): string[] {
  let line = shown
  for (const w of [...ownWords].sort((x, y) => y.length - x.length)) if (w.trim()) line = line.split(w).join('某')
  const found: string[] = []
  const add = (name: string) => found.includes(name) || found.push(name)
  if (line.trim() === '') add('empty line')
  if (line !== line.trim()) add('space at either end')
  if (/ {2}/.test(line)) add('two spaces')
  if (new RegExp(`\\s[${PUNCT}、。]|[，。、；：？！]\\s`).test(line)) add('space beside full-width punctuation')
  if (new RegExp(`[${PUNCT}…][${PUNCT}]`).test(line)) add('doubled punctuation')
  if (/[\u3400-\u9fff][,;:?!()]|[,;:?!()][\u3400-\u9fff]/.test(line)) add('ASCII punctuation in Chinese')
  if (new RegExp(`[${OPEN}][${PUNCT}]|[，、；：,;:][${CLOSE}]`).test(line)) add('punctuation inside a bracket edge')
  if (/「\s*」|“\s*”|‘\s*’|（\s*）|\(\s*\)|《\s*》|【\s*】|""|''/.test(line)) add('empty quotes or brackets')
  if (!balanced(line)) add('unbalanced quotes or brackets')
  // 满额赠礼（不以转发为条件）（第2期）: two asides in a row; say them in one, or one in words.
  if (/[）)】][（(【]/.test(line)) add('two brackets in a row')
  const labelled = LABELLED.exec(line)
  if (labelled) for (const d of labelDefects(labelled[1], labelled[2])) add(d)
  // 新品新品首发直播; 618预热·618活动预告 (a prefix that says what the text after it says again).
  if (/([\u4e00-\u9fff]{2,})\1|([\u4e00-\u9fff0-9]{2,})[\u4e00-\u9fff]{0,3}·\2/.test(line)) add('word repeated')
  for (const sentence of line.split(SENTENCE_END)) {
    if (new RegExp(`^\\s*[${PUNCT}]`).test(sentence) && sentence.trim() !== '') add('sentence starts with punctuation')
    if ((outsideQuotes(sentence).match(/：/g)?.length ?? 0) >= 2) add('two colons in one sentence')
  }
  if (/\{[^}]*\}|\$\{|\bundefined\b|\bnull\b|\bNaN\b|\[object |\btrue\b|\bfalse\b|%[sd]\b/.test(line))
    add('template leftover')
  if (LATIN.test(withoutAllowedLatin(line))) add('English')
  return found
}
