import fc from 'fast-check'
import * as v from 'valibot'
import { computePlan, FIELD_ERROR_CODES, parseAnswers, planContentSchema, QUESTIONS, RULES } from '@/core'
import { invalidValue, validAnswers, validRawAnswers } from './support/answers'
import { explainedItems, minutes } from './support/plan'

const time = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) })
const RUNS = { numRuns: 300 }
const ruleIds = new Set(RULES.map((r) => r.id))
const questionIds = new Set<string>(QUESTIONS.map((q) => q.id))

describe('any valid answers', () => {
  test('give a plan that parses with planContentSchema', () => {
    fc.assert(
      fc.property(validAnswers, time, (a, now) => {
        const result = v.safeParse(planContentSchema, computePlan(a, now))
        if (!result.success) throw new Error(JSON.stringify(result.issues[0].path?.map((p) => p.key)))
      }),
      RUNS,
    )
  })

  test('give the same plan every time, however the input was ordered or copied', () => {
    fc.assert(
      fc.property(validRawAnswers, time, (raw, now) => {
        const a = parseAnswers(raw)
        const reversed = parseAnswers(Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(raw))).reverse()))
        if (!a.ok || !reversed.ok) throw new Error('valid answers rejected')
        expect(computePlan(reversed.value, now)).toEqual(computePlan(a.value, now))
      }),
      RUNS,
    )
  })

  test('never schedule more posts a week than the team can produce, and only in active hours', () => {
    fc.assert(
      fc.property(validAnswers, time, (a, now) => {
        const plan = computePlan(a, now)
        expect(plan.audience.schedule.length).toBeLessThanOrEqual(a.weeklyCapacity)
        for (let week = 1; week <= 4; week++)
          expect(plan.content.calendar.filter((e) => e.week === week).length).toBeLessThanOrEqual(a.weeklyCapacity)
        const tools = new Set(plan.tools.map((t) => t.tool))
        for (const e of plan.content.calendar) {
          const band = plan.audience.bands.find((b) => b.band === e.band)
          if (!band) throw new Error(`calendar uses a band not asked for: ${e.band}`)
          expect(minutes(e.time)).toBeGreaterThanOrEqual(minutes(band.hours.from))
          expect(minutes(e.time)).toBeLessThan(minutes(band.hours.to))
          expect(tools.has(e.platform)).toBe(true)
          expect(a.contentForms).toContain(e.form)
        }
      }),
      RUNS,
    )
  })

  test('respect the seed’s cadence: 服务号 at most 4 a month, 订阅号 at most one a day', () => {
    fc.assert(
      fc.property(validAnswers, time, (a, now) => {
        const { calendar } = computePlan(a, now).content
        expect(calendar.filter((e) => e.platform === 'serviceAccount').length).toBeLessThanOrEqual(4)
        const days = calendar.filter((e) => e.platform === 'subscriptionAccount').map((e) => e.date)
        expect(new Set(days).size).toBe(days.length)
      }),
      RUNS,
    )
  })

  test('explain every item with known rules or answers', () => {
    fc.assert(
      fc.property(validAnswers, time, (a, now) => {
        const items = explainedItems(computePlan(a, now))
        expect(items.length).toBeGreaterThan(20)
        for (const { path, why } of items) {
          if (why.rules.length + why.answers.length === 0) throw new Error(`empty why at ${path}`)
          for (const r of why.rules) expect(ruleIds).toContain(r)
          for (const q of why.answers) expect(questionIds).toContain(q)
        }
      }),
      RUNS,
    )
  })

  test('mark the 46+ band’s hours as an assumption', () => {
    fc.assert(
      fc.property(validAnswers, time, (a, now) => {
        const plan = computePlan(a, now)
        for (const b of plan.audience.bands) expect(b.why.assumption).toBe(b.band === '46+')
      }),
      RUNS,
    )
  })
})

describe('invalid answers', () => {
  const broken = fc
    .tuple(validRawAnswers, fc.constantFrom(...QUESTIONS))
    .chain(([raw, q]) => invalidValue(q).map((bad) => ({ raw: { ...raw, [q.id]: bad }, id: q.id })))

  test('a broken answer gives a field error at that question', () => {
    fc.assert(
      fc.property(broken, ({ raw, id }) => {
        const r = parseAnswers(raw)
        expect(r.ok).toBe(false)
        if (r.ok) return
        expect(r.errors.map((e) => e.path)).toEqual([id])
        expect(FIELD_ERROR_CODES).toContain(r.errors[0].code)
        expect(r.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
      }),
      RUNS,
    )
  })

  test('anything at all gives answers or field errors, never an exception', () => {
    const anything = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...QUESTIONS.map((q) => q.id)), fc.anything()),
    )
    fc.assert(
      fc.property(anything, (input) => {
        const r = parseAnswers(input)
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0)
          for (const e of r.errors) {
            expect(e.path === '' || questionIds.has(e.path)).toBe(true)
            expect(FIELD_ERROR_CODES).toContain(e.code)
          }
        }
      }),
      { numRuns: 1000 },
    )
  })
})
