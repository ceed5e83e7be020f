/** Dates as owners read them: 2026-11-24 14:05, in the phone's time zone. */
export function formatDate(ms: number): string {
  const d = new Date(ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function formatDay(ms: number): string {
  return formatDate(ms).slice(0, 10)
}

/**
 * A label and its bracketed note, apart: "新增关注量（月）" → 新增关注量 and （月）, so a narrow
 * column can set the note on a line of its own instead of breaking "新增关注量（" / "月）".
 */
export function labelAndNote(label: string): { label: string; note: string | null } {
  const m = /^(.+?)(（[^（）]*）)$/.exec(label)
  return m ? { label: m[1], note: m[2] } : { label, note: null }
}

/**
 * A sentence cut into the pieces a reader takes in one glance: a clause up to and including its
 * punctuation (，、：；。！？), a bracketed note（次月）and a quoted name「最近删除」. Chinese text may
 * break between any two characters, so a short line on a 320 px phone ends as "…互动游" / "戏" or
 * "小程序留存率（次" / "月）"; each piece, kept whole, moves to the next line instead.
 */
export function splitPhrases(text: string): string[] {
  const pieces: string[] = []
  let current = ''
  const push = () => {
    if (current !== '') pieces.push(current)
    current = ''
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    const close = ch === '（' ? '）' : ch === '「' ? '」' : null
    const end = close === null ? -1 : text.indexOf(close, i + 1)
    if (end > i) {
      // A group starts a piece of its own and takes the punctuation right after it along.
      push()
      current = text.slice(i, end + 1)
      i = end
      while (i + 1 < text.length && /[，、：；。！？]/.test(text[i + 1])) current += text[++i]
      push()
      continue
    }
    current += ch
    if (/[，、：；。！？]/.test(ch)) push()
  }
  push()
  return pieces
}

const WORD_JOINER = '\u2060'

/** The longest clause kept on one line of a dialog: a 320 px phone's dialog holds about 13. */
const DIALOG_CLAUSE_MAX = 12

/**
 * For text the platform lays out itself (showModal takes a plain string, no markup): word joiners
 * between the characters of each quoted name, and of each clause short enough for one line, so
 * the dialog breaks only between them — never "「最" / "近删除」" or "会被放" / "弃". The joiner has
 * no width and no glyph; a longer clause may still break anywhere.
 */
export function keepPhrasesWhole(text: string): string {
  return splitPhrases(text)
    .map((p) => (p.startsWith('「') || [...p].length <= DIALOG_CLAUSE_MAX ? [...p].join(WORD_JOINER) : p))
    .join('')
}
