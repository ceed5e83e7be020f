import type { Answers } from '../wizard/answers'
import { optionLabel, type ContentForm, type QuestionId } from '../wizard/questions'
import {
  ACCOUNT_RULES,
  CALENDAR_RULE,
  CONTENT_RULES,
  FIXED_HOOKS,
  LIVE_CONTENT,
  LUNAR_HOOKS,
  TECH_PROSE,
  toolLabel,
  TRADE_WORDS,
  type Hook,
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

/**
 * Live streaming sells only when selling is the goal (the article pairs it with 电商 → 销售转化);
 * for other goals its aim is our judgement.
 */
const LIVE_GOAL: Record<Answers['primaryGoal'], string | null> = {
  sales: null,
  brand: '品牌曝光与互动',
  service: '答疑与服务',
}

export function contentStrategy(a: Answers): ContentStrategyItem[] {
  return a.contentForms.map((form) => {
    const r = formRule(form)
    const liveGoal = form === 'live' ? LIVE_GOAL[a.primaryGoal] : null
    return {
      form,
      label: labelOfForm(form),
      platforms: [...r.platforms],
      goal: liveGoal ?? r.goal,
      why: liveGoal ? why([r.rule], ['contentForms', 'primaryGoal'], true) : why([r.rule], ['contentForms']),
    }
  })
}

/**
 * Seed 四 asks for hot topics and the user lifecycle: each week has a lifecycle focus, and topics
 * are written in the trade's words. Our wording; the owner adapts each to this week's news.
 */
const TOPICS: Record<ContentForm, readonly string[]> = {
  longArticle: [
    '{offer}是怎么做出来的',
    '{customer}最常问的5个问题',
    '一位老{customer}和我们的故事',
    '挑{offer}要看哪几点',
    '{place}幕后：团队的一天',
    '本月{offer}上新说明',
  ],
  shortVideo: [
    '30秒看{offer}出品全过程',
    '第一次来的{customer}怎么{act}',
    '{place}一分钟探访',
    '店员推荐的{offer}',
    '关于{offer}的常见误区',
    '{customer}的真实反馈',
  ],
  live: ['直播讲解{offer}并现场答疑', '{place}实景直播', '新品{offer}首发直播', '{customer}问答专场'],
  tutorial: [
    '3步学会在小程序里{act}',
    '{offer}使用指南',
    '新{customer}第一次{act}怎么选',
    '会员权益怎么用最划算',
    '常见问题一次讲清',
    '{act}之后还能做什么',
  ],
  promotion: ['本周{offer}限时优惠', '老{customer}回馈专享价', '{act}满额赠礼（不以转发为条件）', '周末{place}特惠'],
  story: ['创始人讲{name}的由来', '{place}里的一位员工', '我们坚持的一件小事', '{customer}写给我们的一封信'],
}

/** Which topics come first in each week: the lifecycle focus of that week. */
const WEEK_FOCUS = ['新客认知', '首次体验', '复购活跃', '口碑沉淀'] as const

function topicOf(form: ContentForm, k: number, week: number, a: Answers): string {
  const bank = TOPICS[form]
  const words = TRADE_WORDS[a.industry]
  const i = (week - 1 + k) % bank.length
  const base = bank[i].replace(/\{(\w+)\}/g, (_, key: string) =>
    key === 'name' ? a.name : (words[key as keyof typeof words] ?? ''),
  )
  // More posts of one form in a week than the bank has topics: a numbered series, never a repeat.
  return k >= bank.length ? `${base}（第${Math.floor(k / bank.length) + 1}期）` : base
}

/** A year's hooks with their instants, sorted: computed once per year (pure data, so memoised). */
const HOOK_YEARS = new Map<number, readonly { hook: Hook; at: number }[]>()
function hooksOfYear(year: number): readonly { hook: Hook; at: number }[] {
  let list = HOOK_YEARS.get(year)
  if (!list) {
    list = [...FIXED_HOOKS, ...(LUNAR_HOOKS[year] ?? [])]
      .map((hook) => ({ hook, at: Date.UTC(year, hook.month - 1, hook.day) - CHINA_OFFSET }))
      .sort((x, y) => x.at - y.at || x.hook.name.localeCompare(y.hook.name))
    HOOK_YEARS.set(year, list)
  }
  return list
}

const CHINA_OFFSET = 8 * 3600_000

/** The nearest hook (节日, 节气, 购物节) in [from, to). */
function firstHookBetween(from: number, to: number): { hook: Hook; at: number } | undefined {
  const y1 = new Date(from + CHINA_OFFSET).getUTCFullYear()
  const y2 = new Date(to + CHINA_OFFSET).getUTCFullYear()
  for (let y = y1; y <= y2; y++) for (const h of hooksOfYear(y)) if (h.at >= from && h.at < to) return h
  return undefined
}

function hookTopic(hook: Hook, a: Answers): string {
  const w = TRADE_WORDS[a.industry]
  if (hook.kind === 'solarTerm') return `${hook.name}前后：应季${w.offer}推荐`
  if (hook.kind === 'shopping') return `${hook.name}：${w.offer}活动预告`
  return `${hook.name}：${w.place}安排与${w.offer}推荐`
}

const channelOf = (tool: ToolId) => (tool === 'miniProgram' ? '小程序浮窗' : toolLabel(tool))

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
/** The week's lifecycle focus (seed 四: 用户生命周期), for the calendar's week headings. */
export const weekFocus = (week: number) => WEEK_FOCUS[(week - 1) % WEEK_FOCUS.length]

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
    const formCount = new Map<ContentForm, number>()
    const weekStart = start + (week - 1) * 7 * DAY
    // The week's seasonal hook: the nearest one from this Monday to the Sunday after next week's
    // Monday, so the post comes before the day.
    const hook = firstHookBetween(weekStart, weekStart + 10 * DAY)
    let hookUsed = false
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
        const answers: QuestionId[] = ['contentForms', 'weeklyCapacity', 'ageBands', 'industry']
        if (peak) {
          rules.push(TECH_PROSE.peak.id)
          answers.push('peaks')
        }
        const k = formCount.get(form) ?? 0
        formCount.set(form, k + 1)
        const useHook = !hookUsed && hook !== undefined && at <= hook.at && form !== 'tutorial'
        if (useHook) hookUsed = true
        const topic = useHook ? hookTopic(hook.hook, a) : topicOf(form, k, week, a)
        const entry: CalendarEntry = {
          week,
          day: slot.day,
          date: ymd(at),
          time: slot.time,
          band: slot.band,
          form,
          platform,
          topic: `${peak ? `${peak.label}预热·` : ''}${topic}`,
          channel: channelOf(platform),
          formLabel: labelOfForm(form),
          why: why(rules, answers, band.assumption),
        }
        if (useHook) entry.hook = { name: hook.hook.name, date: ymd(hook.at) }
        entries.push(entry)
        break
      }
    })
  }
  return entries
}
