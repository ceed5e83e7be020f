import fc from 'fast-check'
import { guessMapping, parseMonth, previewPaste, rememberMapping, splitTable } from '@/core/results'
import type { ColumnRole, PasteKpi } from '@/core/results'

const KPIS: PasteKpi[] = [
  { id: 'acquisition.newFollowers', metric: '新增关注量（月）', unit: '人' },
  { id: 'exposure.articleOpenRate', metric: '公众号打开率', unit: '%' },
  { id: 'monetisation.gmv', metric: 'GMV（月）', unit: '元' },
]

describe('parseMonth', () => {
  it.each([
    ['2026-03', '2026-03'],
    ['2026/3', '2026-03'],
    ['2026年3月', '2026-03'],
    ['2026-03-01', '2026-03'],
    ['202603', '2026-03'],
    ['20260315', '2026-03'],
    ['2026.12', '2026-12'],
  ])('%s → %s', (raw, month) => expect(parseMonth(raw)).toBe(month))

  it.each(['2026-13', '三月', '', 'abc', '1999-01', '12'])('%s is no month', (raw) =>
    expect(parseMonth(raw)).toBeNull(),
  )
})

describe('paste a back-office table', () => {
  it('reads tabs, finds the header, maps columns by name in any order, previews values', () => {
    const text = '新增关注人数\t日期\t图文打开率\t备注\n1,200\t2026-07\t5.2%\t暑期\n980\t2026-08\t4.1%\t\n'
    const table = splitTable(text)
    expect(table.header).toEqual(['新增关注人数', '日期', '图文打开率', '备注'])
    const roles = guessMapping(table, KPIS)
    expect(roles).toEqual([
      { kind: 'kpi', kpiId: 'acquisition.newFollowers' },
      { kind: 'month' },
      { kind: 'kpi', kpiId: 'exposure.articleOpenRate' },
      { kind: 'skip' },
    ])
    const p = previewPaste(table, roles, KPIS)
    expect(p.problem).toBeNull()
    expect(p.months).toEqual({
      '2026-07': { 'acquisition.newFollowers': 1200, 'exposure.articleOpenRate': 5.2 },
      '2026-08': { 'acquisition.newFollowers': 980, 'exposure.articleOpenRate': 4.1 },
    })
  })

  it('reads quoted CSV with thousands separators', () => {
    const table = splitTable('月份,GMV\n2026-07,"12,000.50"\n')
    const p = previewPaste(table, guessMapping(table, KPIS), KPIS)
    expect(p.months).toEqual({ '2026-07': { 'monetisation.gmv': 12000.5 } })
  })

  it('shows per-row errors with the line the owner counts, and saves only clean rows', () => {
    const table = splitTable('月份,公众号打开率\n2026-07,5\n七月,6\n2026-09,150\n2026-07,4\n2026-10,\n')
    const p = previewPaste(table, guessMapping(table, KPIS), KPIS)
    expect(p.rows.map((r) => [r.line, r.errors.length])).toEqual([
      [2, 0],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 0],
    ])
    expect(p.rows[2].errors[0].message).toContain('公众号打开率')
    expect(p.rows[3].errors[0].message).toContain('第 2 行')
    // An empty cell is a month without that figure: nothing to save, no error either.
    expect(p.months).toEqual({ '2026-07': { 'exposure.articleOpenRate': 5 } })
  })

  it('without a header, finds the month column and leaves the rest to the owner; the mapping is remembered', () => {
    const headless = splitTable('2026-07\t300\n2026-08\t320\n')
    expect(headless.header).toBeNull()
    expect(guessMapping(headless, KPIS)).toEqual([{ kind: 'month' }, { kind: 'skip' }])
    expect(previewPaste(headless, guessMapping(headless, KPIS), KPIS).problem).toBe('请至少指定一列对应的指标')

    const table = splitTable('时间\t粉丝净增\n2026-07\t300\n')
    const roles: ColumnRole[] = [{ kind: 'month' }, { kind: 'kpi', kpiId: 'acquisition.newFollowers' }]
    const saved = rememberMapping(table, roles)
    expect(guessMapping(splitTable('粉丝净增\t时间\n310\t2026-08\n'), KPIS, saved)).toEqual([
      { kind: 'kpi', kpiId: 'acquisition.newFollowers' },
      { kind: 'month' },
    ])
  })

  it('property: any text previews without throwing; saved months are exactly the clean rows, values in range', () => {
    const cell = fc.oneof(
      fc.constantFrom('2026-07', '2026/8', '2026年9月', '1,200', '5.5%', '', 'x', '-3', '150', '1.2万'),
      fc.string({ maxLength: 8 }),
    )
    const row = fc.array(cell, { minLength: 1, maxLength: 5 })
    const sep = fc.constantFrom('\t', ',')
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), sep, (rows, s) => {
        const text = rows.map((r) => r.map((c) => c.replace(/[\t,\n\r"]/g, '')).join(s)).join('\n')
        const table = splitTable(text)
        const roles = guessMapping(table, KPIS)
        const p = previewPaste(table, roles, KPIS)
        const clean = p.rows.filter((r) => r.errors.length === 0 && r.month && Object.keys(r.values).length > 0)
        expect(Object.keys(p.months).sort()).toEqual(p.problem ? [] : clean.map((r) => r.month).sort())
        for (const values of Object.values(p.months))
          for (const [id, v] of Object.entries(values)) {
            expect(KPIS.some((k) => k.id === id)).toBe(true)
            expect(v).toBeGreaterThanOrEqual(0)
            if (id === 'exposure.articleOpenRate') expect(v).toBeLessThanOrEqual(100)
          }
        // Every column is mapped at most once to each KPI and one month column at most.
        const ids = roles.flatMap((r) => (r.kind === 'kpi' ? [r.kpiId] : []))
        expect(new Set(ids).size).toBe(ids.length)
        expect(roles.filter((r) => r.kind === 'month').length).toBeLessThanOrEqual(1)
      }),
      { numRuns: 500 },
    )
  })
})
