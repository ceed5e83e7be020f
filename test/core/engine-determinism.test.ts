import fc from 'fast-check'
import { computePlan } from '@/core'
import { ymd, ymdDays } from '@/core/plan/dates'
import { validAnswers } from './support/answers'

/**
 * The engine keeps tables built at module load (topics in each trade's words, labels, bands,
 * resolved tool targets) and reuses per-plan scratch state across weeks. These properties guard
 * what such speed-ups can break: a plan must not depend on which plans were computed before it,
 * and must share nothing mutable with the next plan.
 */
const time = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) })
const RUNS = { numRuns: 200 }

/** Pushes into every array and overwrites every field, at any depth. */
function vandalise(x: unknown): void {
  if (Array.isArray(x)) {
    for (const item of x) vandalise(item)
    x.push('被改动')
  } else if (typeof x === 'object' && x !== null) {
    const o = x as Record<string, unknown>
    for (const k of Object.keys(o)) {
      if (typeof o[k] === 'object' && o[k] !== null) vandalise(o[k])
      else o[k] = '被改动'
    }
  }
}

describe('the engine', () => {
  test('gives byte-identical plans whatever was computed before', () => {
    fc.assert(
      fc.property(validAnswers, validAnswers, time, time, (a, other, now, otherNow) => {
        const first = JSON.stringify(computePlan(a, now))
        computePlan(other, otherNow)
        expect(JSON.stringify(computePlan(a, now))).toBe(first)
      }),
      RUNS,
    )
  })

  test('shares nothing mutable between plans: changing one plan leaves the next untouched', () => {
    fc.assert(
      fc.property(validAnswers, time, (a, now) => {
        const expected = JSON.stringify(computePlan(a, now))
        const plan = computePlan(a, now)
        try {
          vandalise(plan)
        } catch {
          // A frozen shared table refuses the change: that is also sharing nothing mutable.
        }
        expect(JSON.stringify(computePlan(a, now))).toBe(expected)
      }),
      RUNS,
    )
  })
})

describe('ymdDays', () => {
  test('gives the same dates as ymd day by day, across month and year ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.nat(60), (ms, n) => {
        const midnight = ms - ((ms + 8 * 3600_000) % 86_400_000)
        const expected = Array.from({ length: n }, (_, i) => ymd(midnight + i * 86_400_000))
        expect(ymdDays(midnight, n)).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })
})
