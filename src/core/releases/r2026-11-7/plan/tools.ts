import type { Answers } from '../wizard/answers'
import { optionLabel, type QuestionId } from '../wizard/questions'
import {
  ACCOUNT_RULES,
  ACCOUNT_TYPE_RULES,
  AGE_FORMS_RULE,
  CATERING_RULE,
  CONTENT_RULES,
  EMPHASIS_RULES,
  LIVE_CONTENT,
  PLAYBOOK_RULES,
  STRATEGY_RULES,
  TOOL_IDS,
  toolLabel,
  type ToolId,
  type ToolTarget,
} from '../rules'
import type { ToolRecommendation } from './schema'
import { why } from './why'

/** One reason to use some tools; a tool's score is the sum of its reasons' weights. */
interface Vote {
  targets: readonly ToolTarget[]
  weight: number
  reason: string
  rule?: string
  answers: QuestionId[]
  /** The owner said they already have these tools. */
  existing?: boolean
}

/**
 * The seed's plain "公众号" becomes the account type(s) the service pattern calls for. With both
 * patterns the 服务号 comes first: its 4 posts a month are scarce, the 订阅号 takes the rest.
 */
export function resolveTool(target: ToolTarget, a: Answers): readonly Resolved[] {
  if (target !== 'officialAccount') return PLAIN_TARGETS.get(target) ?? [{ tool: target, rule: null }]
  if (a.servicePattern === 'lowFrequency') return SERVICE_ONLY
  if (a.servicePattern === 'highFrequency') return SUBSCRIPTION_ONLY
  return BOTH_ACCOUNTS
}

interface Resolved {
  readonly tool: ToolId
  readonly rule: string | null
}
// Shared, frozen answers: resolveTool runs for every vote and calendar form of every plan.
const SERVICE: Resolved = Object.freeze({ tool: 'serviceAccount', rule: ACCOUNT_TYPE_RULES.lowFrequency.id })
const SUBSCRIPTION: Resolved = Object.freeze({
  tool: 'subscriptionAccount',
  rule: ACCOUNT_TYPE_RULES.highFrequency.id,
})
const SERVICE_ONLY: readonly Resolved[] = Object.freeze([SERVICE])
const SUBSCRIPTION_ONLY: readonly Resolved[] = Object.freeze([SUBSCRIPTION])
const BOTH_ACCOUNTS: readonly Resolved[] = Object.freeze([SERVICE, SUBSCRIPTION])
const PLAIN_TARGETS = new Map<ToolId, readonly Resolved[]>(
  TOOL_IDS.map((tool) => [tool, Object.freeze([Object.freeze({ tool, rule: null })])]),
)

const ASSET_TOOLS = {
  miniProgram: 'miniProgram',
  wecom: 'wecom',
  channels: 'channels',
  community: 'community',
} as const satisfies Record<Exclude<Answers['assets'][number], 'officialAccount'>, ToolId>

/** The 公众号 accounts the owner said they have; none when they did not say which type. */
export function ownedAccounts(a: Answers): ToolId[] {
  switch (a.officialAccountType) {
    case 'service':
      return ['serviceAccount']
    case 'subscription':
      return ['subscriptionAccount']
    case 'both':
      return ['serviceAccount', 'subscriptionAccount']
    default:
      return []
  }
}

/** The owner ticked 公众号 but did not say (or know) which type: the plan asks them to check. */
export const accountTypeUnclear = (a: Answers) => a.assets.includes('officialAccount') && ownedAccounts(a).length === 0

