import { COPY_CATEGORIES, EXEMPTIONS } from '@/core/copy-check'
import { CODES, CORPUS } from './corpus'
import { parseSample, scoreCorpus } from './score'

const score = scoreCorpus(CORPUS)

describe('the labelled corpus', () => {
  it('has at least 200 samples, about a third or more of them clean', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(200)
    expect(score.cleanSamples / score.samples).toBeGreaterThanOrEqual(1 / 3)
  })

  it('parses: markers name known categories and spans cover their words', () => {
    for (const sample of CORPUS) {
      const { text, expected } = parseSample(sample.raw)
      expect(text).not.toMatch(/[⟦⟧]/)
      for (const e of expected) expect([...text].slice(e.start, e.end).join('')).toBe(e.words)
    }
  })

  it('has samples for every category the rules produce', () => {
    const labelled = new Set(CORPUS.flatMap((s) => parseSample(s.raw).expected.map((e) => e.category)))
    for (const c of Object.values(CODES)) expect(labelled).toContain(c)
    expect(CORPUS.some((s) => s.missing?.includes('healthFood'))).toBe(true)
    expect(CORPUS.some((s) => s.missing?.includes('riskWarning'))).toBe(true)
    expect(COPY_CATEGORIES.length).toBeGreaterThan(Object.keys(CODES).length)
  })

  it('exercises every exemption at least once', () => {
    const used = new Set(score.details.flatMap((d) => d.result.exempted.map((e) => e.exemption)))
    for (const e of EXEMPTIONS) expect(used).toContain(e.value)
  })

  it('meets the goals: recall ≥ 95 %, precision ≥ 90 %', () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.95)
    expect(score.precision).toBeGreaterThanOrEqual(0.9)
  })
})
