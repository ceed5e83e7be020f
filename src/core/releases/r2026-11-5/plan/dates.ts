/** Calendar arithmetic in China time (UTC+8, no daylight saving), from a clock value passed in. */

const OFFSET = 8 * 3600_000
export const DAY = 86_400_000

const local = (ms: number) => new Date(ms + OFFSET)
const pad = (n: number) => String(n).padStart(2, '0')

export function ymd(ms: number): string {
  const d = local(ms)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

const PAD2 = Array.from({ length: 32 }, (_, i) => pad(i))

/**
 * `ymd` of n consecutive days from the midnight `ms`, stepping the date by hand: one Date for the
 * whole run instead of one per day (the calendar needs 28 of them per plan).
 */
export function ymdDays(ms: number, n: number): string[] {
  const d = local(ms)
  let y = d.getUTCFullYear()
  let m = d.getUTCMonth() + 1
  let day = d.getUTCDate()
  let monthLength = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    out.push(`${y}-${PAD2[m]}-${PAD2[day]}`)
    if (++day > monthLength) {
      day = 1
      if (++m > 12) {
        m = 1
        y++
      }
      monthLength = new Date(Date.UTC(y, m, 0)).getUTCDate()
    }
  }
  return out
}

/** Same time of day, n months later; the 31st becomes the last day of a shorter month. */
export function addMonths(ms: number, n: number): number {
  const d = local(ms)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth() + n
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  const t = Date.UTC(
    y,
    m,
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  )
  return t - OFFSET
}

/** Midnight (China time) of the coming Monday; today when today is Monday. */
export function comingMonday(ms: number): number {
  const d = local(ms)
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - OFFSET
  const daysAhead = (8 - d.getUTCDay()) % 7
  return midnight + daysAhead * DAY
}

/** Next occurrence (China time, midnight) of month/day at or after ms. */
export function nextOccurrence(ms: number, month: number, day: number): number {
  const y = local(ms).getUTCFullYear()
  const thisYear = Date.UTC(y, month - 1, day) - OFFSET
  return thisYear + DAY > ms ? thisYear : Date.UTC(y + 1, month - 1, day) - OFFSET
}

/** Promotion days (month, day) of the peaks the wizard asks about. */
export const PEAK_DAYS = { '618': [6, 18], double11: [11, 11] } as const
