import fc from 'fast-check'
import { formatMetricValue, kindOfUnit, metricSpec, parseMetricValue } from '@/core/results'

const percent = metricSpec({ id: 'exposure.articleOpenRate', unit: '%' })
const count = metricSpec({ id: 'acquisition.newFollowers', unit: '人' })
const money = metricSpec({ id: 'monetisation.gmv', unit: '元' })
const cac = metricSpec({ id: 'acquisition.cac', unit: '元/人' })
const depth = metricSpec({ id: 'activity.clickDepth', unit: '页/次' })

describe('metric kinds', () => {
  it('follow the unit of each KPI on the board', () => {
    expect(['%', '人', '元', '元/人', '页/次'].map(kindOfUnit)).toEqual(['percent', 'count', 'money', 'money', 'ratio'])
  })

  it('know that a cost is better lower', () => {
    expect(cac.better).toBe('down')
    expect(money.better).toBe('up')
  })
})

describe('parseMetricValue', () => {
  it.each([
    [percent, '12.5%', 12.5],
    [percent, '12.345', 12.35],
    [percent, ' 8 ', 8],
    [count, '1,234', 1234],
    [count, '1.2万', 12000],
    [money, '¥1,200.50', 1200.5],
    [money, '3.5万元', 35000],
    [cac, '12.3', 12.3],
    [depth, '2.75', 2.75],
  ])('reads %o %s as %d', (spec, raw, value) => {
    expect(parseMetricValue(spec, raw)).toEqual({ ok: true, value })
  })

  it.each([
    [percent, '120', 'TOO_LARGE'],
    [percent, '-1', 'TOO_SMALL'],
    [count, '10.5', 'NOT_AN_INTEGER'],
    [count, 'abc', 'NOT_A_NUMBER'],
    [count, '12%', 'NOT_A_NUMBER'],
    [money, '', 'EMPTY'],
    [money, '--', 'EMPTY'],
    [money, '1e3', 'NOT_A_NUMBER'],
  ])('refuses %o %s with %s and a Chinese message', (spec, raw, code) => {
    const r = parseMetricValue(spec, raw)
    expect(r.ok ? 'ok' : r.code).toBe(code)
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('property: any accepted value is within its range and re-reads the same from its own display', () => {
    const specs = fc.constantFrom(percent, count, money, cac, depth)
    fc.assert(
      fc.property(specs, fc.oneof(fc.double({ noNaN: false }), fc.string()), (spec, raw) => {
        const r = parseMetricValue(spec, raw)
        if (!r.ok) return
        expect(r.value).toBeGreaterThanOrEqual(spec.min)
        expect(r.value).toBeLessThanOrEqual(spec.max)
        if (spec.kind === 'count') expect(Number.isInteger(r.value)).toBe(true)
        expect(parseMetricValue(spec, formatMetricValue(spec, r.value))).toEqual({ ok: true, value: r.value })
      }),
      { numRuns: 2000 },
    )
  })

  it('property: never throws, always a value or a coded refusal', () => {
    fc.assert(
      fc.property(fc.constantFrom(percent, count, money), fc.anything(), (spec, raw) => {
        const r = parseMetricValue(spec, raw as string)
        expect(r.ok || typeof r.code === 'string').toBe(true)
      }),
    )
  })
})
