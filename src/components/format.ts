/** Dates as owners read them: 2026-11-24 14:05, in the phone's time zone. */
export function formatDate(ms: number): string {
  const d = new Date(ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function formatDay(ms: number): string {
  return formatDate(ms).slice(0, 10)
}
