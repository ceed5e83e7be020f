import fc from 'fast-check'
import {
  computePlan,
  diffPlans,
  explainWhy,
  GLOSSARY,
  PLAN_SECTIONS,
  QUESTIONS,
  sectionSummary,
  type Answers,
  type PlanContent,
} from '@/core'
import { answers, validAnswers } from './support/answers'
import { explainedItems } from './support/plan'
import { shownText } from './support/text'
import { labelDefects, wordingDefects } from './support/wording'
import * as r2026_11_5 from '@/core/releases/r2026-11-5'

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

const OPTION_LABELS = QUESTIONS.flatMap((q) => ('options' in q ? q.options.map((o) => o.label) : []))

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
    ['two brackets in a row', '下单满额赠礼（不以转发为条件）（第2期）'],
    ['two brackets in a row', '《广告绝对化用语执法指南》（市场监管总局2023年）（监管规定）：同义词也算'],
    ['label repeated at the start of its text', '怎么确认：请确认文案里有没有功效说法'],
    ['label repeated at the start of its text', '先改活动：活动规则写清楚'],
    ['word repeated across a label and its text', '直播带货：每周固定时段开播，直播间挂小程序商品'],
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
    '不用法条点名的“国家级”“最高级”“最佳”',
    '出处：广告法第九条第三项（法律条文）；行业极限词清单（行业惯例）',
    '应对：改用积分体系替代转发抽奖',
    '年度订阅赠礼，不以转发为条件（第2期）',
  ])('reads “%s” as clean', (line) => {
    expect(wordingDefects(line)).toEqual([])
  })

  test.each([
    ['请确认', '请确认：还没回答接口是否全部使用HTTPS', 'label repeated at the start of its text'],
    ['元旦', '元旦期间门店安排与招牌菜推荐', 'label repeated at the start of its text'],
    ['转化目标', '让第一次来的人完成一次转化', 'word repeated across a label and its text'],
  ])('a tag or label “%s” before “%s”: %s', (label, text, defect) => {
    expect(labelDefects(label, text)).toEqual([defect])
  })

  test.each([
    ['请确认', '还没回答接口是否全部使用HTTPS'],
    ['怎么确认', '请负责技术的人查一下所有接口是否都用HTTPS'],
    ['节日', '元旦期间门店安排与招牌菜推荐'],
  ])('a tag or label “%s” before “%s” reads cleanly', (label, text) => {
    expect(labelDefects(label, text)).toEqual([])
  })

  test('the owner’s own words are theirs: quoted as typed, not read as our wording', () => {
    expect(wordingDefects('创始人讲ABC小馆的由来')).toContain('English')
    expect(wordingDefects('创始人讲ABC小馆的由来', ['ABC小馆'])).toEqual([])
  })
})

/**
 * The checks added with rule base 2026.11-6 each find what 2026.11-5 wrote: each would have
 * failed on it. The page's labels before the engine's words are composed as the page does
 * (`test/components/plan-wording.test.tsx` reads the real page).
 */
describe('the 2026.11-6 checks fail on what the 2026.11-5 engine wrote', () => {
  const found = (compute: (a: Answers, now: number) => PlanContent) => {
    const kinds = new Set<string>()
    for (const [a, now] of fc.sample(fc.tuple(named, time), { numRuns: 200, seed: 6 })) {
      const p = compute(a, now)
      const own = ownWords(a, p)
      const lines = planLines(a, p).map((l) => l.line)
      for (const c of p.compliance) {
        for (const d of labelDefects(c.priority === 'check' ? '请确认' : '触发', c.trigger, own)) kinds.add(d)
        lines.push(`${c.priority === 'check' ? '怎么查' : '应对'}：${c.measure}`)
      }
      for (const m of p.firstMoves ?? []) lines.push(m.title)
      for (const line of lines) for (const d of wordingDefects(line, own)) kinds.add(d)
    }
    return kinds
  }
  const NEW_CHECKS = [
    'two brackets in a row',
    'label repeated at the start of its text',
    'word repeated across a label and its text',
  ]
  const old = found((a, now) => r2026_11_5.computePlan(a as never, now) as unknown as PlanContent)
  const now = found(computePlan)

  test.each(NEW_CHECKS)('%s: found in 2026.11-5, not in the current rule base', (kind) => {
    expect(old.has(kind)).toBe(true)
    expect(now.has(kind)).toBe(false)
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
        // A change quotes the answers as given ("技术开发：自有技术团队 → 暂无技术人员"): the
        // options' labels are the owner's choice, read as one word each like the owner's own.
        expectClean(lines, [...ownWords(a, p), ...ownWords(b, q), ...OPTION_LABELS])
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
