/**
 * Engine throughput: computes plans for random valid answer sets and prints plans/second and
 * per-plan latency. A script that prints figures, not a test: machines differ, figures are read.
 *
 *   npm run bench:engine            (20,000 answer sets, 5 rounds; bundled like shipped code)
 *   npm run bench:engine:jitless    (the same without a JIT, as on iOS)
 *   npm run bench:engine -- 50000
 */
import { performance } from 'node:perf_hooks'
import { computePlan, parseAnswers, QUESTIONS, type Answers, type Question } from '../../src/core'

const COUNT = Math.max(10_000, Number(process.argv[2]) || 20_000)
const WARM_UP = 1_000
const NOW = Date.UTC(2026, 9, 20, 2)

/** mulberry32: a fixed seed makes runs comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NAMES = ['老街面馆', '禾丰农资', '安心保险', '小鹿书房', '云杉科技', '青柠便利']

function randomValue(q: Question, r: () => number): unknown {
  const int = (min: number, max: number) => min + Math.floor(r() * (max - min + 1))
  switch (q.kind) {
    case 'text':
      return q.minLength > 0 ? NAMES[int(0, NAMES.length - 1)] : r() < 0.5 ? '' : '张记、李家'
    case 'single':
      return q.options[int(0, q.options.length - 1)].value
    case 'multi': {
      const picked = q.options.filter(() => r() < 0.4).map((o) => o.value)
      return picked.length >= q.minItems ? picked : [q.options[int(0, q.options.length - 1)].value]
    }
    case 'number':
      if (!q.required && r() < 0.3) return null
      return int(q.min, Math.min(q.max, q.min + 10 ** int(1, 6)))
    case 'boolean':
      return r() < 0.5
  }
}

function answerSets(n: number): Answers[] {
  const r = rng(20261120)
  const out: Answers[] = []
  while (out.length < n) {
    const parsed = parseAnswers(Object.fromEntries(QUESTIONS.map((q) => [q.id, randomValue(q, r)])))
    if (!parsed.ok) throw new Error(`generator produced invalid answers: ${JSON.stringify(parsed.errors)}`)
    out.push(parsed.value)
  }
  return out
}

const sets = answerSets(COUNT)
let sink = 0
for (let i = 0; i < WARM_UP; i++) sink += computePlan(sets[i % sets.length], NOW + i).content.calendar.length

// Several rounds over the same sets: on a shared machine one round can land in someone else's
// build, so the best and the median round are both printed, with CPU time (less load-sensitive).
const ROUNDS = 5
const times = new Float64Array(COUNT * ROUNDS)
const rates: number[] = []
const cpuRates: number[] = []
for (let round = 0; round < ROUNDS; round++) {
  const cpu0 = process.cpuUsage()
  const start = performance.now()
  for (let i = 0; i < COUNT; i++) {
    const t0 = performance.now()
    sink += computePlan(sets[i], NOW + i).tools.length
    times[round * COUNT + i] = performance.now() - t0
  }
  const total = performance.now() - start
  const cpu = process.cpuUsage(cpu0)
  rates.push((COUNT / total) * 1000)
  cpuRates.push(COUNT / ((cpu.user + cpu.system) / 1e6))
}
times.sort()
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]

const parseStart = performance.now()
for (const a of sets) sink += parseAnswers(a).ok ? 1 : 0
const parseMs = performance.now() - parseStart

const f = (n: number) => n.toFixed(3)
const jit = process.execArgv.includes('--jitless') ? 'jitless' : 'JIT'
console.log(`engine bench: ${COUNT} random valid answer sets × ${ROUNDS} rounds (node ${process.version}, ${jit})`)
console.log(`  plans/second   best ${Math.round(Math.max(...rates))}, median ${Math.round(median(rates))}`)
console.log(`  rounds         ${rates.map((r) => Math.round(r)).join(' ')}`)
console.log(`  plans/CPU-s    best ${Math.round(Math.max(...cpuRates))}, median ${Math.round(median(cpuRates))}`)
console.log(`  p50 ms/plan    ${f(pct(50))}`)
console.log(`  p99 ms/plan    ${f(pct(99))}`)
console.log(`  max ms/plan    ${f(times[times.length - 1])}`)
console.log(`  parseAnswers   ${f(parseMs / COUNT)} ms/set`)
if (sink < 0) console.log(sink)
