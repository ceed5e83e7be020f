import type { PlanContent } from '@/core'
import { KPI_LAYERS } from '@/core/rules/vocab'
import type { MonthResults } from '@/core/api'
import { addMonthsTo, formatMetricValue, metricSpec, monthIndex, monthLabel } from '@/core/results'
import type { ChartInput } from './draw'

export interface LayerChart {
  layer: string
  label: string
  input: ChartInput
  /** The numbers under the chart: one row per month, one cell per metric ("—" when not recorded). */
  table: { month: string; cells: string[] }[]
  metrics: { id: string; label: string; target: string }[]
}

/** At most a year back: the loop is quarterly, and 12 bars still fit a 320 px phone. */
export const CHART_MONTHS = 12

function compact(v: number, unit: string): string {
  const abs = Math.abs(v)
  const text =
    abs >= 1e8 ? `${+(v / 1e8).toFixed(1)}亿` : abs >= 1e4 ? `${+(v / 1e4).toFixed(1)}万` : `${+v.toFixed(2)}`
  return unit === '%' ? `${text}%` : text
}

/** The months to show: from the first recorded (a year at most) to this month or the last recorded. */
export function chartMonths(items: readonly MonthResults[], thisMonth: string): string[] {
  const recorded = items.map((m) => m.month).sort()
  const last = recorded.length && recorded[recorded.length - 1] > thisMonth ? recorded[recorded.length - 1] : thisMonth
  const first = recorded[0] ?? last
  const span = Math.min(CHART_MONTHS, Math.max(1, monthIndex(last) - monthIndex(first) + 1))
  return Array.from({ length: span }, (_, i) => addMonthsTo(last, i - span + 1))
}

export function layerCharts(
  content: Pick<PlanContent, 'kpis'>,
  targets: Record<string, number>,
  items: readonly MonthResults[],
  thisMonth: string,
): LayerChart[] {
  const months = chartMonths(items, thisMonth)
  const byMonth = new Map(items.map((m) => [m.month, m.values]))
  const year = Number(thisMonth.slice(0, 4))
  const out: LayerChart[] = []
  for (const layer of KPI_LAYERS) {
    const kpis = content.kpis.filter((k) => k.layer === layer.value)
    if (kpis.length === 0) continue
    const series = kpis.map((k) => {
      const spec = metricSpec(k)
      const own = targets[k.id]
      const target = typeof own === 'number' ? own : k.target.value
      return {
        label: k.metric,
        values: months.map((m) => {
          const v = byMonth.get(m)?.[k.id]
          return typeof v === 'number' ? v : null
        }),
        target,
        better: spec.better,
        format: (v: number) => compact(v, k.unit),
      }
    })
    out.push({
      layer: layer.value,
      label: layer.label,
      input: { months: months.map((m) => monthLabel(m, year)), series },
      metrics: kpis.map((k, i) => {
        const t = series[i].target
        return { id: k.id, label: k.metric, target: t === null ? '未设' : formatMetricValue(metricSpec(k), t) }
      }),
      table: months.map((m, j) => ({
        month: monthLabel(m, year),
        cells: kpis.map((k, i) => {
          const v = series[i].values[j]
          return v === null ? '—' : formatMetricValue(metricSpec(k), v)
        }),
      })),
    })
  }
  return out
}
