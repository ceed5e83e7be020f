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
export function resolveTool(target: ToolTarget, a: Answers): { tool: ToolId; rule: string | null }[] {
  if (target !== 'officialAccount') return [{ tool: target, rule: null }]
  const service = { tool: 'serviceAccount' as const, rule: ACCOUNT_TYPE_RULES.lowFrequency.id }
  const subscription = { tool: 'subscriptionAccount' as const, rule: ACCOUNT_TYPE_RULES.highFrequency.id }
  if (a.servicePattern === 'lowFrequency') return [service]
  if (a.servicePattern === 'highFrequency') return [subscription]
  return [service, subscription]
}

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
      reason: `${kind}的推荐组合：${mix}`,
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
      out.push({ targets: r.tools, weight: 1, reason: `行业打法：${r.title}`, rule: r.id, answers: ['industry'] })
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
  return TOOL_IDS.filter((id) => tally.has(id))
    .map((id) => ({ id, t: tally.get(id) as Tally }))
    .sort((x, y) => y.t.score - x.t.score || TOOL_IDS.indexOf(x.id) - TOOL_IDS.indexOf(y.id))
    .map(({ id, t }, i) => ({
      tool: id,
      label: toolLabel(id),
      rank: i + 1,
      score: t.score,
      existing: t.existing,
      reason: t.reasons.join('；'),
      reasons: t.reasons,
      why: why(t.rules, t.answers, t.rules.length === 0),
    }))
}

/** Tools that publish posts; the others are destinations (小程序, 企业微信) or amplifiers. */
export const POSTING_TOOLS: ReadonlySet<ToolId> = new Set([
  'serviceAccount',
  'subscriptionAccount',
  'channels',
  'community',
])
const DESTINATIONS: ReadonlySet<ToolId> = new Set(['miniProgram', 'wecom'])

function useOf(tool: ToolId, posts: number, a: Answers): string {
  if (POSTING_TOOLS.has(tool))
    return posts > 0
      ? `四周日历安排 ${posts} 条`
      : tool === 'serviceAccount'
        ? '本月不发文：做菜单、自动回复和服务入口'
        : '本月日历没有安排：你选的内容形式优先发在别处，产能增加后再启用'
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
  for (const e of calendar) posts.set(e.platform, (posts.get(e.platform) ?? 0) + 1)
  const used = (t: ToolRecommendation) => (posts.get(t.tool) ?? 0) > 0 || DESTINATIONS.has(t.tool)
  return [...tools]
    .sort((x, y) => Number(used(y)) - Number(used(x)) || x.rank - y.rank)
    .map((t, i) => ({
      ...t,
      rank: i + 1,
      posts: posts.get(t.tool) ?? 0,
      use: useOf(t.tool, posts.get(t.tool) ?? 0, a),
    }))
}
