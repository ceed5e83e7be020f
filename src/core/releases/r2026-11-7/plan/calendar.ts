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
  TOOL_IDS,
  toolLabel,
  TRADE_WORDS,
  type Hook,
  type ToolId,
  type ToolTarget,
} from '../rules'
import { comingMonday, DAY, nextOccurrence, PEAK_DAYS, ymd, ymdDays } from './dates'
import type { CalendarEntry, ContentStrategyItem, PostingSlot } from './schema'
import { bandInfo } from './schedule'
import { accountTypeUnclear, assumedLabel, labelOfForm, resolveTool } from './tools'
import { why } from './why'

interface FormRule {
  rule: string
  platforms: readonly string[]
  tools: readonly ToolTarget[]
  goal: string
}

/** Looked up once at module load: the calendar asks for a form's rule on every slot. */
const FORM_RULES = new Map<ContentForm, FormRule>(
  CONTENT_RULES.map((r) => [r.contentForm, { rule: r.id, platforms: r.platforms, tools: r.tools, goal: r.goal }]),
)

const formRule = (form: ContentForm): FormRule => FORM_RULES.get(form) ?? LIVE_CONTENT

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
 * are written in the trade's words. Our wording; the owner adapts each to this week's news. No
 * topic says 最 (the plan's own 绝对化用语 item would forbid it): 常问, 更划算.
 */
const TOPICS: Record<ContentForm, readonly string[]> = {
  longArticle: [
    '{offer}是怎么做出来的',
    '{customer}常问的5个问题',
    '一位老{customer}和我们的故事',
    '挑{offer}要看哪几点',
    '{place}团队幕后的一天',
    '本月{offer}上新说明',
  ],
  shortVideo: [
    '30秒看{offer}出品全过程',
    '第一次来的{customer}怎么{act}',
    '{place}一分钟探访',
    '{staff}推荐的{offer}',
    '关于{offer}的常见误区',
    '{customer}的真实反馈',
  ],
  live: ['直播讲解{offer}并现场答疑', '{place}实景直播', '{offer}上新直播', '{customer}问答专场'],
  tutorial: [
    '3步学会在小程序里{act}',
    '{offer}使用指南',
    '新{customer}第一次{act}怎么选',
    '会员权益怎么用更划算',
    '常见问题一次讲清',
    '{act}之后还能做什么',
  ],
  // "不以转发为条件" in words, not an aside: a series number may follow in brackets.
  promotion: ['本周{offer}限时优惠', '老{customer}回馈专享价', '{act}满额赠礼，不以转发为条件', '周末{place}特惠'],
  story: ['创始人讲{name}的由来', '{place}里的一位员工', '我们坚持的一件小事', '{customer}写给我们的一封信'],
}

/**
 * Trades the general topics do not fit, by form (the whole bank). Our wording, not the article's
 * (it names media only as 订阅号's 资讯推送). A media business publishes series and hosts its
 * readers: "栏目页一分钟探访" and "直播讲解栏目并现场答疑" told its owner nothing to do.
 *
 * Regulated trades get no testimonial: the general "{customer}的真实反馈", "一位老{customer}和我们的
 * 故事", "{customer}写给我们的一封信" and "{staff}推荐的{offer}" are what 广告法第十六条 (medical: no
 * endorsers, cm.adLaw16) and 第二十四条 (education: no students as endorsers, cm.adLaw24Endorsers)
 * forbid and the plan's own compliance section says so. In finance a customer's story is read as
 * a promise of returns (316号文: no implied guaranteed returns; our reading), so it gets none
 * either. Each gets topics about the service itself: the process, what to prepare, how to read
 * a risk level. `test/core/content-compliance.test.ts` checks every trade's topics against the
 * rules its plan's compliance section cites.
 */
const TRADE_TOPIC_BANKS: Partial<Record<Answers['industry'], Partial<Record<ContentForm, readonly string[]>>>> = {
  medical: {
    longArticle: [
      '一次就诊的完整流程',
      '{customer}常问的5个问题',
      '就诊前要准备什么',
      '怎么看懂检查报告单',
      '{place}团队幕后的一天',
      '本月门诊时间安排',
    ],
    shortVideo: [
      '30秒看懂预约流程',
      '第一次来的{customer}怎么{act}',
      '{place}一分钟探访',
      '一分钟健康科普',
      '关于就诊的常见误区',
      '候诊时可以做些什么',
    ],
    live: ['直播讲解就诊流程并现场答疑', '{place}实景直播', '健康科普直播', '{customer}问答专场'],
    story: ['创始人讲{name}的由来', '{place}里的一位员工', '我们坚持的一件小事', '我们怎样保护{customer}隐私'],
  },
  education: {
    longArticle: [
      '一门{offer}是怎么设计出来的',
      '{customer}常问的5个问题',
      '一节课是怎么备出来的',
      '选{offer}要看哪几点',
      '{place}团队幕后的一天',
      '本月{offer}上新说明',
    ],
    shortVideo: [
      '30秒看一节课怎么上',
      '第一次来的{customer}怎么{act}',
      '{place}一分钟探访',
      '{staff}讲一道典型题',
      '关于学习方法的常见误区',
      '一节试听课的片段',
    ],
    story: ['创始人讲{name}的由来', '{place}里的一位{staff}', '我们坚持的一件小事', '我们怎样备一节课'],
  },
  finance: {
    longArticle: [
      '一笔业务的办理流程',
      '{customer}常问的5个问题',
      '买理财前先看懂风险等级',
      '挑{offer}要看哪几点',
      '{place}团队幕后的一天',
      '本月{offer}上新说明',
    ],
    shortVideo: [
      '30秒看懂办理流程',
      '第一次来的{customer}怎么{act}',
      '{place}一分钟探访',
      '一分钟看懂风险提示',
      '关于{offer}的常见误区',
      '办理业务要带哪些材料',
    ],
    story: ['创始人讲{name}的由来', '{place}里的一位员工', '我们坚持的一件小事', '我们怎样做风险提示'],
  },
  media: {
    longArticle: [
      '一篇专题是怎么做出来的',
      '读者常问的5个问题',
      '一位老读者和我们的故事',
      '这个月值得一读的3篇',
      '编辑部幕后的一天',
      '下个月专题预告',
    ],
    shortVideo: [
      '1分钟讲清本期专题',
      '第一次来的读者怎么订阅',
      '带你逛一圈编辑部',
      '编辑推荐的本周好文',
      '读者常问的一个问题',
      '读者留言精选',
    ],
    live: ['编辑直播聊本期专题，现场回答读者提问', '编辑部开放日直播', '新专题上线直播', '读者问答专场'],
    tutorial: [
      '3步学会在小程序里订阅',
      '往期专题怎么找',
      '新读者先读哪几篇',
      '会员权益怎么用更划算',
      '常见问题一次讲清',
      '订阅之后还能做什么',
    ],
    promotion: ['本周订阅限时优惠', '老读者续订专享价', '年度订阅赠礼，不以转发为条件', '周末精选合集特惠'],
  },
}

/** Which topics come first in each week: the lifecycle focus of that week. */
const WEEK_FOCUS = ['新客认知', '首次体验', '复购活跃', '口碑沉淀'] as const

/**
 * The topic banks in each trade's words, filled in once at module load (the calendar needs a
 * topic for every slot of every plan). Each topic is kept as the text around the business name,
 * which is the only per-owner word: joined with the name when used.
 */
const TRADE_TOPICS = new Map<Answers['industry'], ReadonlyMap<ContentForm, readonly (readonly string[])[]>>(
  (Object.keys(TRADE_WORDS) as Answers['industry'][]).map((industry) => {
    const words = TRADE_WORDS[industry]
    const fill = (template: string) =>
      template
        .split('{name}')
        .map((part) => part.replace(/\{(\w+)\}/g, (_, key: string) => words[key as keyof typeof words] ?? ''))
    const own = TRADE_TOPIC_BANKS[industry] ?? {}
    const banks = (Object.keys(TOPICS) as ContentForm[]).map(
      (form) => [form, (own[form] ?? TOPICS[form]).map(fill)] as const,
    )
    return [industry, new Map(banks)]
  }),
)

function topicOf(bank: readonly (readonly string[])[], k: number, week: number, name: string): string {
  const parts = bank[(week - 1 + k) % bank.length]
  const base = parts.length === 1 ? parts[0] : parts.join(name)
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
  for (let y = y1; y <= y2; y++) {
    const list = hooksOfYear(y)
    // The list is sorted by instant: binary search for the first hook at or after `from`.
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (list[mid].at < from) lo = mid + 1
      else hi = mid
    }
    if (lo < list.length) return list[lo].at < to ? list[lo] : undefined
  }
  return undefined
}

