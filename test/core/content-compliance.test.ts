import { computePlan, CONTENT_FORMS, INDUSTRIES, type Answers, type PlanContent } from '@/core'
import { checkCopy } from '@/core/copy-check'
import * as r2026_11_6 from '@/core/releases/r2026-11-6'
import * as r2026_11_7 from '@/core/releases/r2026-11-7'
import { RULES } from '@/core/rules'
import { answers } from './support/answers'

/**
 * No plan suggests what its own compliance section forbids. The plan's 合规清单 cites rules of the
 * rule base (广告法第十六条 for a clinic, 第二十四条 for a school …); the copy checker's phrase
 * rules are keyed to the same rules (`basis.legalRuleId`). So every post the plan suggests is run
 * through the checker with the plan's trade, and a finding keyed to a rule the plan's compliance
 * section cites is a contradiction: the plan would tell a clinic to post "患者的真实反馈" and, a
 * few sections down, not to use patients as endorsers. Nothing here lists the offending topics:
 * what is forbidden comes from the rule base, what is suggested from the engine.
 */

type Compute = (a: Answers, now: number) => PlanContent

/** What the plan suggests publishing: the calendar's topics and the first move that quotes one. */
function suggestions(p: PlanContent): string[] {
  return [
    ...p.content.calendar.map((e) => e.topic),
    ...(p.firstMoves ?? []).filter((m) => m.section === 'content').map((m) => m.title),
  ]
}

/**
 * What the plan's compliance section tells the owner not to do: the rules its items cite, and the
 * sources it names (广告法第二十四条 covers all of that article, whichever of its rules an item cites).
 */
function forbiddenBy(p: PlanContent): { rules: Set<string>; refs: Set<string> } {
  return {
    rules: new Set(p.compliance.flatMap((c) => c.why.rules)),
    refs: new Set(p.compliance.flatMap((c) => [c.source, ...(c.moreSources ?? [])].flatMap((s) => (s ? [s.ref] : [])))),
  }
}

// Every trade, every content form alone and all together, with and without efficacy claims (which
// bring in the 功效 and 绝对化用语 items), a promotion season, over dates that cross the year's hooks.
const TIMES = [Date.UTC(2026, 0, 5, 2), Date.UTC(2026, 4, 25, 2), Date.UTC(2026, 9, 20, 2)]
const COMBINATIONS = INDUSTRIES.flatMap((industry) =>
  [...CONTENT_FORMS.map((f) => [f.value]), CONTENT_FORMS.map((f) => f.value)].flatMap((contentForms) =>
    ['yes', 'no'].map((efficacyClaims) =>
      answers({
        industry: industry.value,
        contentForms,
        efficacyClaims,
        weeklyCapacity: 14,
        peaks: ['618', 'double11'],
        activities: ['luckyDraw', 'externalLinks'],
      }),
    ),
  ),
)

function conflicts(compute: Compute): string[] {
  const found = new Set<string>()
  for (const a of COMBINATIONS)
    for (const now of TIMES) {
      const p = compute(a, now)
      const forbidden = forbiddenBy(p)
      for (const text of new Set(suggestions(p)))
        for (const f of checkCopy(text, { industry: a.industry }).findings) {
          // A missing notice is about a whole post; a topic is its title.
          if (!f.span) continue
          const refs = [f.basis, ...(f.basis.more ?? [])].map((b) => b.ref).filter((r) => forbidden.refs.has(r))
          const rule = f.basis.legalRuleId && forbidden.rules.has(f.basis.legalRuleId) ? [f.basis.legalRuleId] : []
          if (refs.length + rule.length === 0) continue
          found.add(
            `${a.industry}: “${text}” — ${f.categoryLabel}「${f.excerpt}」, forbidden by ${[...rule, ...refs].join('、')}`,
          )
        }
    }
  return [...found].sort()
}

