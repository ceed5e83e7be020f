import { readFileSync } from 'fs'
import { join } from 'path'
import { computePlan, LEGAL_RULES, RULEBASE_VERSION, RULES, ruleById } from '@/core'
import { answers, NOW } from './support/answers'

const seed = readFileSync(join(__dirname, 'fixtures/seed.txt'), 'utf8')
const compliance = readFileSync(join(__dirname, 'fixtures/COMPLIANCE.md'), 'utf8')
const flat = (s: string) => s.replace(/\s+/g, ' ')

/** Data rows of the seed's tables: a `|` line that is neither a header (followed by ---) nor the rule. */
function seedTableRows(): string[] {
  const lines = seed.split('\n')
  return lines
    .map((line, i) => ({ line, next: lines[i + 1] ?? '' }))
    .filter(({ line, next }) => line.includes('|') && !line.startsWith('---') && !next.startsWith('---'))
    .map(({ line }) =>
      line
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean)
        .join(' | '),
    )
}

describe('rule base', () => {
  test('ids are unique and every rule has a section and a source', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
    for (const r of RULES) {
      expect(r.source.length).toBeGreaterThan(0)
      expect(ruleById(r.id)).toBe(r)
    }
  })

  test('the seed has 8 tables of 3 rows, and each row is a table rule, verbatim', () => {
    const rows = seedTableRows()
    expect(rows).toHaveLength(24)
    const tableRules = RULES.filter((r) => r.form === 'table')
    expect(tableRules.map((r) => r.source).sort()).toEqual([...rows].sort())
  })

  test('every seed rule quotes the seed, every compliance rule quotes COMPLIANCE.md', () => {
    for (const r of RULES) {
      if (r.origin === 'ours') continue
      const text = r.origin === 'seed' ? seed : compliance
      if (r.form === 'prose') expect(flat(text)).toContain(flat(r.source))
    }
  })

  test('the seed’s prose rules the product relies on are encoded', () => {
    const expected: [string, string][] = [
      ['features.lowFrequency', '服务号适合低频高价值服务'],
      ['features.highFrequency', '订阅号侧重高频内容输出'],
      ['content.shortDrama', '视频号适合短剧式传播'],
      ['content.longArticleSeo', '公众号深度长文更利于SEO'],
      ['strategy.startup', '初创品牌可通过公众号建立行业认知'],
      ['strategy.mature', '成熟企业则可能聚焦小程序GMV提升'],
      ['compliance.regulated', '金融、医疗类企业需特别注意资质公示与内容审核'],
      ['competition.cateringOrdering', '智能点餐'],
      ['iteration.quarterly', '季度级迭代'],
      ['tech.dataInterop', '公众号与小程序数据互通'],
      ['tech.crm', '企业微信与CRM系统对接'],
      ['tech.peak', '双十一大促期间的服务器扩容'],
      ['intro.retail', '零售企业可能侧重小程序电商与社群运营'],
      ['intro.finance', '公众号内容权威性与企业微信的客户服务能力'],
    ]
    for (const [id, text] of expected) expect(ruleById(id)?.source).toContain(text)
  })

  test('compliance rules carry their legal reference and strength', () => {
    for (const r of Object.values(LEGAL_RULES)) {
      expect(r.ref.length).toBeGreaterThan(0)
      expect(['statute', 'regulation', 'platform', 'guidance', 'practice']).toContain(r.strength)
      // The plan writes the strength after the name: the name neither says it nor ends in a bracket.
      expect(r.ref).not.toMatch(/平台规则|法律条文|[）)]$/)
    }
    expect(LEGAL_RULES.pointsNotForSharing.source).toContain('points for forwarding')
    // COMPLIANCE.md: the regulator's guide reads the law (not law itself); word lists are practice.
    expect(LEGAL_RULES.absoluteGuide.strength).toBe('guidance')
    expect(LEGAL_RULES.absolutePractice.strength).toBe('practice')
  })

  test('a compliance item names every source with its own strength, not the first one’s for all', () => {
    const p = computePlan(answers({ contentForms: ['promotion'] }), NOW)
    const item = p.compliance.find((c) => c.id === 'absoluteTerms')
    const sources = [item?.source, ...(item?.moreSources ?? [])].map((s) => s && [s.ref, s.strength])
    expect(sources).toEqual([
      [LEGAL_RULES.adLaw9.ref, 'statute'],
      [LEGAL_RULES.absoluteGuide.ref, 'guidance'],
      [LEGAL_RULES.absolutePractice.ref, 'practice'],
    ])
  })

  test('a plan records the rule-base version', () => {
    const plan = computePlan(answers(), NOW)
    expect(plan.rulebaseVersion).toBe(RULEBASE_VERSION)
    expect(RULEBASE_VERSION).toMatch(/\S/)
  })
})
