/**
 * The copy checker against our labelled corpus (test/core/copy-check/corpus.ts): per-category
 * recall and precision, the false-alarm rate on clean copy, and the time per check of 2,500
 * characters. A script that prints figures, not a test: machines differ, figures are read.
 *
 *   npm run bench:copy            (2,000 timed checks)
 *   npm run bench:copy -- 10000
 */
import { performance } from 'node:perf_hooks'
import { categoryLabel, checkCopy, COPY_TEXT_MAX } from '../../src/core/copy-check'
import { CORPUS } from '../../test/core/copy-check/corpus'
import { parseSample, scoreCorpus } from '../../test/core/copy-check/score'

const RUNS = Math.max(500, Number(process.argv[2]) || 2_000)
const pct = (x: number) => `${(x * 100).toFixed(1)}%`

const score = scoreCorpus(CORPUS)
console.log(`corpus: ${score.samples} samples, ${score.cleanSamples} clean`)
console.log('')
console.log('category（类别）       expected  found  recall   precision')
for (const c of [...score.perCategory].sort((a, b) => b.expected - a.expected)) {
  // Chinese labels are two columns wide in a terminal: pad with ideographic spaces.
  const label = categoryLabel(c.category).padEnd(8, '\u3000')
  console.log(
    `${label}  ${String(c.expected).padStart(8)}  ${String(c.found).padStart(5)}  ${pct(c.recall).padStart(6)}   ${pct(c.precision).padStart(6)}`,
  )
}
console.log('')
console.log(`overall recall     ${pct(score.recall)}   (goal ≥ 95%)`)
console.log(`overall precision  ${pct(score.precision)}   (goal ≥ 90%)`)
console.log(
  `clean copy with a false alarm: ${score.cleanWithFalseAlarm} of ${score.cleanSamples} (${pct(score.cleanWithFalseAlarm / score.cleanSamples)})`,
)
for (const d of score.details) {
  for (const m of d.missed) console.log(`  missed       ${categoryLabel(m.category)} 「${m.words}」 in 「${d.text}」`)
  for (const f of d.falseAlarms)
    console.log(`  false alarm  ${f.categoryLabel} 「${f.excerpt || '（全文）'}」 in 「${d.text}」`)
}

// A 2,500-character post made of the corpus (findings, traps and clean lines mixed), and one of
// clean lines only, as industries vary.
const texts = CORPUS.map((s) => parseSample(s.raw).text)
function fill(lines: string[]): string {
  let out = ''
  for (let i = 0; [...out].length < COPY_TEXT_MAX; i++) out += lines[i % lines.length] + '\n'
  return [...out].slice(0, COPY_TEXT_MAX).join('')
}
const mixed = fill(texts)
const clean = fill(CORPUS.filter((s) => !s.raw.includes('⟦') && !s.missing).map((s) => parseSample(s.raw).text))

function time(
  text: string,
  industry: (typeof CORPUS)[number]['industry'],
): { p50: number; p99: number; mean: number; cpu: number; findings: number } {
  for (let i = 0; i < 200; i++) checkCopy(text, { industry })
  const samples: number[] = []
  let findings = 0
  // CPU time of this process as well as wall time: on a shared machine other work inflates the
  // wall clock more than the CPU the checker itself uses.
  const cpu0 = process.cpuUsage()
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    findings = checkCopy(text, { industry }).findings.length
    samples.push(performance.now() - t0)
  }
  const cpu1 = process.cpuUsage(cpu0)
  samples.sort((a, b) => a - b)
  return {
    cpu: (cpu1.user + cpu1.system) / 1000 / RUNS,
    p50: samples[Math.floor(RUNS * 0.5)],
    p99: samples[Math.floor(RUNS * 0.99)],
    mean: samples.reduce((a, b) => a + b, 0) / RUNS,
    findings,
  }
}

console.log('')
console.log(`time per check of ${COPY_TEXT_MAX} characters (${RUNS} runs each; goal ≤ 1 ms)`)
for (const [name, text, industry] of [
  ['mixed corpus, catering', mixed, 'catering'],
  ['mixed corpus, finance', mixed, 'finance'],
  ['clean lines, retail', clean, 'retail'],
] as const) {
  const t = time(text, industry)
  console.log(
    `  ${name.padEnd(24)} p50 ${t.p50.toFixed(3)} ms  p99 ${t.p99.toFixed(3)} ms  mean ${t.mean.toFixed(3)} ms  CPU ${t.cpu.toFixed(3)} ms  (${t.findings} findings)`,
  )
}
