import type { Answers } from '../wizard/answers'
import { optionLabel } from '../wizard/questions'
import {
  COMPLIANCE_PROSE,
  EMPHASIS_RULES,
  ITERATION_RULES,
  LAYERS_RULE,
  OBSERVE_RULE,
  STRATEGY_RULES,
  TECH_PROSE,
} from '../rules'
import { competitorNames } from './differentiation'
import { addMonths, nextOccurrence, PEAK_DAYS, ymd } from './dates'
import type { IterationPlan } from './schema'
import { why } from './why'

/** The next review, one quarter after the plan is computed, and what to re-check then. */
export function iteration(a: Answers, now: number): IterationPlan {
  const reviewAt = addMonths(now, 3)
  const strategy = STRATEGY_RULES.find((r) => r.customerModel === a.customerModel) ?? STRATEGY_RULES[0]
  const checks: IterationPlan['checks'] = [
    { item: '对照指标目标复盘实际数据，调整下季度目标', why: why([ITERATION_RULES.quarterly.id, LAYERS_RULE.id], []) },
    {
      item: '复核工具组合的排序是否仍符合业务重点',
      why: why([ITERATION_RULES.quarterly.id, strategy.id], ['customerModel']),
    },
    { item: '检查视频号直播、小程序跳转限制等平台政策变化', why: why([ITERATION_RULES.policy.id], []) },
    { item: '检查微信规则和广告法要求有无更新，复核合规清单', why: why([COMPLIANCE_PROSE.platformRules.id], []) },
  ]
  const names = competitorNames(a.competitorNames)
  checks.push({
    item: `重新观察竞品${names.length > 0 ? `（${names.join('、')}）` : ''}的菜单、自动回复和活动形式`,
    why: why([OBSERVE_RULE.id], names.length > 0 ? ['competitorPattern', 'competitorNames'] : ['competitorPattern']),
  })
  for (const p of a.peaks) {
    const at = nextOccurrence(now, PEAK_DAYS[p][0], PEAK_DAYS[p][1])
    if (at <= reviewAt)
      checks.push({
        item: `${optionLabel('peaks', p)}（${ymd(at)}）在下次复盘前：提前压测、扩容`,
        why: why([TECH_PROSE.peak.id, ITERATION_RULES.quarterly.id], ['peaks']),
      })
  }
  const startup = EMPHASIS_RULES.find((r) => r.when.stage === 'startup')
  const mature = EMPHASIS_RULES.find((r) => r.when.stage === 'mature')
  if (a.stage === 'startup' && startup && mature)
    checks.push({
      item: '公众号认知建立后，评估何时把重心转向小程序转化',
      why: why([startup.id, mature.id], ['stage']),
    })
  return { reviewAt, reviewDate: ymd(reviewAt), checks, why: why([ITERATION_RULES.quarterly.id], []) }
}
