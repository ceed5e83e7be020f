/**
 * Render time of the results chart for 12 months × 6 metrics (one canvas, small multiples), drawn
 * with @napi-rs/canvas in Node at a 375 px phone width and pixel ratio 2. Prints the figures; it
 * asserts nothing (speed goals are read, not tested).
 */
import { createCanvas } from '@napi-rs/canvas'
import { chartHeight, drawChart, type ChartInput, type Ctx2D } from '../../src/packages/results/chart/draw'

const WIDTH = 343
const RATIO = 2
const RUNS = 300

const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`)
const input: ChartInput = {
  months,
  series: Array.from({ length: 6 }, (_, s) => ({
    label: `指标 ${s + 1}`,
    values: months.map((_, i) => (i % 5 === 4 ? null : 100 + ((i * 37 + s * 11) % 60))),
    target: 120 + s,
    better: s === 1 ? ('down' as const) : ('up' as const),
    format: (v: number) => String(v),
  })),
}

const canvas = createCanvas(WIDTH * RATIO, chartHeight(input) * RATIO)
const ctx = canvas.getContext('2d') as unknown as Ctx2D
for (let i = 0; i < 20; i++) drawChart(ctx, WIDTH, input, RATIO)
const times: number[] = []
for (let i = 0; i < RUNS; i++) {
  const t = process.hrtime.bigint()
  drawChart(ctx, WIDTH, input, RATIO)
  times.push(Number(process.hrtime.bigint() - t) / 1e6)
}
times.sort((a, b) => a - b)
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(3)
console.log(`chart, 12 months × 6 metrics, ${WIDTH}×${chartHeight(input)} px @${RATIO}x, ${RUNS} renders`)
console.log(`p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${times[times.length - 1].toFixed(3)} ms`)
