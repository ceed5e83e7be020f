import type { FieldError } from '../errors'
import { metricSpec, parseMetricValue } from './metric'

export interface KpiRef {
  id: string
  metric: string
  unit: string
}

/**
 * Checks one month's values against the plan's KPI board: each id must be on the board and each
 * value in its metric's range. Values come back rounded as stored; errors name `values.<kpiId>`.
 */
export function checkMonthValues(
  kpis: readonly KpiRef[],
  values: Record<string, number>,
): { ok: true; values: Record<string, number> } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const out: Record<string, number> = {}
  for (const [id, raw] of Object.entries(values)) {
    const kpi = kpis.find((k) => k.id === id)
    const path = `values.${id}`
    if (!kpi) {
      errors.push({ path, code: 'NOT_AN_OPTION', message: '方案的指标里没有这一项' })
      continue
    }
    const checked = parseMetricValue(metricSpec(kpi), raw)
    if (checked.ok) out[id] = checked.value
    else errors.push({ path, code: checked.code, message: `${kpi.metric}：${checked.message}` })
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values: out }
}
