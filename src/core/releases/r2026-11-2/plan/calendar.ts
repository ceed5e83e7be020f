import type { Answers } from '../wizard/answers'
import { optionLabel, type ContentForm, type QuestionId } from '../wizard/questions'
import {
  ACCOUNT_RULES,
  CALENDAR_RULE,
  CONTENT_RULES,
  LIVE_CONTENT,
  TECH_PROSE,
  type ToolId,
  type ToolTarget,
} from '../rules'
import { comingMonday, DAY, nextOccurrence, PEAK_DAYS, ymd } from './dates'
import type { CalendarEntry, ContentStrategyItem, PostingSlot } from './schema'
import { bandInfo } from './schedule'
import { labelOfForm, resolveTool } from './tools'
import { why } from './why'

interface FormRule {
  rule: string
  platforms: readonly string[]
  tools: readonly ToolTarget[]
  goal: string
}

function formRule(form: ContentForm): FormRule {
  const r = CONTENT_RULES.find((c) => c.contentForm === form)
  return r ? { rule: r.id, platforms: r.platforms, tools: r.tools, goal: r.goal } : LIVE_CONTENT
}

export function contentStrategy(a: Answers): ContentStrategyItem[] {
  return a.contentForms.map((form) => {
    const r = formRule(form)
    return {
      form,
      label: labelOfForm(form),
      platforms: [...r.platforms],
      goal: r.goal,
      why: why([r.rule], ['contentForms']),
    }
  })
}

/** Seed 四 asks for hot topics and the user lifecycle: each week of the month has one lifecycle focus. */
const LIFECYCLE = ['新客认知', '首次体验', '复购活跃', '口碑沉淀'] as const

const TOPICS: Record<ContentForm, string> = {
  longArticle: '行业深度长文',
  shortVideo: '短剧式短视频',
  live: '直播讲解与下单',
  tutorial: '产品上手教程',
  promotion: '限时优惠',
  story: '品牌故事',
}

/** Warm-up starts two weeks before a promotion day. */
const WARM_UP_DAYS = 14

/** Account limits from seed 三, spread evenly: 服务号 4 a month → one a week, never two a day. */
const LIMITS = new Map(
  ACCOUNT_RULES.filter((r) => r.maxPer4Weeks !== null).map((r) => [
    r.account as ToolId,
    { perWeek: Math.ceil((r.maxPer4Weeks ?? 0) / 4), perDay: r.maxPerDay ?? Infinity, rule: r.id },
  ]),
)

function candidates(form: ContentForm, a: Answers, tools: ReadonlySet<ToolId>): ToolId[] {
  const out: ToolId[] = []
  for (const target of formRule(form).tools)
    for (const { tool } of resolveTool(target, a)) if (tools.has(tool) && !out.includes(tool)) out.push(tool)
  return out
}

/**
 * Four weeks from the coming Monday. Each weekly slot gets the next content form in turn (so
 * every form the team can make appears) on the first platform of that form that is in the tool
 * mix and still under its account limit; a slot nothing fits stays empty rather than overflowing.
 */
export function contentCalendar(
  a: Answers,
  schedule: readonly PostingSlot[],
  tools: ReadonlySet<ToolId>,
  now: number,
): CalendarEntry[] {
  const start = comingMonday(now)
  const forms = a.contentForms
  const entries: CalendarEntry[] = []
  const platformsOf = new Map(forms.map((f) => [f, candidates(f, a, tools)]))
  const bands = new Map(schedule.map((s) => [s.band, bandInfo(s.band)]))
  const peaks = a.peaks.map((p) => ({
    label: optionLabel('peaks', p),
    at: nextOccurrence(now, PEAK_DAYS[p][0], PEAK_DAYS[p][1]),
  }))
  for (let week = 1; week <= 4; week++) {
    const perWeek = new Map<ToolId, number>()
    const perDay = new Map<string, number>()
    schedule.forEach((slot, i) => {
      const at = start + ((week - 1) * 7 + slot.day - 1) * DAY
      for (let j = 0; j < forms.length; j++) {
        const form = forms[((week - 1) * schedule.length + i + j) % forms.length]
        const platform = (platformsOf.get(form) ?? []).find((t) => {
          const limit = LIMITS.get(t)
          if (!limit) return true
          return (perWeek.get(t) ?? 0) < limit.perWeek && (perDay.get(`${slot.day}|${t}`) ?? 0) < limit.perDay
        })
        if (!platform) continue
        perWeek.set(platform, (perWeek.get(platform) ?? 0) + 1)
        perDay.set(`${slot.day}|${platform}`, (perDay.get(`${slot.day}|${platform}`) ?? 0) + 1)
        const peak = peaks.find((p) => at <= p.at && at > p.at - WARM_UP_DAYS * DAY)
        const band = bands.get(slot.band) ?? bandInfo(slot.band)
        const rules = [formRule(form).rule, CALENDAR_RULE.id, band.rule]
        const limit = LIMITS.get(platform)
        if (limit) rules.push(limit.rule)
        const answers: QuestionId[] = ['contentForms', 'weeklyCapacity', 'ageBands']
        if (peak) {
          rules.push(TECH_PROSE.peak.id)
          answers.push('peaks')
        }
        entries.push({
          week,
          day: slot.day,
          date: ymd(at),
          time: slot.time,
          band: slot.band,
          form,
          platform,
          topic: `${peak ? `${peak.label}预热·` : ''}${LIFECYCLE[week - 1]}：${TOPICS[form]}`,
          why: why(rules, answers, band.assumption),
        })
        break
      }
    })
  }
  return entries
}
