import { BASES, basisLine, basisView, checkCopy, PHRASE_RULES } from '@/core/copy-check'
import type { BasisId, CopyFinding } from '@/core/copy-check'
import { LEGAL_RULES, ruleById, STRENGTHS, type LegalRule } from '@/core/rules'
import { INDUSTRIES, type Industry } from '@/core/wizard/questions'
import { CORPUS } from './corpus'
import { parseSample } from './score'

/**
 * What the copy checker tells the owner a finding rests on: every source named in plain Chinese,
 * each with its own strength, in the plan's vocabulary (COMPLIANCE.md's strengths: law,
 * regulation, platform rule, enforcement guidance, industry practice, our judgement).
 */
const sourcesOf = (b: CopyFinding['basis']) => [b, ...(b.more ?? [])].map((s) => [s.ref, s.strength])
const first = (text: string, industry: Industry | null) => {
  const f = checkCopy(text, { industry }).findings.find((x) => x.span)
  if (!f) throw new Error(`nothing found in ${text}`)
  return f
}
const L = LEGAL_RULES

describe('the checker’s sources', () => {
  const all = Object.values(BASES).flatMap((b) => [b, ...(b.more ?? [])])

  test('one vocabulary for strength: the plan’s, with its labels', () => {
    const values = STRENGTHS.map((s) => s.value as string)
    for (const s of all) expect(values).toContain(s.strength)
    for (const id of Object.keys(BASES) as BasisId[]) {
      const view = basisView(id)
      for (const s of [view, ...(view.more ?? [])])
        expect(s.strengthLabel).toBe(STRENGTHS.find((x) => x.value === s.strength)?.label)
    }
  })

  test('each source is named in plain Chinese, without a strength or a bracket of its own', () => {
    for (const s of all) {
      expect(s.ref).not.toMatch(/[A-Za-z]/)
      expect(s.ref).not.toMatch(/[）)]$/)
      for (const label of STRENGTHS.map((x) => x.label)) expect(s.ref).not.toContain(`（${label}）`)
    }
  })

  test('a source the rule base holds is named as the plan names it, with the plan’s strength', () => {
    for (const b of Object.values(BASES)) {
      if (!b.legalRuleId) continue
      const rule = ruleById(b.legalRuleId) as LegalRule | undefined
      expect(rule).toBeDefined()
      const sources = [b, ...(b.more ?? [])].map((s) => [s.ref, s.strength])
      expect(sources).toContainEqual([rule?.ref, rule?.strength])
    }
  })

  test('a basis keyed to a plan rule is that rule’s, never another document’s', () => {
    // 3.3.1 of the 公众平台 rules is not 5.1 of the mini-program rules; Art. 26 is not Art. 25.
    expect(BASES.mpInduce.legalRuleId).toBeNull()
    expect(BASES.adLaw26.legalRuleId).toBeNull()
    for (const r of PHRASE_RULES) expect(BASES[r.basis]).toBeDefined()
  })
})

describe('each finding says its true strength (COMPLIANCE.md)', () => {
  // Each source as the finding lists it: its ref and its strength.
  type Source = [string, string]
  const LAW9: Source = [L.adLaw9.ref, 'statute']
  const GUIDE: Source = [L.absoluteGuide.ref, 'guidance']
  const LISTS: Source = [L.absolutePractice.ref, 'practice']
  const LAW25: Source = [L.adLaw25.ref, 'statute']
  const REG316: Source = [L.finance316.ref, 'regulation']
  test.each<[string, Industry | null, Source[]]>([
    // The words the law itself names.
    ['国家级品质', 'retail', [LAW9]],
    ['品质最佳', 'retail', [LAW9]],
    // Words of the same meaning: the regulator's reading of the same article.
    ['全网第一', 'retail', [GUIDE, LAW9]],
    ['世界级工艺', 'retail', [GUIDE, LAW9]],
    ['全网最低价', 'retail', [GUIDE, LAW9]],
    // The long word lists: practice, citing the article they apply.
    ['顶级食材', 'catering', [LISTS, LAW9]],
    // 免检 was abolished by the State Council; saying it is false advertising under the law.
    [
      '国家免检产品',
      'retail',
      [
        [L.adLaw28.ref, 'statute'],
        ['国务院2008年废止食品质量免检制度', 'regulation'],
      ],
    ],
    [
      '国宴大厨掌勺',
      'catering',
      [
        ['广告法第九条第二项', 'statute'],
        ['公开的广告禁用词整理', 'practice'],
      ],
    ],
    ['集赞送饮料', 'catering', [[L.externalLinks.ref, 'platform']]],
    ['紧急通知：全场五折', 'retail', [['《公众平台运营规范》第3.3.1条', 'platform']]],
    // Its explanation cites 316号文 beside the law: both are listed.
    ['保本保息的理财', 'finance', [LAW25, REG316]],
    // A customer's testimonial in finance is our reading of 316号文, and says so.
    ['客户的真实反馈：一年赚了不少', 'finance', [['客户讲收益会被读成收益承诺', 'ours'], REG316]],
  ])('%s (%s)', (text, industry, sources) => {
    expect(sourcesOf(first(text, industry).basis)).toEqual(sources)
  })

  test('the card’s line names every source with its own strength', () => {
    expect(basisLine(first('顶级食材', 'catering').basis)).toBe(
      '行业极限词清单（行业惯例）；广告法第九条第三项（法律条文）',
    )
    expect(basisLine(basisView('wechatSec'))).toBe('微信内容安全检测（平台规则）')
  })
})

