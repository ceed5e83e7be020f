import { computePlan, PREVIEW_DEFAULTS, previewPlan, QUESTIONS } from '@/core'
import { BASE_RAW, NOW } from './support/answers'

describe('previewPlan', () => {
  test('an empty wizard gets a plan built on defaults, listing every required answer as assumed', () => {
    const { content, assumedAnswers } = previewPlan({}, NOW)
    expect(assumedAnswers).toEqual(QUESTIONS.filter((q) => q.required).map((q) => q.id))
    expect(content).toEqual(computePlan(PREVIEW_DEFAULTS, NOW))
  })

  test('invalid answers are replaced and listed; valid ones are used', () => {
    const { content, assumedAnswers } = previewPlan({ ...BASE_RAW, weeklyCapacity: 999, industry: 'catering' }, NOW)
    expect(assumedAnswers).toEqual(['weeklyCapacity'])
    expect(content.audience.schedule).toHaveLength(PREVIEW_DEFAULTS.weeklyCapacity)
    expect(content.differentiation.some((d) => d.id === 'competition.cateringOrdering')).toBe(true)
  })

  test('a complete, valid wizard assumes nothing', () => {
    expect(previewPlan(BASE_RAW, NOW).assumedAnswers).toEqual([])
  })
})
