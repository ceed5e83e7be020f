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

const WORD_JOINER = '\u2060'

/**
 * For text the platform lays out itself (showModal's content takes a plain string, no markup): a
 * word joiner between the characters of each 「…」, so the dialog never breaks a quoted name
 * ("「最" / "近删除」"). The joiner has no width and no glyph.
 */
export function keepQuotesWhole(text: string): string {
  return text.replace(/「[^「」]*」/g, (q) => [...q].join(WORD_JOINER))
}