describe('testimonials in the trades whose law forbids them', () => {
  test.each<[string, Industry, string]>([
    ['患者的真实反馈', 'medical', L.adLaw16.id],
    ['一位老患者和我们的故事', 'medical', L.adLaw16.id],
    ['患者写给我们的一封信', 'medical', L.adLaw16.id],
    ['医生推荐的诊疗服务', 'medical', L.adLaw16.id],
    ['学员的真实反馈', 'education', L.adLaw24Endorsers.id],
    ['学员写给我们的一封信', 'education', L.adLaw24Endorsers.id],
    ['一位老学员和我们的故事', 'education', L.adLaw24Endorsers.id],
    ['喜报：恭喜三位同学上岸', 'education', L.adLaw24Endorsers.id],
    ['一位老客户和我们的故事', 'finance', L.finance316.id],
  ])('%s (%s) is an endorsement under %s', (text, industry, ruleId) => {
    const f = first(text, industry)
    expect([f.category, f.categoryLabel, f.basis.legalRuleId]).toEqual(['endorsement', '证言与代言', ruleId])
  })

  test.each<[string, Industry]>([
    ['顾客的真实反馈', 'catering'],
    ['一位老客户和我们的故事', 'b2b'],
    ['食客写给我们的一封信', 'catering'],
    ['学员的真实反馈', 'localService'],
    ['患者的真实反馈', 'retail'],
  ])('%s (%s) is a customer’s story the law allows', (text, industry) => {
    expect(checkCopy(text, { industry }).findings).toEqual([])
  })
})

/**
 * Sources an explanation names, read the way the owner reads it: each pattern is a way the
 * text names a source, and the source is found in the listed refs by the words it must contain.
 * A bare 第十七条 after 广告法第十六条 still means the Advertising Law.
 */
const NAMED: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/商标法第([一二三四五六七八九十]+)条/g, (m) => `商标法第${m[1]}条`],
  [/(?<!商标法)第([一二三四五六七八九十]+)条(第[一二三四五六七八九十]+项)?/g, (m) => `广告法第${m[1]}条${m[2] ?? ''}`],
  [/316号/g, () => '316号'],
  [/外部链接/g, () => '外部链接内容管理规范'],
  [/小程序平台(?:运营)?规范|5\.1/g, () => '《小程序平台运营规范》第5.1条'],
  [/公众平台/g, () => '公众平台运营规范'],
  [/执法指南/g, () => '执法指南'],
  [/极限词清单/g, () => '极限词清单'],
  [/2008/g, () => '2008年'],
  [/分享规则/g, () => '分享规则'],
]

function namedIn(why: string): string[] {
  return [...new Set(NAMED.flatMap(([re, ref]) => [...why.matchAll(re)].map(ref)))]
}

// Every rule at least once, and every industry for every text, so each gate's re-filing is seen.
const INDUSTRIES_AND_NONE: (Industry | null)[] = [null, ...INDUSTRIES.map((i) => i.value)]
const TEXTS = [
  ...CORPUS.map((s) => parseSample(s.raw).text),
  '转发到朋友圈送积分',
  '品质最佳，全城最好，国家级工艺，世界级口碑',
  '不用吃药，比吃药还管用的保健品',
  '理财产品保本保息，稳赚不赔，客户的真实反馈：一年赚了不少，三个月回本，升值潜力大',
  '7天瘦10斤，患者的真实反馈，专家推荐，患者现身说法，药到病除，治愈率高达90%，降血压',
  '喜报：恭喜三位同学上岸，学员的真实反馈，保过，命题老师亲授',
  '加盟开店月入三万',
  '国家免检产品，中国驰名商标，国宴同款，转运招财，紧急通知：全场五折，100%有效',
  '顶级食材，排名前三，10万+用户的选择，点一下就有钱，集赞送饮料，砍一刀，分享后才能查看',
]

describe('every finding lists every source its explanation names', () => {
  const findings = TEXTS.flatMap((text) =>
    INDUSTRIES_AND_NONE.flatMap((industry) => checkCopy(text, { industry }).findings),
  )

  test('the texts reach every rule: phrases, patterns and notices', () => {
    const seen = new Set(findings.map((f) => f.ruleId))
    const every = [
      ...PHRASE_RULES.map((r) => r.id),
      'share.reward',
      'data.figure',
      'data.ranking',
      'data.crowd',
      'notice.healthFood',
      'notice.riskWarning',
    ]
    expect(every.filter((id) => !seen.has(id))).toEqual([])
  })

  test('each source named in a why is among the finding’s sources, with its strength', () => {
    const missing = new Set<string>()
    for (const f of findings) {
      const refs = [f.basis, ...(f.basis.more ?? [])].map((s) => s.ref)
      for (const named of namedIn(f.why))
        if (!refs.some((r) => r.includes(named)))
          missing.add(`${f.ruleId}: “${f.why}” names ${named}; lists ${refs.join('、')}`)
    }
    expect([...missing].sort()).toEqual([])
  })

  test('the reward for sharing names both WeChat rules it breaks, each a platform rule', () => {
    const f = first('转发到朋友圈送积分', 'catering')
    expect(sourcesOf(f.basis)).toEqual([
      [L.externalLinks.ref, 'platform'],
      [L.shareAbuse.ref, 'platform'],
    ])
  })
})
