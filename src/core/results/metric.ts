/**
 * What kind of number each KPI is, so a value can be checked and shown the way the owner reads it
 * in the 公众号/小程序 back office: a percent is 0–100, a count is a whole number, money has cents.
 */

export type MetricKind = 'percent' | 'count' | 'money' | 'ratio'

export interface MetricSpec {
  kind: MetricKind
  unit: string
  min: number
  max: number
  /** Decimal places kept; a pasted 12.345% is rounded, never rejected. */
  decimals: number
  /** 'down' for costs: a lower value is the better one (获客成本). */
  better: 'up' | 'down'
}

/** KPIs whose improvement is a decrease. The seed names 获客成本 under 渠道投放ROI: a cost to push down. */
const LOWER_IS_BETTER = new Set(['acquisition.cac'])

const RANGES: Record<MetricKind, { min: number; max: number; decimals: number }> = {
  percent: { min: 0, max: 100, decimals: 2 },
  count: { min: 0, max: 1e9, decimals: 0 },
  money: { min: 0, max: 1e12, decimals: 2 },
  ratio: { min: 0, max: 1e6, decimals: 2 },
}

export function kindOfUnit(unit: string): MetricKind {
  if (unit === '%') return 'percent'
  if (unit.startsWith('元')) return 'money'
  if (unit === '人' || unit === '次' || unit === '个' || unit === '条') return 'count'
  return 'ratio'
}

export function metricSpec(kpi: { id: string; unit: string }): MetricSpec {
  const kind = kindOfUnit(kpi.unit)
  return { kind, unit: kpi.unit, ...RANGES[kind], better: LOWER_IS_BETTER.has(kpi.id) ? 'down' : 'up' }
}

export type ValueCheck =
  | { ok: true; value: number }
  | { ok: false; code: 'EMPTY' | 'NOT_A_NUMBER' | 'TOO_SMALL' | 'TOO_LARGE' | 'NOT_AN_INTEGER'; message: string }

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}

// Thousands separators, currency signs and spaces as the back office and spreadsheets print them.
const NOISE = /[,，\s¥￥]|元|人|次/g
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/**
 * Reads a value as typed or pasted: "1,234", "¥1,200.50", "12.5%", "1.2万". A percent may be
 * written "12.5%" or "12.5"; "0.125" is taken as written (12.5 would be a guess we cannot check).
 */
export function parseMetricValue(spec: MetricSpec, raw: unknown): ValueCheck {
  let n: number
  if (typeof raw === 'number') {
    n = raw
  } else if (typeof raw !== 'string') {
    return fail('NOT_A_NUMBER', '请填写数字')
  } else {
    let text = raw.trim()
    // The value as we display it ("2.5 页/次") reads back.
    if (spec.kind !== 'percent' && text.endsWith(spec.unit)) text = text.slice(0, -spec.unit.length)
    text = text.replace(NOISE, '')
    if (text === '' || text === '-' || text === '--' || text === '—') return fail('EMPTY', '没有填写数值')
    let scale = 1
    if (text.endsWith('%') || text.endsWith('％')) {
      if (spec.kind !== 'percent') return fail('NOT_A_NUMBER', `这一项的单位是${spec.unit}，不是百分比`)
      text = text.slice(0, -1)
    } else if (text.endsWith('万')) {
      scale = 10_000
      text = text.slice(0, -1)
    } else if (text.endsWith('亿')) {
      scale = 100_000_000
      text = text.slice(0, -1)
    }
    if (!NUMBER.test(text)) return fail('NOT_A_NUMBER', '请填写数字')
    n = Number(text) * scale
  }
  if (!Number.isFinite(n)) return fail('NOT_A_NUMBER', '请填写数字')
  if (spec.kind === 'count' && Math.abs(n - Math.round(n)) > 1e-9) return fail('NOT_AN_INTEGER', '人数、次数请填写整数')
  const value = roundTo(n, spec.decimals)
  if (value < spec.min) return fail('TOO_SMALL', `不能小于 ${spec.min}`)
  if (value > spec.max)
    return fail('TOO_LARGE', spec.kind === 'percent' ? '百分比不能超过 100' : `不能大于 ${formatPlain(spec.max)}`)
  return { ok: true, value: value === 0 ? 0 : value }
}

function fail(code: Exclude<ValueCheck, { ok: true }>['code'], message: string): ValueCheck {
  return { ok: false, code, message }
}

function formatPlain(n: number): string {
  if (n >= 1e8) return `${n / 1e8} 亿`
  if (n >= 1e4) return `${n / 1e4} 万`
  return String(n)
}

/** How a value reads on screen: "12.5%", "1,234 人", "¥1,200". */
export function formatMetricValue(spec: MetricSpec, value: number): string {
  const fixed = roundTo(value, spec.decimals)
  const [int, frac] = String(Math.abs(fixed)).split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const body = `${fixed < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`
  if (spec.kind === 'percent') return `${body}%`
  return `${body} ${spec.unit}`
}