function hookTopic(hook: Hook, a: Answers): string {
  const w = TRADE_WORDS[a.industry]
  // No colon inside a topic: the plan quotes it after its own label (发第一条「…」, 发布：…).
  // A media business plans a feature for a day, not its office's opening hours.
  if (a.industry === 'media') {
    if (hook.kind === 'solarTerm') return `${hook.name}节气专题`
    if (hook.kind === 'shopping') return `${hook.name}订阅优惠预告`
    return `${hook.name}特别策划`
  }
  if (hook.kind === 'solarTerm') return `${hook.name}前后的应季${w.offer}推荐`
  if (hook.kind === 'shopping') return `${hook.name}${w.offer}活动预告`
  return `${hook.name}期间${w.place}安排与${w.offer}推荐`
}

/** Each platform as the calendar names it, worked out once. */
const CHANNELS = new Map<ToolId, string>(
  TOOL_IDS.map((tool) => [tool, tool === 'miniProgram' ? '小程序浮窗' : toolLabel(tool)]),
)

/** Warm-up starts two weeks before a promotion day. */
const WARM_UP_DAYS = 14

/** Account limits from seed 三, spread evenly: 服务号 4 a month → one a week, never two a day. */
const LIMITS = new Map(
  ACCOUNT_RULES.filter((r) => r.maxPer4Weeks !== null).map((r, index) => [
    r.account as ToolId,
    { perWeek: Math.ceil((r.maxPer4Weeks ?? 0) / 4), perDay: r.maxPerDay ?? Infinity, rule: r.id, index },
  ]),
)

