import { createHash } from 'node:crypto'
import * as v from 'valibot'
import { liftContent, planContentSchema, RULEBASE_VERSION, type PlanContent } from '@/core'
import * as frozen from '@/core/releases/r2026-11-2'
import * as frozen3 from '@/core/releases/r2026-11-3'
import * as frozen4 from '@/core/releases/r2026-11-4'
import * as frozen5 from '@/core/releases/r2026-11-5'
import * as frozen6 from '@/core/releases/r2026-11-6'
import * as frozen7 from '@/core/releases/r2026-11-7'
import { CURRENT_RELEASE, knownReleases, recompute, releaseOf } from '@/core/plan/releases'
import fixture from './fixtures/release-2026.11-2.json'
import fixture3 from './fixtures/release-2026.11-3.json'
import fixture4 from './fixtures/release-2026.11-4.json'
import fixture5 from './fixtures/release-2026.11-5.json'
import fixture6 from './fixtures/release-2026.11-6.json'
import fixture7 from './fixtures/release-2026.11-7.json'

/**
 * The fixture holds plans exactly as the stores kept them on 2026-11-25 (rule base 2026.11-2):
 * answers, the computation time and the whole computed content. Versions now keep only the
 * first two, so these tests are the proof that nothing an owner saw is lost.
 */
describe('rule-base releases', () => {
  const cases = fixture.cases as { answers: unknown; computedAt: number; content: unknown }[]

  it('the fixture is of release 2026.11-2 and holds stored and generated plans', () => {
    expect(fixture.rulebaseVersion).toBe('2026.11-2')
    expect(cases.length).toBeGreaterThanOrEqual(10)
  })

  it.each(cases.map((c, i) => [i, c] as const))('frozen 2026.11-2 computes stored plan %i exactly', (_i, c) => {
    const parsed = frozen.parseAnswers(c.answers)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(frozen.computePlan(parsed.value, c.computedAt)).toEqual(c.content)
  })

  it.each(cases.map((c, i) => [i, c] as const))('the registry recomputes stored plan %i exactly', (_i, c) => {
    const r = recompute({ answers: c.answers, rulebaseVersion: '2026.11-2', computedAt: c.computedAt })
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.content).toEqual(c.content)
  })

  it('content of every frozen release parses with the current plan schema (old versions render)', () => {
    for (const c of cases) expect(v.safeParse(planContentSchema, c.content).issues).toBeUndefined()
  })

  it('knows the current release and every frozen one; an unknown release is refused, not guessed', () => {
    expect(releaseOf(RULEBASE_VERSION)).toBe(CURRENT_RELEASE)
    expect(knownReleases()).toEqual(expect.arrayContaining(['2026.11-2', RULEBASE_VERSION]))
    const r = recompute({ answers: cases[0]!.answers, rulebaseVersion: '2099.01-1', computedAt: 0 })
    expect(r).toMatchObject({ ok: false, reason: 'unknown-release' })
  })

  it('release 2026.11-3 is frozen and registered: its plans recompute with it and render today', () => {
    expect(frozen3.RULEBASE_VERSION).toBe('2026.11-3')
    expect(knownReleases()).toContain('2026.11-3')
    for (const c of cases) {
      const r = recompute({ answers: c.answers, rulebaseVersion: '2026.11-3', computedAt: c.computedAt })
      expect(r.ok).toBe(true)
      if (!r.ok) continue
      const parsed = frozen3.parseAnswers(c.answers)
      if (parsed.ok) expect(r.content).toEqual(frozen3.computePlan(parsed.value, c.computedAt))
      expect(r.content.rulebaseVersion).toBe('2026.11-3')
      expect(v.safeParse(planContentSchema, r.content).issues).toBeUndefined()
    }
  })

  it('a snapshot kept by the migration is returned as it was', () => {
    const c = cases[0]!
    const r = recompute({ answers: c.answers, rulebaseVersion: 'gone', computedAt: 1, snapshot: c.content as never })
    expect(r.ok && r.content).toBe(c.content)
  })
})

/**
 * Plans of each rule base as that release computed them before it was frozen (2026.11-3 recorded
 * frozen, before 2026.11-5 began sharing modules with earlier releases): answers (the 2026.11-2
 * fixture's stored answers, then random valid ones), the computation time, and the SHA-256 and
 * length of the content's JSON. Byte for byte, so a change to any word shows, including one that
 * reaches a release through a module it shares with another.
 */
const FROZEN_WITH_FIXTURES = [
  { release: frozen3, fixture: fixture3 },
  { release: frozen4, fixture: fixture4 },
  { release: frozen5, fixture: fixture5 },
  { release: frozen6, fixture: fixture6 },
  { release: frozen7, fixture: fixture7 },
]

describe.each(FROZEN_WITH_FIXTURES.map((f) => [f.fixture.rulebaseVersion, f] as const))(
  'rule-base release %s',
  (version, { release, fixture: recorded }) => {
    const cases = recorded.cases as { answers: unknown; computedAt: number; sha256: string; bytes: number }[]
    const digest = (content: unknown) => {
      const json = JSON.stringify(content)
      return { sha256: createHash('sha256').update(json).digest('hex'), bytes: Buffer.byteLength(json) }
    }
    const expected = (c: { sha256: string; bytes: number }) => ({ sha256: c.sha256, bytes: c.bytes })

    it('the fixture is of this release and holds stored and random plans', () => {
      expect(release.RULEBASE_VERSION).toBe(version)
      expect(cases.length).toBeGreaterThanOrEqual(100)
    })

    it.each(cases.map((c, i) => [i, c] as const))(`frozen ${version} computes plan %i byte for byte`, (_i, c) => {
      const parsed = release.parseAnswers(c.answers)
      expect(parsed.ok).toBe(true)
      if (parsed.ok) expect(digest(release.computePlan(parsed.value as never, c.computedAt))).toEqual(expected(c))
    })

    it(`the registry recomputes every ${version} plan byte for byte, and it renders today`, () => {
      expect(knownReleases()).toContain(version)
      for (const c of cases) {
        const r = recompute({ answers: c.answers, rulebaseVersion: version, computedAt: c.computedAt })
        expect(r.ok).toBe(true)
        if (!r.ok) continue
        expect(digest(r.content)).toEqual(expected(c))
        expect(v.safeParse(planContentSchema, r.content).issues).toBeUndefined()
      }
    })
  },
)

describe('older plans in today’s view', () => {
  it('a 2026.11-5 item’s joined sources are shown each with its own strength, not the first one’s', () => {
    const parsed = frozen5.parseAnswers({ ...fixture5.cases[0]!.answers, contentForms: ['promotion'] })
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const old = frozen5.computePlan(parsed.value, fixture5.cases[0]!.computedAt) as unknown as PlanContent
    const before = old.compliance.find((c) => c.id === 'absoluteTerms')
    expect(before?.source?.ref.split('；')).toHaveLength(3)
    const after = liftContent(old).compliance.find((c) => c.id === 'absoluteTerms')
    expect([after?.source, ...(after?.moreSources ?? [])].map((s) => s?.strength)).toEqual([
      'statute',
      'guidance',
      'practice',
    ])
  })
})
