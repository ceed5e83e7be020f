import {
  FIELD_ERROR_CODES,
  industryLabel,
  parseAnswers,
  parseAnswersField,
  QUESTIONS,
  SECTIONS,
  validateSection,
  INDUSTRIES,
  NAME_MAX_LENGTH,
} from '@/core'
import { BASE_RAW } from './support/answers'

describe('questionnaire', () => {
  test('every seed section has questions, in section order, with unique ids and option values', () => {
    const order = SECTIONS.map((s) => s.id)
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length)
    for (const s of SECTIONS) expect(QUESTIONS.some((q) => q.section === s.id)).toBe(true)
    const idx = QUESTIONS.map((q) => order.indexOf(q.section))
    expect(idx).toEqual([...idx].sort((a, b) => a - b))
    for (const q of QUESTIONS)
      if ('options' in q) expect(new Set(q.options.map((o) => o.value)).size).toBe(q.options.length)
  })

  test('industries cover the product’s list and have labels', () => {
    expect(INDUSTRIES.map((o) => o.value)).toEqual(
      expect.arrayContaining([
        'retail',
        'catering',
        'ecommerce',
        'finance',
        'medical',
        'education',
        'b2b',
        'localService',
        'media',
        'other',
      ]),
    )
    expect(industryLabel('catering')).toBe('餐饮')
    expect(industryLabel('nonsense')).toBe('其他')
  })
})

describe('parseAnswers', () => {
  test('accepts a complete form, trims text, reads numeric strings, orders multi choices', () => {
    const r = parseAnswers({
      ...BASE_RAW,
      name: '  老街面馆 ',
      weeklyCapacity: '5',
      ageBands: ['36-45', '18-25'],
      followers: '',
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.name).toBe('老街面馆')
    expect(r.value.weeklyCapacity).toBe(5)
    expect(r.value.ageBands).toEqual(['18-25', '36-45'])
    expect(r.value.followers).toBeNull()
  })

  test('optional questions may be left out', () => {
    const raw = { ...BASE_RAW }
    for (const q of QUESTIONS) if (!q.required) delete raw[q.id]
    const r = parseAnswers(raw)
    expect(r.ok && r.value).toMatchObject({ needs: [], followers: null, httpsAll: null, competitorNames: '' })
  })

  test('unknown keys are dropped', () => {
    const r = parseAnswers({ ...BASE_RAW, admin: true })
    expect(r.ok && 'admin' in r.value).toBe(false)
  })

  test.each([
    ['name', '', 'REQUIRED'],
    ['name', '   ', 'REQUIRED'],
    ['name', 'x'.repeat(NAME_MAX_LENGTH + 1), 'TOO_LONG'],
    ['name', 'a\u0007b', 'BAD_CHARACTERS'],
    ['name', 42, 'NOT_TEXT'],
    ['industry', 'bank', 'NOT_AN_OPTION'],
    ['customerModel', undefined, 'REQUIRED'],
    ['ageBands', [], 'TOO_FEW'],
    ['ageBands', ['18-25', '18-25'], 'DUPLICATE'],
    ['ageBands', '18-25', 'NOT_A_LIST'],
    ['needs', ['teleport'], 'NOT_AN_OPTION'],
    ['weeklyCapacity', 0, 'TOO_SMALL'],
    ['weeklyCapacity', 15, 'TOO_LARGE'],
    ['weeklyCapacity', 2.5, 'NOT_AN_INTEGER'],
    ['weeklyCapacity', 'many', 'NOT_A_NUMBER'],
    ['followers', -1, 'TOO_SMALL'],
    ['httpsAll', 'maybe', 'NOT_AN_OPTION'],
  ])('%s = %j → %s', (id, value, code) => {
    const r = parseAnswers({ ...BASE_RAW, [id]: value })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatchObject({ path: id, code })
    expect(r.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
    expect(FIELD_ERROR_CODES).toContain(r.errors[0].code)
  })

  test('non-objects are one root error', () => {
    for (const input of [null, 'x', 3, [BASE_RAW]]) {
      const r = parseAnswers(input)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ path: '', code: 'NOT_AN_OBJECT' })])
    }
  })
})

describe('wizard helpers', () => {
  test('parseAnswersField checks one answer', () => {
    expect(parseAnswersField('weeklyCapacity', 3)).toBeNull()
    expect(parseAnswersField('weeklyCapacity', 99)).toMatchObject({ path: 'weeklyCapacity', code: 'TOO_LARGE' })
    expect(parseAnswersField('followers', undefined)).toBeNull()
  })

  test('validateSection reports only that section’s questions', () => {
    const errors = validateSection('strategy', { name: '', weeklyCapacity: 99 })
    const ids = errors.map((e) => e.path)
    expect(ids).toEqual(expect.arrayContaining(['name', 'industry', 'customerModel', 'stage', 'primaryGoal']))
    expect(ids).not.toContain('weeklyCapacity')
    expect(validateSection('strategy', BASE_RAW)).toEqual([])
    expect(validateSection('content', { weeklyCapacity: 99, contentForms: ['story'] })).toEqual([
      expect.objectContaining({ path: 'weeklyCapacity', code: 'TOO_LARGE' }),
    ])
  })
})
