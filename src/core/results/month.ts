/** Months as "YYYY-MM" in China time: the back office reports by calendar month in Beijing time. */

const OFFSET = 8 * 3600_000
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

export function monthOf(ms: number): string {
  const d = new Date(ms + OFFSET)
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

export function monthIndex(month: string): number {
  const m = MONTH_PATTERN.exec(month)
  if (!m) return NaN
  return Number(m[1]) * 12 + Number(m[2]) - 1
}

export function monthFromIndex(i: number): string {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
}

export function addMonthsTo(month: string, n: number): string {
  return monthFromIndex(monthIndex(month) + n)
}

/** "2026-03" → "3月", or "2025年12月" when the year differs from `thisYear`. */
export function monthLabel(month: string, thisYear?: number): string {
  const m = MONTH_PATTERN.exec(month)
  if (!m) return month
  const y = Number(m[1])
  const mm = Number(m[2])
  return thisYear === y ? `${mm}月` : `${y}年${mm}月`
}

const PATTERNS: readonly RegExp[] = [
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月)?(?:\s*[-/.]?\s*\d{1,2}\s*日?)?(?:\s+.*)?$/,
  /^(\d{4})(\d{2})(?:\d{2})?$/,
]

/**
 * Reads a month as a back office or a spreadsheet writes it: "2026-03", "2026/3", "2026年3月",
 * "2026-03-01" (a day's row counts for its month), "202603", "20260301". Null when it is none.
 */
export function parseMonth(raw: string): string | null {
  const text = raw.trim()
  for (const p of PATTERNS) {
    const m = p.exec(text)
    if (!m) continue
    const y = Number(m[1])
    const mm = Number(m[2])
    if (y < 2000 || y > 2100 || mm < 1 || mm > 12) return null
    return `${y}-${String(mm).padStart(2, '0')}`
  }
  return null
}
