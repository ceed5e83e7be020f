import { computePlan } from '@/core'
import { answers } from './support/answers'

const china = (y: number, m: number, d: number, h = 10) => Date.UTC(y, m - 1, d, h - 8)

describe('iteration and dates (China time)', () => {
  test.each([
    [china(2026, 10, 20), '2027-01-20'],
    [china(2026, 11, 30), '2027-02-28'],
    [china(2027, 11, 30), '2028-02-29'],
    // 23:30 on Dec 31 in China is still Dec 31 there, though already Jan 1 nowhere else matters.
    [china(2026, 12, 31, 23), '2027-03-31'],
    [china(2027, 1, 1, 1), '2027-04-01'],
  ])('review one quarter after %i → %s', (now, date) => {
    const it = computePlan(answers(), now).iteration
    expect(it.reviewDate).toBe(date)
    expect(it.reviewAt).toBeGreaterThan(now + 88 * 86_400_000)
    expect(it.why.rules).toContain('iteration.quarterly')
  })

  test('the calendar starts on the coming Monday', () => {
    // 2026-10-20 is a Tuesday; 2026-10-26 the next Monday; a Monday starts that same day.
    expect(computePlan(answers(), china(2026, 10, 20)).content.calendar[0].date).toBe('2026-10-26')
    expect(computePlan(answers(), china(2026, 10, 26)).content.calendar[0].date).toBe('2026-10-26')
  })

  test('a peak before the next review is a re-check item and warms up the calendar', () => {
    const plan = computePlan(answers({ peaks: ['double11'] }), china(2026, 10, 20))
    expect(plan.iteration.checks.some((c) => c.item.includes('双十一') && c.why.answers.includes('peaks'))).toBe(true)
    expect(plan.content.calendar.some((e) => e.topic.startsWith('双十一预热'))).toBe(true)
    const far = computePlan(answers({ peaks: ['double11'] }), china(2026, 1, 10))
    expect(far.iteration.checks.some((c) => c.item.includes('双十一'))).toBe(false)
    expect(far.content.calendar.some((e) => e.topic.includes('双十一'))).toBe(false)
  })

  test('the clock must be a number', () => {
    expect(() => computePlan(answers(), Number.NaN)).toThrow(RangeError)
  })
})
