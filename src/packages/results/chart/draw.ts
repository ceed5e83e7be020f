/**
 * One small chart for both builds: draws on any canvas 2D context (WeChat's `Canvas type="2d"`
 * node, the browser's HTMLCanvasElement, @napi-rs/canvas in tests). No chart library: a layer's
 * few metrics over at most a year fit in a few rectangles and lines, and the main package stays lean.
 *
 * A layer's metrics have different units (人, 元, %), so each gets its own row ("small multiples"):
 * bars of actuals per month on the row's own scale, and the target as a dashed line across it.
 */
import { THEME } from '@/theme'

/** The part of CanvasRenderingContext2D we use: WeChat's, the browser's and node-canvas's all have it. */
export interface Ctx2D {
  fillStyle: string | CanvasGradient | CanvasPattern
  strokeStyle: string | CanvasGradient | CanvasPattern
  lineWidth: number
  font: string
  textAlign: CanvasTextAlign
  textBaseline: CanvasTextBaseline
  clearRect(x: number, y: number, w: number, h: number): void
  fillRect(x: number, y: number, w: number, h: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  stroke(): void
  fillText(text: string, x: number, y: number): void
  setLineDash(segments: number[]): void
  save(): void
  restore(): void
  scale(x: number, y: number): void
}

export interface ChartSeries {
  label: string
  /** One value per month of `months`; null where nothing was recorded. */
  values: (number | null)[]
  target: number | null
  /** 'down' for costs: a bar under the target is the good one. */
  better: 'up' | 'down'
  /** Short text for the largest value on the row's axis ("1.2万", "45%"). */
  format: (v: number) => string
}

export interface ChartInput {
  /** Short month labels ("7月"). */
  months: string[]
  series: ChartSeries[]
}

/** The token colours (src/theme.ts mirrors src/app.scss), so the chart matches the legend and tags. */
export const CHART_COLORS = {
  met: THEME.primary,
  missed: THEME.warning,
  plain: THEME.link,
  target: THEME.danger,
  axis: THEME.line,
  text: THEME['text-2'],
  title: THEME.text,
} as const

export const ROW_HEIGHT = 96
const TITLE = 20
const AXIS = 18
const LEFT = 4
const RIGHT = 4

export function chartHeight(input: ChartInput): number {
  return Math.max(1, input.series.length) * ROW_HEIGHT + AXIS
}

/** Draws in CSS pixels; the caller sizes the canvas for the device pixel ratio and passes it. */
export function drawChart(ctx: Ctx2D, width: number, input: ChartInput, pixelRatio = 1): void {
  const height = chartHeight(input)
  ctx.save()
  ctx.scale(pixelRatio, pixelRatio)
  ctx.clearRect(0, 0, width, height)
  const n = Math.max(1, input.months.length)
  const plotW = Math.max(10, width - LEFT - RIGHT)
  const slot = plotW / n
  const barW = Math.max(2, Math.min(28, slot * 0.6))
  input.series.forEach((s, i) => drawRow(ctx, s, i * ROW_HEIGHT, slot, barW, plotW))
  // Month labels once, under the last row; on a narrow phone only every other one.
  ctx.fillStyle = CHART_COLORS.text
  ctx.font = '11px sans-serif'
  ctx.textAlign = 'center'
  ctx.textBaseline = 'top'
  const every = slot < 26 ? Math.ceil(26 / slot) : 1
  input.months.forEach((m, j) => {
    if ((n - 1 - j) % every === 0) ctx.fillText(m, LEFT + slot * (j + 0.5), height - AXIS + 4)
  })
  ctx.restore()
}

function drawRow(ctx: Ctx2D, s: ChartSeries, top: number, slot: number, barW: number, plotW: number): void {
  const plotTop = top + TITLE
  const plotH = ROW_HEIGHT - TITLE - 8
  const base = plotTop + plotH
  const recorded = s.values.filter((v): v is number => v !== null)
  const max = Math.max(s.target ?? 0, ...recorded, 0) * 1.1 || 1
  ctx.fillStyle = CHART_COLORS.title
  ctx.font = '12px sans-serif'
  ctx.textAlign = 'left'
  ctx.textBaseline = 'top'
  ctx.fillText(s.label, LEFT, top + 2)
  ctx.fillStyle = CHART_COLORS.text
  ctx.textAlign = 'right'
  ctx.fillText(s.target === null ? '未设目标' : `目标 ${s.format(s.target)}`, LEFT + plotW, top + 2)
  ctx.strokeStyle = CHART_COLORS.axis
  ctx.lineWidth = 1
  ctx.setLineDash([])
  ctx.beginPath()
  ctx.moveTo(LEFT, base + 0.5)
  ctx.lineTo(LEFT + plotW, base + 0.5)
  ctx.stroke()
  s.values.forEach((v, j) => {
    if (v === null) return
    const h = Math.max(1, (v / max) * plotH)
    const met = s.target === null ? null : s.better === 'up' ? v >= s.target : v <= s.target
    ctx.fillStyle = met === null ? CHART_COLORS.plain : met ? CHART_COLORS.met : CHART_COLORS.missed
    ctx.fillRect(LEFT + slot * (j + 0.5) - barW / 2, base - h, barW, h)
  })
  if (s.target !== null) {
    const y = Math.round(base - (s.target / max) * plotH) + 0.5
    ctx.strokeStyle = CHART_COLORS.target
    ctx.lineWidth = 1.5
    ctx.setLineDash([4, 3])
    ctx.beginPath()
    ctx.moveTo(LEFT, y)
    ctx.lineTo(LEFT + plotW, y)
    ctx.stroke()
    ctx.setLineDash([])
  }
}
