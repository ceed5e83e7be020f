import type { Answers } from '../wizard/answers'
import type { QuestionId } from '../wizard/questions'
import { accountTypeUnclear, assumedLabel } from './tools'
import { ACCOUNT_RULES, toolLabel } from '../rules'
import type { AccountPlan, CalendarEntry, ToolRecommendation } from './schema'
import { why } from './why'

/** "每周2条" or "每周1.5条（4周共6条）": what the calendar plans, in the owner's words. */
export function plannedCadence(posts: number): string {
  if (posts === 0) return '本计划不安排发文'
  const perWeek = posts / 4
  return Number.isInteger(perWeek) ? `每周${perWeek}条` : `4周共${posts}条（约每周${Math.round(perWeek * 10) / 10}条）`
}

/**
 * The account types the tool mix uses. The cadence shown is what this plan's calendar schedules;
 * the article's cadence (seed 三) is shown beside it as the norm, with why this plan differs.
 */
export function planAccounts(
  a: Answers,
  tools: readonly ToolRecommendation[],
  calendar: readonly CalendarEntry[],
): AccountPlan[] {
  const out: AccountPlan[] = []
  for (const r of ACCOUNT_RULES) {
    const tool = tools.find((t) => t.tool === r.account)
    if (!tool) continue
    const realtime = r.maxPer4Weeks === null
    const posts = calendar.filter((e) => e.platform === r.account).length
    const wanted = r.scenarios.filter((s) => SCENARIO_NEEDS[s]?.some((n) => a.needs.includes(n)))
    const scenarios = [...wanted, ...r.scenarios.filter((s) => !wanted.includes(s))]
    const cadence = realtime ? r.cadence : plannedCadence(posts)
    const plan: AccountPlan = {
      account: r.account,
      label: toolLabel(r.account),
      cadence,
      perWeek: realtime ? null : Math.round((posts / 4) * 10) / 10,
      norm: r.cadence,
      scenarios,
      why: why(
        [r.id, ...tool.why.rules],
        [...(tool.why.answers as QuestionId[]), ...(realtime ? [] : (['weeklyCapacity', 'contentForms'] as const))],
      ),
    }
    if (!realtime && accountTypeUnclear(a)) {
      // Ticked 公众号, type blank or 不清楚: say which type this section assumed and how to check,
      // never present the assumed type as the one the owner has.
      const type = r.account === 'serviceAccount' ? 'serviceAccount' : 'subscriptionAccount'
      plan.label = assumedLabel(type)
      plan.check = TYPE_CHECK[type]
      plan.why = why(plan.why.rules, [...(plan.why.answers as QuestionId[]), 'assets', 'officialAccountType'], true)
    }
    const normPosts = r.maxPer4Weeks ?? 0
    if (!realtime && posts !== normPosts) plan.normNote = normNote(a, posts, normPosts, r.account)
    if (!realtime && posts === 0) plan.purpose = `不发文，用于${scenarios.join('、')}：做好菜单、自动回复和服务入口`
    out.push(plan)
  }
  return out
}

function normNote(a: Answers, posts: number, normPosts: number, account: string): string {
  if (posts > normPosts) return `比原文常规多：你的团队每周能做${a.weeklyCapacity}条`
  if (posts === 0)
    return account === 'subscriptionAccount'
      ? '你选的内容形式在本计划里优先发在别的渠道，这个号先不发文'
      : '本计划的内容先发在别的渠道，这个号先不发文'
  return `你的团队每周能做${a.weeklyCapacity}条内容，要分给各个渠道和内容形式，这个号排不满原文的频率；宁可少发，也要每条做好`
}

const HOW_TO_CHECK = '你有公众号，但没说是服务号还是订阅号，在公众号后台“设置与开发—账号设置”里能看到类型。'
const TYPE_CHECK = {
  serviceAccount: `${HOW_TO_CHECK}这里暂按服务号安排（每月最多群发4次）；如果是订阅号，也可以照这个安排发。`,
  subscriptionAccount: `${HOW_TO_CHECK}这里暂按订阅号安排；如果是服务号，每月最多群发4次，多出来的内容改发到别的渠道。`,
} as const

const SCENARIO_NEEDS: Record<string, readonly Answers['needs'][number][]> = {
  预约服务: ['booking'],
  会员体系: ['membership'],
  客户服务: ['realtimeService'],
  内部协同: ['internalCollab'],
}
