import type { Answers } from '../wizard/answers'
import type { QuestionId } from '../wizard/questions'
import { CATERING_RULE, COMPETITION_RULES, OBSERVE_RULE, tradeExperience } from '../rules'
import type { DifferentiationItem } from './schema'
import { why } from './why'

export function competitorNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；/\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]
}

/** The competitor pattern's usual play and where to differ, plus the seed's industry example. */
export function differentiation(a: Answers): DifferentiationItem[] {
  const competitors = competitorNames(a.competitorNames)
  const named: QuestionId[] = competitors.length > 0 ? ['competitorNames'] : []
  const out: DifferentiationItem[] = []
  const r = COMPETITION_RULES.find((x) => x.pattern === a.competitorPattern)
  if (r) {
    // The article's 场景化购物体验 is retail wording: other trades read it in their own words.
    const adapted = r.innovation.replace('购物体验', tradeExperience(a.industry))
    const item: DifferentiationItem = {
      id: r.id,
      pattern: r.feature,
      usual: r.usual,
      innovation: adapted,
      competitors,
      why: why(
        [r.id],
        adapted === r.innovation ? ['competitorPattern', ...named] : ['competitorPattern', 'industry', ...named],
      ),
    }
    if (adapted !== r.innovation) item.original = r.innovation
    out.push(item)
  } else
    out.push({
      id: OBSERVE_RULE.id,
      pattern: '还不清楚',
      usual: '待观察',
      innovation: '先观察竞品的菜单设置、自动回复话术和活动形式，再找你能做得不一样的地方',
      competitors,
      why: why([OBSERVE_RULE.id], ['competitorPattern', ...named]),
    })
  if (a.industry === 'catering')
    out.push({
      id: CATERING_RULE.id,
      pattern: '餐饮同行',
      usual: '传统优惠券发放',
      innovation: '在小程序增加“智能点餐”功能',
      competitors,
      why: why([CATERING_RULE.id], ['industry', ...named]),
    })
  return out
}
