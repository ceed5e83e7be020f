import fc from 'fast-check'
import { parseAnswers, QUESTIONS, type Answers, type Question } from '@/core'

/**
 * A plain starting point for example tests: one band, one content form, nothing optional.
 * Tests override only the answers they are about.
 */
export const BASE_RAW: Record<string, unknown> = {
  name: '测试企业',
  industry: 'other',
  customerModel: 'toC',
  stage: 'growing',
  primaryGoal: 'brand',
  ageBands: ['26-35'],
  servicePattern: 'highFrequency',
  needs: [],
  weeklyCapacity: 3,
  contentForms: ['longArticle'],
  assets: [],
  officialAccountType: null,
  followers: null,
  monthlyGmv: null,
  activities: [],
  httpsAll: 'yes',
  efficacyClaims: 'no',
  competitorPattern: 'unknown',
  competitorNames: '',
  peaks: [],
  hasCrm: 'no',
  devTeam: 'inhouse',
}

export function answers(overrides: Record<string, unknown> = {}): Answers {
  const r = parseAnswers({ ...BASE_RAW, ...overrides })
  if (!r.ok) throw new Error(`test answers invalid: ${JSON.stringify(r.errors)}`)
  return r.value
}

/** 2026-10-20 10:00 China time. */
export const NOW = Date.UTC(2026, 9, 20, 2)

const CHARS = [...'老街面馆张记李家小厨ABCabc123 ·-']

function validValue(q: Question): fc.Arbitrary<unknown> {
  switch (q.kind) {
    case 'text':
      return fc
        .array(fc.constantFrom(...CHARS), { minLength: q.minLength, maxLength: q.maxLength })
        .map((cs) => cs.join(''))
        .filter((s) => s.trim().length >= q.minLength)
    case 'single': {
      const option = fc.constantFrom(...q.options.map((o) => o.value))
      // Yes/no answers stored by rule base 2026.11-2 as true/false still parse.
      const legacy = q.options.some((o) => o.value === 'yes') ? fc.oneof(option, fc.boolean()) : option
      return q.required ? option : fc.option(legacy, { nil: null })
    }
    case 'multi':
      return fc.subarray(
        q.options.map((o) => o.value),
        { minLength: q.minItems, maxLength: q.maxItems },
      )
    case 'number': {
      const n = fc.integer({ min: q.min, max: q.max })
      return q.required ? n : fc.option(n, { nil: null })
    }
    case 'boolean':
      return fc.boolean()
  }
}

/** Raw answers as a form would send them, generated from the questionnaire itself. */
export const validRawAnswers: fc.Arbitrary<Record<string, unknown>> = fc.record(
  Object.fromEntries(QUESTIONS.map((q) => [q.id, validValue(q)])),
)

export const validAnswers: fc.Arbitrary<Answers> = validRawAnswers.map((raw) => {
  const r = parseAnswers(raw)
  if (!r.ok) throw new Error(`generated answers invalid: ${JSON.stringify(r.errors)}`)
  return r.value
})

/** A value the question must reject. */
export function invalidValue(q: Question): fc.Arbitrary<unknown> {
  const common = [fc.constant({}), fc.constant([[]])]
  switch (q.kind) {
    case 'text':
      return fc.oneof(
        fc.integer(),
        fc.constant('字'.repeat(q.maxLength + 1)),
        fc.constant('a\u0000b'),
        fc.boolean(),
        ...common,
      )
    case 'single':
      return fc.oneof(
        fc.string().filter((s) => s !== '' && !q.options.some((o) => o.value === s)),
        fc.integer(),
        fc.constant([q.options[0].value]),
        ...common,
      )
    case 'multi':
      return fc.oneof(
        fc.constant(q.options[0].value),
        fc.constant([q.options[0].value, q.options[0].value]),
        fc.constant(['不存在的选项']),
        fc.integer(),
        fc.constant({}),
      )
    case 'number':
      return fc.oneof(
        fc.integer({ min: q.max + 1, max: q.max + 1_000_000 }),
        fc.integer({ min: -1_000_000, max: q.min - 1 }),
        fc.double({ min: q.min + 0.01, max: q.min + 0.99, noNaN: true }),
        fc.constant('abc'),
        fc.constant(Number.NaN),
        fc.boolean(),
        ...common,
      )
    case 'boolean':
      return fc.oneof(fc.constant('yes'), fc.integer(), fc.constant('true'), ...common)
  }
}
