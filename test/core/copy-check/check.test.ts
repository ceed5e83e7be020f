import fc from 'fast-check'
import * as v from 'valibot'
import {
  applySuggestion,
  BASES,
  checkCopy,
  COPY_CATEGORIES,
  copyCheckInputSchema,
  PHRASE_RULES,
  SHIELDS,
} from '@/core/copy-check'
import type { CopyCategory, CopyCheckResult, ExemptionId } from '@/core/copy-check'
import { expand } from '@/core/copy-check/phrases'
import type { Industry } from '@/core/wizard/questions'

const flagged = (r: CopyCheckResult) => r.findings.filter((f) => f.span).map((f) => [f.category, f.excerpt])
const exempted = (r: CopyCheckResult) => r.exempted.map((e) => [e.exemption, e.excerpt])
const check = (text: string, industry: Industry | null = null) => checkCopy(text, { industry })

describe('the rule data', () => {
  it('every pattern compiles alone, has no capturing group, and cites a known basis', () => {
    for (const rule of PHRASE_RULES) {
      const re = new RegExp(`${expand(rule.pattern)}|`, 'u')
      // An empty alternative matches, so exec gives the group count: none may capture.
      expect(re.exec('')!.length).toBe(1)
      expect(BASES[rule.basis]).toBeDefined()
      expect(rule.why.text).toMatch(/[\u4e00-\u9fff]/)
      expect(rule.advice).toMatch(/[\u4e00-\u9fff]/)
    }
    for (const shield of SHIELDS) expect(new RegExp(`${expand(shield.pattern)}|`, 'u').exec('')!.length).toBe(1)
  })

  it('rule ids are unique', () => {
    const ids = PHRASE_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('checkCopy: one example per category', () => {
  it.each<[string, Industry, CopyCategory, string]>([
    ['转发本文到朋友圈，截图即可领取红包', 'catering', 'inducedSharing', '转发本文到朋友圈，截图即可领取红包'],
    ['全城最好吃的面', 'catering', 'absolute', '最好吃'],
    ['好评率99%，欢迎品尝', 'catering', 'unsourcedData', '99%'],
    ['这款床垫治疗失眠', 'retail', 'medical', '治疗失眠'],
    ['保健食品，能代替药物', 'retail', 'healthFood', '代替药物'],
    ['考研保过班', 'education', 'education', '保过'],
    ['保本保息的理财', 'finance', 'finance', '保本保息'],
    ['100%有效', 'retail', 'falseClaim', '100%有效'],
    ['国宴大厨掌勺', 'catering', 'stateOrgans', '国宴大厨'],
    ['开运手串', 'retail', 'superstition', '开运'],
    ['中国驰名商标', 'retail', 'wellKnownMark', '中国驰名商标'],
    ['国家免检产品', 'retail', 'inspectionFree', '国家免检'],
  ])('%s (%s) → %s 「%s」', (text, industry, category, excerpt) => {
    expect(flagged(check(text, industry))).toContainEqual([category, excerpt])
  })

  it('gives each finding its rule, strength, why and a safer wording in Chinese', () => {
    const [f] = check('全城最好吃的面', 'catering').findings
    expect(f).toMatchObject({
      category: 'absolute',
      categoryLabel: '绝对化用语',
      severity: 'high',
      severityLabel: '高风险',
      span: { start: 2, end: 5 },
      // The law names 最佳, not 最好: the regulator's guide reads it in, citing the article.
      basis: {
        strength: 'guidance',
        strengthLabel: '执法指南',
        more: [{ ref: '广告法第九条第三项', strength: 'statute', strengthLabel: '法律条文' }],
      },
      suggestion: { replacement: '很好吃' },
    })
    expect(f.basis.ref).toContain('执法指南')
    expect(f.why).toMatch(/[\u4e00-\u9fff]/)
  })

  it('names the strength: platform rules for sharing, practice for listed words', () => {
    expect(check('集赞送饮料', 'catering').findings[0].basis.strengthLabel).toBe('平台规则')
    expect(check('顶级食材', 'catering').findings[0].basis.strengthLabel).toBe('行业惯例')
  })

  it('covers every category but the platform verdict with at least one rule or pattern', () => {
    const fromRules = new Set<string>(PHRASE_RULES.map((r) => r.category))
    for (const extra of ['inducedSharing', 'unsourcedData', 'missingNotice', 'healthFood']) fromRules.add(extra)
    for (const c of COPY_CATEGORIES) if (c.value !== 'platformCheck') expect(fromRules).toContain(c.value)
  })
})

describe('checkCopy: exemptions do not fire', () => {
  it.each<[string, Industry, ExemptionId, string]>([
    ['最近天气冷，来碗汤', 'catering', 'ordinal', '最近'],
    ['第一次来的朋友打九折', 'catering', 'ordinal', '第一次'],
    ['第一天入住，第二天出发', 'localService', 'ordinal', '第一天'],
    ['第一步先做评估', 'medical', 'ordinal', '第一步'],
    ['本店最受欢迎的是牛肉面', 'catering', 'ownRange', '最受欢迎'],
    ['最佳赏味期为三天', 'catering', 'consumptionTip', '最佳赏味期'],
    ['争做行业第一的服务商', 'b2b', 'goal', '行业第一'],
    ['保本清仓，全场三折', 'retail', 'industryUsage', '保本清仓'],
    ['治愈系的午后', 'catering', 'mood', '治愈系'],
    ['本品不能代替药物', 'medical', 'notice', '本品不能代替药物'],
    ['我们是国家级非物质文化遗产（证书编号2021-08）', 'localService', 'certified', '国家级'],
    ['《最好的我们》同款', 'retail', 'productName', '最好'],
    ['国家级5A景区一日游', 'localService', 'standardGrade', '国家级5A景区'],
    ['双十一尾款立减20%', 'retail', 'priceOrSpec', '20%'],
    ['据第三方检测报告，除菌率99%', 'retail', 'sourced', '99%'],
    // A word named as one to avoid: quoted alone, after a word of avoiding or before words about words.
    ['朋友圈文案不用「最好」「第一」这类词', 'catering', 'mention', '第一'],
    ['文案里不要说「最便宜」、「最低价」', 'retail', 'mention', '最低价'],
    ['每周发一次学习反馈，不发“保过”类承诺', 'education', 'mention', '保过'],
    ['“第一”“最好”等同义词也算', 'retail', 'mention', '第一'],
  ])('%s (%s): %s', (text, industry, exemption, excerpt) => {
    const result = check(text, industry)
    expect(result.findings.filter((f) => f.span)).toEqual([])
    expect(exempted(result)).toContainEqual([exemption, excerpt])
  })

  it('a quoted word that is used, not named as one to avoid, is still a finding', () => {
    // A wink, a quote around a claim, a quote holding more than the word, a word of avoiding in another clause.
    expect(flagged(check('别说“全城第一”，全省都找不到更好吃的', 'catering'))).toEqual([['absolute', '全城第一']])
    expect(flagged(check('我们的面“最好”吃', 'catering'))).toEqual([['absolute', '最好”吃']])
    expect(flagged(check('“全网第一”的酸菜鱼', 'catering'))).toEqual([['absolute', '全网第一']])
    expect(flagged(check('不用排队的“网红第一”店', 'catering'))).toEqual([['absolute', '第一']])
    expect(flagged(check('不用等，「最好」的位置留给你', 'catering'))).toEqual([['absolute', '最好']])
  })

  it('does not flag standard grades or 分享 without a reward', () => {
    expect(check('5A景区一日游，三甲医院对面', 'localService').findings).toEqual([])
    expect(check('欢迎分享给身边的朋友', 'catering').findings).toEqual([])
  })

  it('lets the owner mark a certified title or a product name', () => {
    const text = '国家级非遗传承人亲自授课'
    expect(flagged(check(text, 'localService'))).toEqual([['absolute', '国家级']])
    const marked = checkCopy(text, { industry: 'localService', marks: [{ phrase: '国家级非遗', kind: 'certified' }] })
    expect(marked.findings).toEqual([])
    expect(exempted(marked)).toContainEqual(['certified', '国家级'])
    const named = checkCopy('第一坊酱油', { industry: 'retail', marks: [{ phrase: '第一坊', kind: 'name' }] })
    expect(named.findings).toEqual([])
  })
})

describe('checkCopy: industry changes the verdict', () => {
  it('治愈 is a cure claim in medicine and a mood in a café', () => {
    expect(flagged(check('针对失眠的治愈方案', 'medical'))).toContainEqual(['medical', '治愈'])
    expect(check('这杯咖啡治愈了我的周一', 'catering').findings).toEqual([])
    // …unless the café ties it to a disease.
    expect(flagged(check('喝了能治愈感冒', 'catering'))).toContainEqual(['medical', '治愈'])
  })

  it('保本 is a finance promise, 保本清仓 is retail', () => {
    expect(flagged(check('保本清仓', 'finance'))).toContainEqual(['finance', '保本'])
    expect(check('保本清仓', 'retail').findings).toEqual([])
  })

  it('无风险 is a finance promise, not a return policy', () => {
    expect(check('无风险试穿，不合适包退换', 'retail').findings).toEqual([])
    expect(flagged(check('无风险投资', 'retail'))).toContainEqual(['finance', '无风险'])
  })

  it('cites article 16 for a clinic, 17 for a shop, 18 for health food', () => {
    expect(check('疗效显著', 'medical').findings[0].basis.ref).toContain('第十六条')
    expect(check('疗效显著', 'retail').findings[0].basis.ref).toContain('第十七条')
    const health = check('保健食品，疗效显著。本品不能代替药物。', 'retail').findings[0]
    expect([health.category, health.basis.ref]).toEqual(['healthFood', '广告法第十八条'])
  })

  it('a clinic may say it treats; a shop may not', () => {
    expect(check('康复科开展颈椎病治疗', 'medical').findings).toEqual([])
    expect(flagged(check('这款枕头治疗颈椎病', 'retail'))).toContainEqual(['medical', '治疗颈椎病'])
  })
})

describe('checkCopy: obfuscation', () => {
  it.each([
    ['最 好 吃', '最 好 吃'],
    ['最😋好😋吃', '最😋好😋吃'],
    ['Ｎｏ．１的面馆', 'Ｎｏ．１'],
    ['第①名', '第①名'],
    ['絕對正宗', '絕對'],
    ['分*享*给*好*友*领*红*包', '分*享*给*好*友*领*红*包'],
  ])('%s is flagged with the span as written', (text, excerpt) => {
    expect(check(text, 'catering').findings.map((f) => f.excerpt)).toContain(excerpt)
  })

  it('any spaces, line breaks or emoji between the characters of 最好 still flag it, span as written', () => {
    const filler = fc.constantFrom(' ', '\n', '　', '😋', '*', '\u200b', '~')
    fc.assert(
      fc.property(fc.array(filler, { maxLength: 3 }), fc.array(filler, { maxLength: 3 }), (a, b) => {
        const text = `全城最${a.join('')}好${b.join('')}吃的面`
        const f = check(text, 'catering').findings.find((x) => x.category === 'absolute')
        expect(f).toBeDefined()
        expect(f!.excerpt.startsWith('最')).toBe(true)
        expect(f!.excerpt.replace(/[^\u4e00-\u9fff]/g, '')).toBe('最好吃')
      }),
    )
  })
})

describe('checkCopy: missing notices', () => {
  it('asks health food copy for 本品不能代替药物, and accepts either wording', () => {
    const result = check('保健品新品，每天一粒', 'medical')
    expect(result.findings.find((f) => f.ruleId === 'notice.healthFood')).toMatchObject({
      category: 'missingNotice',
      span: null,
      suggestion: { append: '本品不能代替药物。' },
    })
    expect(check('保健食品，每天一粒。本品不能代替药物。', 'medical').findings).toEqual([])
    expect(check('保健食品，每天一粒。保健食品不是药物，不能代替药物治疗疾病。', 'medical').findings).toEqual([])
  })

  it('asks finance and 招商 copy for a risk warning', () => {
    expect(check('基金定投，每月投入固定金额', 'finance').findings.map((f) => f.ruleId)).toEqual(['notice.riskWarning'])
    expect(check('基金定投，每月投入固定金额。投资有风险，选择需谨慎。', 'finance').findings).toEqual([])
    expect(check('加盟我们，回报可观', 'b2b').findings.map((f) => f.ruleId)).toContain('notice.riskWarning')
    expect(check('信用卡首刷礼，送行李箱', 'finance').findings).toEqual([])
  })
})

describe('checkCopy: results', () => {
  it('counts by severity', () => {
    const r = check('全城最好吃！顶级食材，好评率99%', 'catering')
    expect(r.counts).toEqual({ high: 1, medium: 1, low: 1, total: 3 })
  })

  it('never throws, keeps spans inside the text and excerpts equal to the text there', () => {
    const pieces = fc.constantFrom(
      '最好',
      '第一',
      '分享给好友领红包',
      '保本',
      '治愈',
      '99%',
      '，',
      '。',
      '😀',
      ' ',
      'a',
      '療',
      '①',
      '《',
      '》',
    )
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 60 }),
        fc.constantFrom<Industry | null>(null, 'finance', 'catering', 'medical'),
        (parts, industry) => {
          const text = parts.join('')
          const result = check(text, industry)
          const chars = [...text]
          for (const f of result.findings) {
            if (!f.span) continue
            expect(f.span.start).toBeGreaterThanOrEqual(0)
            expect(f.span.end).toBeLessThanOrEqual(chars.length)
            expect(f.span.end).toBeGreaterThan(f.span.start)
            expect(chars.slice(f.span.start, f.span.end).join('')).toBe(f.excerpt)
          }
          expect(check(text, industry)).toEqual(result)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('applies a suggestion to the span, or appends a notice', () => {
    const text = '🎉全城最好吃的面'
    const [f] = check(text, 'catering').findings
    expect(applySuggestion(text, f)).toBe('🎉全城很好吃的面')
    const health = check('保健品，每天一粒', 'medical').findings.find((x) => x.span === null)!
    expect(applySuggestion('保健品，每天一粒\n', health)).toBe('保健品，每天一粒\n本品不能代替药物。')
    // The text changed under the finding: nothing is applied.
    expect(applySuggestion('全城最棒', f)).toBeNull()
  })

  it('re-checking an applied suggestion clears that finding', () => {
    const text = '转发本文到朋友圈，截图即可领取红包。全城最好吃的面！'
    let current = text
    for (let round = 0; round < 5; round++) {
      const f = check(current, 'catering').findings.find(
        (x) => x.suggestion.replacement !== null || x.suggestion.append,
      )
      if (!f) break
      current = applySuggestion(current, f) ?? current
    }
    expect(check(current, 'catering').findings.filter((f) => f.severity === 'high')).toEqual([])
  })
})

describe('input schema', () => {
  it('accepts 2,500 characters (emoji count as one) and refuses 2,501 with a Chinese message', () => {
    expect(v.safeParse(copyCheckInputSchema, { text: '😀'.repeat(2500) }).success).toBe(true)
    const r = v.safeParse(copyCheckInputSchema, { text: '字'.repeat(2501) })
    expect(r.success).toBe(false)
    expect(r.issues![0].message).toBe('文案不能超过 2500 个字，请分段检查')
  })

  it('refuses blank text, unknown industries and bad marks', () => {
    expect(v.safeParse(copyCheckInputSchema, { text: '  \n ' }).issues![0].message).toBe('请先粘贴或输入要检查的文案')
    expect(v.safeParse(copyCheckInputSchema, { text: '你好', industry: 'casino' }).success).toBe(false)
    expect(v.safeParse(copyCheckInputSchema, { text: '你好', marks: [{ phrase: '', kind: 'name' }] }).success).toBe(
      false,
    )
  })
})