describe('content suggestions agree with the plan’s compliance section', () => {
  test('covers every trade and every content form', () => {
    expect(new Set(COMBINATIONS.map((a) => a.industry)).size).toBe(INDUSTRIES.length)
    expect(new Set(COMBINATIONS.flatMap((a) => a.contentForms)).size).toBe(CONTENT_FORMS.length)
  })

  test('no plan suggests a post its own compliance section forbids', () => {
    expect(conflicts(computePlan)).toEqual([])
  })

  test('the check fails on the 2026.11-6 engine: testimonials for a clinic and a school', () => {
    const old = conflicts((a, now) => r2026_11_6.computePlan(a as never, now) as unknown as PlanContent)
    expect(old.some((c) => c.startsWith('medical:') && c.includes('广告法第十六条'))).toBe(true)
    expect(old.some((c) => c.startsWith('education:') && c.includes('广告法第二十四条'))).toBe(true)
  })

  test('the medical and education compliance items say what the calendar leaves out', () => {
    for (const industry of ['medical', 'education'] as const) {
      const p = computePlan(answers({ industry }), TIMES[0])
      const item = p.compliance.find((c) => c.id === `${industry}Marketing`)
      // Each names who may not vouch for the service, in the owner's words for that person.
      expect(item?.measure).toMatch(industry === 'medical' ? /患者/ : /学员/)
    }
  })
})

/**
 * Our own advice (playbook reasons, first moves, positioning, tools …) is text an owner may paste
 * into a post, so it says what it means without absolute terms: 更容易 for 最容易, 排在首位 for
 * 排第一. The compliance section is left out: naming the words to avoid is its job (the next
 * describe checks that the checker reads those as mentions). The article's own words are quotes
 * and would stay (a seed rule's verbatim source); none of them uses an absolute term.
 */
const SEED_QUOTES = RULES.filter((r) => r.origin === 'seed').map((r) => r.source)

function adviceTexts(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (/[\u4e00-\u9fff]/.test(value) && !SEED_QUOTES.some((q) => q.includes(value))) out.add(value)
  } else if (Array.isArray(value)) for (const x of value) adviceTexts(x, out)
  else if (value && typeof value === 'object')
    for (const [k, x] of Object.entries(value)) if (k !== 'compliance') adviceTexts(x, out)
  return out
}

function absoluteAdvice(compute: Compute): string[] {
  const found = new Set<string>()
  for (const a of COMBINATIONS)
    for (const now of TIMES)
      for (const text of adviceTexts(compute(a, now), new Set()))
        for (const f of checkCopy(text, { industry: a.industry }).findings)
          if (f.category === 'absolute') found.add(`${a.industry}: “${text}” — 「${f.excerpt}」`)
  return [...found].sort()
}

describe('our own advice uses no absolute terms', () => {
  test('no text of any plan outside its compliance section is an absolute-term finding', () => {
    expect(absoluteAdvice(computePlan)).toEqual([])
  })

  test('the check fails on the 2026.11-7 engine: 最容易, 最常用, 最可能, 排第一', () => {
    const old = absoluteAdvice((a, now) => r2026_11_7.computePlan(a as never, now) as unknown as PlanContent)
    for (const word of ['最容易', '最常用', '最可能', '第一'])
      expect(old.some((c) => c.endsWith(`「${word}」`))).toBe(true)
  })

  test('a compliance item that names the words to avoid is not itself a finding', () => {
    // 绝对化用语: “国家级”“最高级”“最佳” … “顶级”“唯一”等长词表 are mentions, not claims.
    for (const industry of ['catering', 'retail'] as const) {
      const p = computePlan(answers({ industry, efficacyClaims: 'yes' }), TIMES[0])
      const item = p.compliance.find((c) => c.risk === '绝对化用语')
      expect(item?.measure).toMatch(/最佳/)
      const findings = checkCopy(item?.measure ?? '', { industry }).findings
      expect(findings.map((f) => f.excerpt)).toEqual([])
    }
  })
})
