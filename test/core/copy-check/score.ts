import { checkCopy } from '@/core/copy-check'
import type { CopyCategory, CopyCheckResult } from '@/core/copy-check'
import { CODES } from './corpus'
import type { Code, Sample } from './corpus'

export interface Expected {
  category: CopyCategory
  start: number
  end: number
  words: string
}

export interface Parsed {
  text: string
  expected: Expected[]
}

/** Strips the ⟦code|words⟧ markers; spans are code points of the stripped text. */
export function parseSample(raw: string): Parsed {
  const expected: Expected[] = []
  let text: string[] = []
  const chars = [...raw]
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '⟦') {
      text.push(chars[i])
      continue
    }
    const bar = chars.indexOf('|', i)
    const close = chars.indexOf('⟧', i)
    const code = chars.slice(i + 1, bar).join('') as Code
    if (!(code in CODES) || bar < 0 || close < bar) throw new Error(`bad marker in ${raw}`)
    const words = chars.slice(bar + 1, close)
    expected.push({ category: CODES[code], start: text.length, end: text.length + words.length, words: words.join('') })
    text = text.concat(words)
    i = close
  }
  return { text: text.join(''), expected }
}

export interface SampleScore {
  sample: Sample
  text: string
  result: CopyCheckResult
  expected: Expected[]
  /** Expected spans no finding of the same category overlaps. */
  missed: Expected[]
  /** Findings that match nothing expected. */
  falseAlarms: CopyCheckResult['findings']
  truePositives: number
}

export function scoreSample(sample: Sample): SampleScore {
  const { text, expected } = parseSample(sample.raw)
  const result = checkCopy(text, { industry: sample.industry, marks: sample.marks })
  const spanned = result.findings.filter((f) => f.span)
  const missed = expected.filter(
    (e) => !spanned.some((f) => f.category === e.category && f.span!.start < e.end && e.start < f.span!.end),
  )
  const falseAlarms = result.findings.filter((f) => {
    if (!f.span) {
      const kind = f.ruleId === 'notice.healthFood' ? 'healthFood' : 'riskWarning'
      return !(sample.missing ?? []).includes(kind)
    }
    return !expected.some((e) => e.category === f.category && f.span!.start < e.end && e.start < f.span!.end)
  })
  const noticeMissed = (sample.missing ?? []).filter(
    (kind) =>
      !result.findings.some(
        (f) => !f.span && f.ruleId === (kind === 'healthFood' ? 'notice.healthFood' : 'notice.riskWarning'),
      ),
  )
  for (const kind of noticeMissed) missed.push({ category: 'missingNotice', start: 0, end: 0, words: kind })
  const expectedCount = expected.length + (sample.missing ?? []).length
  return {
    sample,
    text,
    result,
    expected,
    missed,
    falseAlarms,
    truePositives: expectedCount - missed.length,
  }
}

export interface CategoryScore {
  category: CopyCategory
  expected: number
  found: number
  truePositives: number
  falsePositives: number
  recall: number
  precision: number
}

export interface CorpusScore {
  samples: number
  cleanSamples: number
  cleanWithFalseAlarm: number
  perCategory: CategoryScore[]
  recall: number
  precision: number
  details: SampleScore[]
}

export function scoreCorpus(samples: readonly Sample[]): CorpusScore {
  const details = samples.map(scoreSample)
  const cats = new Map<CopyCategory, { expected: number; tp: number; fp: number; found: number }>()
  const get = (c: CopyCategory) => {
    let entry = cats.get(c)
    if (!entry) cats.set(c, (entry = { expected: 0, tp: 0, fp: 0, found: 0 }))
    return entry
  }
  for (const d of details) {
    for (const e of d.expected) get(e.category).expected++
    for (const kind of d.sample.missing ?? []) get('missingNotice').expected += kind ? 1 : 0
    for (const m of d.missed) get(m.category).tp -= 1
    for (const e of d.expected) get(e.category).tp += 1
    for (const _ of d.sample.missing ?? []) get('missingNotice').tp += 1
    for (const f of d.result.findings) get(f.category).found++
    for (const f of d.falseAlarms) get(f.category).fp++
  }
  const perCategory = [...cats.entries()].map(([category, c]) => ({
    category,
    expected: c.expected,
    found: c.found,
    truePositives: c.tp,
    falsePositives: c.fp,
    recall: c.expected ? c.tp / c.expected : 1,
    precision: c.found ? (c.found - c.fp) / c.found : 1,
  }))
  const expected = perCategory.reduce((n, c) => n + c.expected, 0)
  const tp = perCategory.reduce((n, c) => n + c.truePositives, 0)
  const found = perCategory.reduce((n, c) => n + c.found, 0)
  const fp = perCategory.reduce((n, c) => n + c.falsePositives, 0)
  const clean = details.filter((d) => d.expected.length === 0 && !(d.sample.missing ?? []).length)
  return {
    samples: details.length,
    cleanSamples: clean.length,
    cleanWithFalseAlarm: clean.filter((d) => d.result.findings.length > 0).length,
    perCategory,
    recall: expected ? tp / expected : 1,
    precision: found ? (found - fp) / found : 1,
    details,
  }
}