/** Posts so far this week of each limited account: per week, and per day (day × account). */
interface Counts {
  week: number[]
  day: number[]
}
const newCounts = (): Counts => ({ week: LIMITS_ZERO.slice(), day: new Array<number>(8 * LIMITS.size).fill(0) })
const LIMITS_ZERO: readonly number[] = new Array<number>(LIMITS.size).fill(0)

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
  // Per form of this owner, looked up once: its platforms, rule, label and posts so far this week.
  const perForm = forms.map((form) => ({
    form,
    platforms: candidates(form, a, tools),
    rule: formRule(form).rule,
    label: labelOfForm(form),
    topics: TRADE_TOPICS.get(a.industry)?.get(form) ?? [],
    count: 0,
  }))
  const peaks = a.peaks.map((p) => ({
    label: optionLabel('peaks', p),
    at: nextOccurrence(now, PEAK_DAYS[p][0], PEAK_DAYS[p][1]),
  }))
  // The 28 days of the calendar: each day's date and promotion warm-up worked out once, not per slot.
  // A 公众号 of a type the owner did not give is named as what the plan assumed, as in 账号.
  const unclear = accountTypeUnclear(a)
  const dates = ymdDays(start, 28)
  const peakOn: ((typeof peaks)[number] | undefined)[] = new Array(28)
  for (let p = peaks.length - 1; p >= 0; p--)
    for (let d = 0; d < 28; d++) {
      const at = start + d * DAY
      if (at <= peaks[p].at && at > peaks[p].at - WARM_UP_DAYS * DAY) peakOn[d] = peaks[p]
    }
  for (let week = 1; week <= 4; week++) {
    const counts = newCounts()
    for (let f = 0; f < perForm.length; f++) perForm[f].count = 0
    const weekStart = start + (week - 1) * 7 * DAY
    // The week's seasonal hook: the nearest one from this Monday to the Sunday after next week's
    // Monday, so the post comes before the day.
    const hook = firstHookBetween(weekStart, weekStart + 10 * DAY)
    let hookUsed = false
    for (let i = 0; i < schedule.length; i++) {
      const slot = schedule[i]
      const dayIndex = (week - 1) * 7 + slot.day - 1
      const at = start + dayIndex * DAY
      for (let j = 0; j < forms.length; j++) {
        const info = perForm[((week - 1) * schedule.length + i + j) % forms.length]
        const form = info.form
        const platform = firstWithRoom(info.platforms, slot.day, counts)
        if (!platform) continue
        const limit = LIMITS.get(platform)
        const peak = peakOn[dayIndex]
        const band = bandInfo(slot.band)
        // Built without duplicates (each id comes from a different rule family), so no why() pass.
        const rules = [info.rule, CALENDAR_RULE.id, band.rule]
        if (limit) {
          counts.week[limit.index]++
          counts.day[slot.day * LIMITS.size + limit.index]++
          rules.push(limit.rule)
        }
        const answers: QuestionId[] = ['contentForms', 'weeklyCapacity', 'ageBands', 'industry']
        if (peak) {
          rules.push(TECH_PROSE.peak.id)
          answers.push('peaks')
        }
        const k = info.count++
        const useHook = !hookUsed && hook !== undefined && at <= hook.at && form !== 'tutorial'
        if (useHook) hookUsed = true
        const topic = useHook ? hookTopic(hook.hook, a) : topicOf(info.topics, k, week, a.name)
        const entry: CalendarEntry = {
          week,
          day: slot.day,
          date: dates[dayIndex],
          time: slot.time,
          band: slot.band,
          form,
          platform,
          // A topic that already names the promotion (618活动预告) is not prefixed with it again.
          topic: peak && !topic.includes(peak.label) ? `${peak.label}预热·${topic}` : topic,
          channel:
            unclear && (platform === 'serviceAccount' || platform === 'subscriptionAccount')
              ? assumedLabel(platform)
              : (CHANNELS.get(platform) ?? platform),
          formLabel: info.label,
          why: { rules, answers, assumption: band.assumption },
        }
        if (useHook) entry.hook = { name: hook.hook.name, date: ymd(hook.at) }
        entries.push(entry)
        break
      }
    }
  }
  return entries
}

/** The first platform of a form still under its account limits this week and this day. */
function firstWithRoom(platforms: readonly ToolId[], day: number, counts: Counts): ToolId | undefined {
  for (let i = 0; i < platforms.length; i++) {
    const limit = LIMITS.get(platforms[i])
    if (!limit) return platforms[i]
    if (counts.week[limit.index] < limit.perWeek && counts.day[day * LIMITS.size + limit.index] < limit.perDay)
      return platforms[i]
  }
  return undefined
}
