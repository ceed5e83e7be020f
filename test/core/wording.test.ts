import fc from 'fast-check'
import {
  computePlan,
  diffPlans,
  explainWhy,
  GLOSSARY,
  PLAN_SECTIONS,
  sectionSummary,
  type Answers,
  type PlanContent,
} from '@/core'
import { answers, validAnswers } from './support/answers'
import { explainedItems } from './support/plan'
import { shownText } from './support/text'
import { wordingDefects } from './support/wording'

/**
 * Mechanical wording defects in everything the plan says, over random answers: the lead found
 * "11月30日发第一条：大雪前后：应季招牌菜推荐" (a topic with its own colon, glued after a label).
 * The owner reads these lines on the plan page, in the why panels, the closed sections' summaries
 * and the change list; `test/components/plan-wording.test.tsx` reads them as the page composes them.
 */

const time = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) })
// The owner's own words are quoted as typed; Chinese here, so the Latin check reads only ours.
const named: fc.Arbitrary<Answers> = fc
  .tuple(validAnswers, fc.constantFrom('老街面馆', '张记小厨'), fc.constantFrom('', '张记、李家', '王氏'))
  .map(([a, name, competitorNames]) => ({ ...a, name, competitorNames }))

const ownWords = (a: Answers, p: PlanContent) => [
  a.name,
  a.competitorNames,
  ...p.differentiation.flatMap((d) => d.competitors),
]

/** Every line of a plan an owner reads, with where it comes from. */
function planLines(a: Answers, p: PlanContent): { where: string; line: string }[] {
  const out = shownText(p).map(({ path, text }) => ({ where: path, line: text }))
  for (const { path, why } of explainedItems(p))
    for (const line of explainWhy(why, a as unknown as Record<string, unknown>))
      out.push({ where: `why ${path}`, line })
  for (const s of PLAN_SECTIONS) out.push({ where: `summary ${s.key}`, line: sectionSummary(p, s.key) })
  return out
}

function expectClean(lines: { where: string; line: string }[], own: readonly string[]) {
  const bad = lines.flatMap(({ where, line }) => wordingDefects(line, own).map((d) => `${where}: ${d} in “${line}”`))
  expect(bad).toEqual([])
}

describe('the wording check finds what it looks for', () => {
  test.each([
    ['two colons in one sentence', '11月30日发第一条：大雪前后：应季招牌菜推荐'],
    ['doubled punctuation', '先做好菜单。。'],
    ['doubled punctuation', '为什么？：因为'],
    ['doubled punctuation', '本计划用它，，发文'],
    ['empty quotes or brackets', '发第一条「」'],
    ['empty quotes or brackets', '新品（ ）推荐'],
    ['sentence starts with punctuation', '，先做好菜单'],
    ['sentence starts with punctuation', '先做好菜单；，再发文'],
    ['English', '每周发 three 条'],
    ['English', 'Open rate：20%'],
    ['template leftover', '创始人讲{name}的由来'],
    ['template leftover', '每周undefined条'],
    ['template leftover', '已有：false'],
    ['unbalanced quotes or brackets', '发第一条「大雪前后'],
    ['ASCII punctuation in Chinese', '利于搜索(SEO)，带来长期流量'],
    ['word repeated', '新品新品首发直播'],
    ['word repeated', '618预热·618活动预告'],
    ['space beside full-width punctuation', '先做好菜单 ，再发文'],
    ['space at either end', '先做好菜单 '],
  ])('%s: “%s”', (defect, line) => {
    expect(wordingDefects(line)).toContain(defect)
  })

  test.each([
    '11月30日发第一条「大雪前后：应季招牌菜推荐」',
    '原文第三部分（原文表格）：服务号，每月4次，预约服务/会员体系',
    '你的回答「名称」：老街面馆',
    'API延迟<500ms；跨平台延迟<1s',
    '18-25岁 20:00–23:00；26-35岁 12:00–14:00',
    'To B型企业的推荐组合是企业微信+服务号；成熟期聚焦小程序GMV提升',
    '对手特征：还不清楚 · 常见做法：待观察',
    '不用“国家级”“最高级”“最佳”（法条原文）',
  ])('reads “%s” as clean', (line) => {
    expect(wordingDefects(line)).toEqual([])
  })

  test('the owner’s own words are theirs: quoted as typed, not read as our wording', () => {
    expect(wordingDefects('创始人讲ABC小馆的由来')).toContain('English')
    expect(wordingDefects('创始人讲ABC小馆的由来', ['ABC小馆'])).toEqual([])
  })
})

describe('no mechanical wording defect in any line of a plan', () => {
  test('plan, why panels and section summaries, over random answers', () => {
    fc.assert(
      fc.property(named, time, (a, now) => {
        const p = computePlan(a, now)
        expectClean(planLines(a, p), ownWords(a, p))
      }),
      { numRuns: 300 },
    )
  })

  test('the change list between two versions', () => {
    fc.assert(
      fc.property(named, named, time, (a, b, now) => {
        const p = computePlan(a, now)
        const q = computePlan(b, now)
        const lines = diffPlans({ answers: a, content: p }, { answers: b, content: q }).map((c) => ({
          where: `change ${c.path}`,
          line: c.summary,
        }))
        expectClean(lines, [...ownWords(a, p), ...ownWords(b, q)])
      }),
      { numRuns: 150 },
    )
  })

  test('the glossary', () => {
    expectClean(
      GLOSSARY.map((e) => ({ where: `glossary ${e.term}`, line: e.plain })),
      [],
    )
  })

  test('the first move the lead read quotes its topic: one colon-free sentence', () => {
    // Wednesday 2026-11-25: the calendar starts Monday 11-30, a week before 大雪 (12-07).
    const p = computePlan(answers({ industry: 'catering', contentForms: ['longArticle'] }), Date.UTC(2026, 10, 25, 2))
    const move = p.firstMoves?.find((m) => m.section === 'content')
    expect(move?.title).toBe('11月30日发第一条「大雪前后的应季招牌菜推荐」')
    expect(p.content.calendar[0]?.hook?.name).toBe('大雪')
  })

  test('a warm-up topic that already names its promotion does not name it twice', () => {
    const a = answers({ industry: 'retail', peaks: ['618'], weeklyCapacity: 7, contentForms: ['promotion'] })
    // 2026-06-08: 618 falls in the first weeks, as a hook and as a warm-up at once.
    const p = computePlan(a, Date.UTC(2026, 5, 8, 2))
    const topics = p.content.calendar.map((e) => e.topic)
    expect(topics.some((t) => t.includes('618'))).toBe(true)
    for (const t of topics) expect(t.split('618').length).toBeLessThanOrEqual(2)
  })
})
