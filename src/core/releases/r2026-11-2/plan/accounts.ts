import type { Answers } from '../wizard/answers'
import type { QuestionId } from '../wizard/questions'
import { ACCOUNT_RULES, toolLabel } from '../rules'
import type { AccountPlan, CalendarEntry, ToolRecommendation } from './schema'
import { why } from './why'

/** The account types the tool mix uses, with the seed's cadence and what the calendar really plans. */
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
    out.push({
      account: r.account,
      label: toolLabel(r.account),
      cadence: r.cadence,
      perWeek: realtime ? null : Math.round((posts / 4) * 10) / 10,
      // Scenarios the owner asked for first, then the rest the seed lists.
      scenarios: [...wanted, ...r.scenarios.filter((s) => !wanted.includes(s))],
      why: why(
        [r.id, ...tool.why.rules],
        [...(tool.why.answers as QuestionId[]), ...(realtime ? [] : (['weeklyCapacity'] as const))],
      ),
    })
  }
  return out
}

const SCENARIO_NEEDS: Record<string, readonly Answers['needs'][number][]> = {
  预约服务: ['booking'],
  会员体系: ['membership'],
  客户服务: ['realtimeService'],
  内部协同: ['internalCollab'],
}
