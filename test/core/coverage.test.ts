import { computePlan, QUESTIONS, RULES, type Question } from '@/core'
import { answers, BASE_RAW, NOW } from './support/answers'
import { citedRules } from './support/plan'

/** Values worth trying for a question: every option alone, all options, the limits, both booleans. */
function variants(q: Question): unknown[] {
  switch (q.kind) {
    case 'single':
      return [...q.options.map((o) => o.value), ...(q.required ? [] : [null])]
    case 'multi': {
      const all = q.options.map((o) => o.value)
      return [...all.map((v) => [v]), all, ...(q.minItems === 0 ? [[]] : [])]
    }
    case 'number':
      return q.required ? [q.min, q.max, Math.round((q.min + q.max) / 2)] : [null, q.min, 1000, q.max]
    case 'boolean':
      return [true, false]
    case 'text':
      return q.minLength > 0 ? ['甲', '乙公司'] : ['', '甲、乙']
  }
}

/** The base answers with one question changed, for every question and every variant. */
const oneChange = QUESTIONS.flatMap((q) => variants(q).map((value) => ({ id: q.id, value })))

describe('coverage', () => {
  test('every rule id is cited by the plan for some answers (at most two answers changed)', () => {
    const reached = new Set<string>()
    const cite = (overrides: Record<string, unknown>) => {
      for (const r of citedRules(computePlan(answers(overrides), NOW))) reached.add(r)
    }
    for (const { id, value } of oneChange) cite({ [id]: value })
    const missing = () => RULES.map((r) => r.id).filter((id) => !reached.has(id))
    for (let i = 0; i < oneChange.length && missing().length > 0; i++)
      for (let j = i + 1; j < oneChange.length; j++)
        if (oneChange[i].id !== oneChange[j].id)
          cite({ [oneChange[i].id]: oneChange[i].value, [oneChange[j].id]: oneChange[j].value })
    expect(missing()).toEqual([])
  })

  test('a plan only cites rules that exist', () => {
    const known = new Set(RULES.map((r) => r.id))
    for (const { id, value } of oneChange)
      for (const r of citedRules(computePlan(answers({ [id]: value }), NOW))) expect(known).toContain(r)
  })

  test.each(QUESTIONS.map((q) => [q.id, q] as const))('answer “%s” changes the plan', (id, q) => {
    const plans = new Set(variants(q).map((value) => JSON.stringify(computePlan(answers({ [id]: value }), NOW))))
    expect(plans.size).toBeGreaterThan(1)
  })

  test('the base answers used above are complete', () => {
    expect(Object.keys(BASE_RAW).sort()).toEqual(QUESTIONS.map((q) => q.id).sort())
  })
})