function votes(a: Answers): Vote[] {
  const out: Vote[] = []
  const strategy = STRATEGY_RULES.find((r) => r.customerModel === a.customerModel)
  if (strategy) {
    const [kind, , mix] = strategy.source.split(' | ')
    out.push({
      targets: strategy.tools,
      weight: 3,
      reason: `${kind}的推荐组合是${mix}`,
      rule: strategy.id,
      answers: ['customerModel'],
    })
  }
  for (const r of EMPHASIS_RULES) {
    if (r.when.industry && r.when.industry === a.industry)
      out.push({ targets: r.tools, weight: 2, reason: r.reason, rule: r.id, answers: ['industry'] })
    if (r.when.stage && r.when.stage === a.stage)
      out.push({ targets: r.tools, weight: 2, reason: r.reason, rule: r.id, answers: ['stage'] })
  }
  const [service, , wecom] = ACCOUNT_RULES
  if (a.needs.includes('booking') || a.needs.includes('membership'))
    out.push({
      targets: ['serviceAccount'],
      weight: 2,
      reason: '预约服务、会员体系适合服务号',
      rule: service.id,
      answers: ['needs'],
    })
  if (a.needs.includes('realtimeService') || a.needs.includes('internalCollab'))
    out.push({
      targets: ['wecom'],
      weight: 2,
      reason: '客户服务、内部协同用企业微信实时沟通',
      rule: wecom.id,
      answers: ['needs'],
    })
  if (a.needs.includes('store'))
    out.push({
      targets: ['miniProgram'],
      weight: 2,
      reason: '线上卖货用小程序商城',
      rule: LIVE_CONTENT.rule,
      answers: ['needs'],
    })
  if (a.needs.includes('live'))
    out.push({
      targets: ['channels'],
      weight: 2,
      reason: '直播用视频号直播',
      rule: LIVE_CONTENT.rule,
      answers: ['needs'],
    })
  for (const form of a.contentForms) {
    const r = CONTENT_RULES.find((c) => c.contentForm === form)
    const targets = r ? r.tools : LIVE_CONTENT.tools
    const reason = r
      ? `${r.platforms.join('+')}发${labelOfForm(form)}（${r.goal}）`
      : `视频号直播（${LIVE_CONTENT.goal}）`
    out.push({ targets, weight: 1, reason, rule: r ? r.id : LIVE_CONTENT.rule, answers: ['contentForms'] })
  }
  if (a.ageBands.includes('18-25'))
    out.push({
      targets: ['channels'],
      weight: 1,
      reason: '年轻用户偏好短视频',
      rule: AGE_FORMS_RULE.id,
      answers: ['ageBands'],
    })
  if (a.ageBands.includes('46+'))
    out.push({
      targets: ['officialAccount'],
      weight: 1,
      reason: '中老年用户更依赖公众号图文',
      rule: AGE_FORMS_RULE.id,
      answers: ['ageBands'],
    })
  if (a.industry === 'catering')
    out.push({
      targets: ['miniProgram'],
      weight: 1,
      reason: '餐饮可在小程序做智能点餐',
      rule: CATERING_RULE.id,
      answers: ['industry'],
    })
  // Our heuristic, not the seed's: reviving an account you own beats opening a new one.
  for (const asset of a.assets)
    if (asset !== 'officialAccount')
      out.push({
        targets: [ASSET_TOOLS[asset]],
        weight: 1,
        reason: '已在使用，先盘活现有账号',
        answers: ['assets'],
        existing: true,
      })
  const owned = ownedAccounts(a)
  if (owned.length > 0)
    out.push({
      targets: owned,
      weight: 1,
      reason: '已在使用，先盘活现有账号',
      answers: ['assets', 'officialAccountType'],
      existing: true,
    })
  else if (accountTypeUnclear(a))
    out.push({
      targets: ['officialAccount'],
      weight: 1,
      reason: '你已有公众号，请确认是服务号还是订阅号',
      answers: ['assets', 'officialAccountType'],
    })
  for (const r of PLAYBOOK_RULES)
    if (r.industry === a.industry)
      out.push({ targets: r.tools, weight: 1, reason: `行业打法「${r.title}」`, rule: r.id, answers: ['industry'] })
  return out
}

export const labelOfForm = (f: Answers['contentForms'][number]) => optionLabel('contentForms', f)

interface Tally {
  score: number
  reasons: string[]
  rules: string[]
  answers: QuestionId[]
  existing: boolean
}

/** Ranked tool mix: highest score first; ties keep the fixed tool order so ranks are stable. */
export function recommendTools(a: Answers): ToolRecommendation[] {
  const tally = new Map<ToolId, Tally>()
  for (const vote of votes(a)) {
    for (const target of vote.targets) {
      for (const { tool, rule } of resolveTool(target, a)) {
        const t = tally.get(tool) ?? { score: 0, reasons: [], rules: [], answers: [], existing: false }
        t.score += vote.weight
        if (!t.reasons.includes(vote.reason)) t.reasons.push(vote.reason)
        if (vote.rule) t.rules.push(vote.rule)
        t.answers.push(...vote.answers)
        if (target === 'officialAccount') {
          t.answers.push('servicePattern')
          if (rule) t.rules.push(rule)
        }
        if (vote.existing) t.existing = true
        tally.set(tool, t)
      }
    }
  }
  const unclear = accountTypeUnclear(a)
  // On equal scores the article's mix for this customer model (seed table 一: To C 公众号+社群+
  // 小程序, To B 企业微信+服务号) comes first, not the fixed tool order, which put 企业微信 above
  // 社群 in To C plans although table 一 names 社群 for To C and 企业微信 only for To B.
  const strategy = STRATEGY_RULES.find((r) => r.customerModel === a.customerModel)
  const mix = new Set<ToolId>()
  for (const target of strategy?.tools ?? []) for (const { tool } of resolveTool(target, a)) mix.add(tool)
  return TOOL_IDS.filter((id) => tally.has(id))
    .map((id) => ({ id, t: tally.get(id) as Tally }))
    .sort(
      (x, y) =>
        y.t.score - x.t.score ||
        Number(mix.has(y.id)) - Number(mix.has(x.id)) ||
        TOOL_IDS.indexOf(x.id) - TOOL_IDS.indexOf(y.id),
    )
    .map(({ id, t }, i) => ({
      tool: id,
      label: unclear && (id === 'serviceAccount' || id === 'subscriptionAccount') ? assumedLabel(id) : toolLabel(id),
      rank: i + 1,
      score: t.score,
      existing: t.existing,
      reason: t.reasons.join('；'),
      reasons: t.reasons,
      why: why(t.rules, t.answers, t.rules.length === 0),
    }))
}

