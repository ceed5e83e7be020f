import { createCanvas } from '@napi-rs/canvas'
import { CHART_COLORS, chartHeight, drawChart, type ChartInput, type Ctx2D } from '@/packages/results/chart/draw'
import { chartMonths, layerCharts } from '@/packages/results/chart/data'

/** The chart module drawn for real (pixels, via @napi-rs/canvas) and as recorded draw calls. */

const WIDTH = 300

const input = (over: Partial<ChartInput['series'][number]> = {}): ChartInput => ({
  months: ['8月', '9月', '10月'],
  series: [{ label: '新增关注量', values: [650, null, 400], target: 500, better: 'up', format: String, ...over }],
})

function render(chart: ChartInput) {
  const height = chartHeight(chart)
  const canvas = createCanvas(WIDTH, height)
  const ctx = canvas.getContext('2d')
  drawChart(ctx as unknown as Ctx2D, WIDTH, chart)
  return { ctx, height }
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** Share of pixels in a column band that have the given colour. */
function colourAt(ctx: ReturnType<typeof render>['ctx'], x: number, top: number, bottom: number, hex: string): number {
  const [r, g, b] = rgb(hex)
  const data = ctx.getImageData(x, top, 1, bottom - top).data
  let hits = 0
  for (let i = 0; i < data.length; i += 4)
    if (
      Math.abs(data[i] - r) < 8 &&
      Math.abs(data[i + 1] - g) < 8 &&
      Math.abs(data[i + 2] - b) < 8 &&
      data[i + 3] > 200
    )
      hits++
  return hits / (bottom - top)
}

describe('chart drawing (pixels)', () => {
  it('a month that met the target is a green bar, one that missed is orange, a month without data is empty', () => {
    const { ctx } = render(input())
    const slot = (WIDTH - 8) / 3
    const x = (j: number) => Math.round(4 + slot * (j + 0.5))
    expect(colourAt(ctx, x(0), 20, 90, CHART_COLORS.met)).toBeGreaterThan(0.3)
    expect(colourAt(ctx, x(1), 20, 90, CHART_COLORS.met) + colourAt(ctx, x(1), 20, 90, CHART_COLORS.missed)).toBe(0)
    expect(colourAt(ctx, x(2), 20, 90, CHART_COLORS.missed)).toBeGreaterThan(0.2)
  })

  it('for a cost, under the target is the good side', () => {
    const { ctx } = render(input({ values: [10, 30, null], target: 20, better: 'down' }))
    const slot = (WIDTH - 8) / 3
    expect(colourAt(ctx, Math.round(4 + slot * 0.5), 20, 90, CHART_COLORS.met)).toBeGreaterThan(0.05)
    expect(colourAt(ctx, Math.round(4 + slot * 1.5), 20, 90, CHART_COLORS.missed)).toBeGreaterThan(0.2)
  })

  it('draws the target as a line across the row, and none when there is no target', () => {
    const withTarget = render(input())
    const gapX = Math.round(4 + ((WIDTH - 8) / 3) * 1.5) // the empty month: only the target line crosses it
    // A dashed, anti-aliased line: look across a few columns for reddish pixels.
    const reddish = (ctx: ReturnType<typeof render>['ctx']) => {
      const data = ctx.getImageData(gapX - 6, 20, 12, 70).data
      let n = 0
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 60 && data[i] > 180 && data[i + 1] < 160) n++
      return n
    }
    expect(reddish(withTarget.ctx)).toBeGreaterThan(3)
    const without = render(input({ target: null }))
    expect(reddish(without.ctx)).toBe(0)
    expect(colourAt(without.ctx, Math.round(4 + ((WIDTH - 8) / 3) * 0.5), 20, 90, CHART_COLORS.plain)).toBeGreaterThan(
      0.2,
    )
  })
})

describe('chart drawing (recorded calls)', () => {
  function recorder() {
    const calls: string[] = []
    const ctx = new Proxy({} as Record<string, unknown>, {
      get: (_t, key: string) =>
        key in props ? props[key] : (...args: unknown[]) => calls.push(`${key}(${args.join(',')})`),
      set: (_t, key: string, value) => {
        props[key] = value
        calls.push(`${key}=${String(value)}`)
        return true
      },
    })
    const props: Record<string, unknown> = {}
    return { ctx: ctx as unknown as Ctx2D, calls }
  }

  it('scales for the pixel ratio, one bar per recorded month, labels in Chinese', () => {
    const { ctx, calls } = recorder()
    drawChart(ctx, WIDTH, input(), 2)
    expect(calls[1]).toBe('scale(2,2)')
    expect(calls.filter((c) => c.startsWith('fillRect('))).toHaveLength(2)
    expect(calls).toContain('fillText(新增关注量,4,2)')
    expect(calls.some((c) => c.startsWith('fillText(目标 500'))).toBe(true)
    expect(calls.filter((c) => /^fillText\(\d+月/.test(c))).toHaveLength(3)
  })

  it('12 months on a 320 px phone label every other month, never overlapping', () => {
    const { ctx, calls } = recorder()
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`)
    drawChart(ctx, 288, { months, series: [{ ...input().series[0], values: months.map(() => 1) }] })
    const labels = calls.filter((c) => /^fillText\(\d+月/.test(c))
    expect(labels.length).toBeLessThan(12)
    expect(labels.at(-1)).toMatch(/^fillText\(12月/)
  })
})

describe('chart data', () => {
  it('shows from the first recorded month to this month, a year at most', () => {
    expect(chartMonths([], '2026-11')).toEqual(['2026-11'])
    const items = [{ month: '2026-08', values: {}, rev: 1, updatedAt: 0 }]
    expect(chartMonths(items, '2026-11')).toEqual(['2026-08', '2026-09', '2026-10', '2026-11'])
    const old = [{ month: '2024-01', values: {}, rev: 1, updatedAt: 0 }]
    expect(chartMonths(old, '2026-11')).toHaveLength(12)
  })

  it('one chart per layer that has KPIs, the owner’s target over the plan’s, numbers in the table', () => {
    const kpi = (id: string, layer: 'exposure' | 'conversion', unit: string, value: number | null) => ({
      id,
      layer,
      unit,
      metric: id,
      dimension: null,
      direction: 'x',
      target: { value, basis: 'x', why: { rules: ['r'], answers: [], assumption: false } },
      why: { rules: ['r'], answers: [], assumption: false },
    })
    const charts = layerCharts(
      { kpis: [kpi('a', 'exposure', '人', 100), kpi('b', 'conversion', '%', null)] },
      { a: 200 },
      [{ month: '2026-10', values: { a: 1234, b: 5.5 }, rev: 1, updatedAt: 0 }],
      '2026-11',
    )
    expect(charts.map((c) => c.label)).toEqual(['曝光层', '转化层'])
    expect(charts[0].input.series[0].target).toBe(200)
    expect(charts[0].table).toEqual([
      { month: '10月', cells: ['1,234 人'] },
      { month: '11月', cells: ['—'] },
    ])
    expect(charts[1].metrics[0].target).toBe('未设')
  })
})