/** An account of a type the owner did not give, named as what the plan assumed. */
export const assumedLabel = (id: 'serviceAccount' | 'subscriptionAccount') =>
  `公众号（暂按${id === 'serviceAccount' ? '服务号' : '订阅号'}安排）`

/** Tools that publish posts; the others are destinations (小程序, 企业微信) or amplifiers. */
export const POSTING_TOOLS: ReadonlySet<ToolId> = new Set([
  'serviceAccount',
  'subscriptionAccount',
  'channels',
  'community',
])
const DESTINATIONS: ReadonlySet<ToolId> = new Set(['miniProgram', 'wecom'])
const RELAYS: ReadonlySet<ToolId> = new Set(['community'])
const NONE: ReadonlySet<ToolId> = new Set()

function usageOf(tool: ToolId, posts: number, a: Answers): string {
  if (POSTING_TOOLS.has(tool))
    return posts > 0
      ? `四周日历安排 ${posts} 条`
      : tool === 'serviceAccount'
        ? '本月不发文，先做好菜单、自动回复和服务入口'
        : tool === 'community'
          ? '不单独排发文，把每周发的文章、视频转发到老客群，在群里答疑、通知活动'
          : '本月日历没有安排，你选的内容形式优先发在别处，产能增加后再启用'
  switch (tool) {
    case 'miniProgram': {
      const jobs = [
        a.industry === 'catering' ? '点餐与储值' : '',
        a.needs.includes('store') || a.customerModel === 'ecommerce' ? '商城下单' : '',
        a.needs.includes('booking') ? '预约' : '',
        a.needs.includes('membership') ? '会员' : '',
      ].filter(Boolean)
      return `承接${jobs.length > 0 ? jobs.join('、') : '文章和视频带来的服务'}（文章、视频里挂小程序入口）`
    }
    case 'wecom':
      return a.customerModel === 'toB' ? '销售一对一跟进线索' : '一对一客户服务，承接咨询和老客'
    case 'momentsAds':
      return '促销期付费投放，预算另定，不占团队发文产能'
    default:
      return '品牌故事被读者点“在看”后在看一看里扩散，不需要单独发'
  }
}

/**
 * The ranking the owner sees: tools the plan actually uses (posts in the calendar, or a
 * destination the posts lead to) before tools it does not, each with what it is used for. So the
 * top-ranked tool is always one the plan uses.
 */
export function rankByUse(
  tools: readonly ToolRecommendation[],
  calendar: readonly { platform: ToolId }[],
  a: Answers,
): ToolRecommendation[] {
  const posts = new Map<ToolId, number>()
  for (let i = 0; i < calendar.length; i++) posts.set(calendar[i].platform, (posts.get(calendar[i].platform) ?? 0) + 1)
  // Used tools first, each group in its existing rank order (a stable partition, no sort needed).
  // A 社群 works without posts of its own: the week's articles and videos are forwarded into it
  // (seed 四 puts 促销信息 in 社群; table 一 makes it part of the To C mix), so it is never
  // demoted below 企业微信 just because the calendar posts elsewhere.
  const relays = calendar.length > 0 ? RELAYS : NONE
  const used: ToolRecommendation[] = []
  const unused: ToolRecommendation[] = []
  for (const t of [...tools].sort((x, y) => x.rank - y.rank))
    ((posts.get(t.tool) ?? 0) > 0 || DESTINATIONS.has(t.tool) || relays.has(t.tool) ? used : unused).push(t)
  const ranked = used.concat(unused)
  const out: ToolRecommendation[] = []
  for (let i = 0; i < ranked.length; i++) {
    const t = ranked[i]
    const n = posts.get(t.tool) ?? 0
    // Spelled out rather than spread (same key order): object spread is slow without a JIT.
    out.push({
      tool: t.tool,
      label: t.label,
      rank: i + 1,
      score: t.score,
      existing: t.existing,
      reason: t.reason,
      reasons: t.reasons,
      why: t.why,
      posts: n,
      use: usageOf(t.tool, n, a),
    })
  }
  return out
}
