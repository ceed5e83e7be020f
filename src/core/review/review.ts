import type { Answers } from '../wizard/answers'
import { WEEKLY_CAPACITY_MAX } from '../wizard/questions'
import type { PlanContent } from '../plan/schema'
import { KPI_LAYERS, type KpiLayer } from '../rules/vocab'
import { formatMetricValue, metricSpec, type MetricSpec } from '../results/metric'
import { monthIndex, monthOf } from '../results/month'
import { TEAM_POSTS, plannedPostsPerMonth } from '../results/team'

/**
 * The quarterly review: the plan's targets against what was recorded, which of the plan's
 * assumptions the figures support, and concrete changes, each with the figures behind it.
 * A pure function of plan + results + clock: the phone previews it, and nothing is stored.
 */

export interface ReviewPlan {
  answers: Answers
  content: PlanContent
  /** Targets the owner set; a KPI without one uses the plan's starting point. */
  targets: Record<string, number>
}

export interface RecordedMonth {
  month: string
  values: Record<string, number>
}

export type TargetStatus = 'met' | 'missed' | 'noData' | 'noTarget'
export type Trend = 'up' | 'down' | 'flat' | 'unknown'

export interface MonthPoint {
  month: string
  value: number
  /** null when the KPI has no target yet. */
  met: boolean | null
}

export interface KpiReview {
  kpiId: string
  metric: string
  layer: KpiLayer
  unit: string
  spec: MetricSpec
  target: number | null
  /** Recorded months up to this month, oldest first. */
  points: MonthPoint[]
  /** Of the latest recorded month. */
  status: TargetStatus
  trend: Trend
  /** Whether the trend goes the way this metric should (down for costs); null when unknown/flat. */
  trendGood: boolean | null
}

export interface Evidence {
  kpiId: string
  month: string
  value: number
  /** What it was compared with: the target, or the posts the calendar planned. */
  against: number | null
  text: string
}

export type Support = 'supported' | 'notSupported' | 'unknown'

export interface AssumptionCheck {
  id: string
  item: string
  support: Support
  reason: string
  evidence: Evidence[]
}

export type ProposalChange =
  | { kind: 'target'; kpiId: string; from: number | null; to: number }
  | { kind: 'answer'; question: 'weeklyCapacity'; from: number; to: number }

export interface Proposal {
  id: string
  kind: 'tightenTarget' | 'setBaseline' | 'lowerCadence' | 'focusLayer'
  title: string
  /** Why, in a sentence, with its source. */
  reason: string
  evidence: Evidence[]
  /** What accepting writes; null for advice that changes no answer or target (a layer to focus on). */
  change: ProposalChange | null
}

export interface Review {
  month: string
  /** The plan's review date has come. */
  due: boolean
  reviewDate: string
  kpis: KpiReview[]
  posts: { planned: number; points: { month: string; value: number; met: boolean }[] }
  assumptions: AssumptionCheck[]
  proposals: Proposal[]
}

/** "Three months running": the seed's loop is a quarter. */
export const STREAK = 3
/** A target is raised only when the team beat it by at least this much in each of the months. */
export const RAISE_STEP = 0.1
/** A cadence is kept when the team published at least this share of what the calendar planned. */
export const CADENCE_KEPT = 0.9

const QUARTERLY = '原文结语：企业定位策略需保持季度级迭代频率'

function isMet(spec: MetricSpec, value: number, target: number): boolean {
  return spec.better === 'up' ? value >= target : value <= target
}

function trendOf(values: readonly number[]): Trend {
  if (values.length < 2) return 'unknown'
  const a = values[values.length - 2]
  const b = values[values.length - 1]
  const scale = Math.max(Math.abs(a), Math.abs(b), 1e-9)
  if (Math.abs(b - a) / scale < 0.02) return 'flat'
  return b > a ? 'up' : 'down'
}

/** The last `n` recorded months if they are n consecutive calendar months, else null. */
function lastRun<T extends { month: string }>(points: readonly T[], n: number): T[] | null {
  if (points.length < n) return null
  const run = points.slice(-n)
  for (let i = 1; i < run.length; i++) if (monthIndex(run[i].month) !== monthIndex(run[i - 1].month) + 1) return null
  return run
}

function show(spec: MetricSpec, v: number): string {
  return formatMetricValue(spec, v)
}

function monthName(month: string): string {
  return `${Number(month.slice(5))}月`
}

/** Rounds a proposed target to one decimal at most, towards what was actually reached. */
function roundTarget(spec: MetricSpec, v: number): number {
  const f = 10 ** Math.min(spec.decimals, 1)
  const r = spec.better === 'up' ? Math.floor(v * f + 1e-9) / f : Math.ceil(v * f - 1e-9) / f
  return Math.min(spec.max, Math.max(spec.min, r))
}

function reviewKpis(plan: ReviewPlan, months: readonly RecordedMonth[]): KpiReview[] {
  return plan.content.kpis.map((k) => {
    const spec = metricSpec(k)
    const own = plan.targets[k.id]
    const target = typeof own === 'number' && Number.isFinite(own) ? own : k.target.value
    const points: MonthPoint[] = []
    for (const m of months) {
      const value = m.values[k.id]
      if (typeof value !== 'number' || !Number.isFinite(value)) continue
      points.push({ month: m.month, value, met: target === null ? null : isMet(spec, value, target) })
    }
    const last = points[points.length - 1]
    const status: TargetStatus = !last ? 'noData' : target === null ? 'noTarget' : last.met ? 'met' : 'missed'
    const trend = trendOf(points.map((p) => p.value))
    const trendGood = trend === 'up' ? spec.better === 'up' : trend === 'down' ? spec.better === 'down' : null
    return {
      kpiId: k.id,
      metric: k.metric,
      layer: k.layer,
      unit: k.unit,
      spec,
      target,
      points,
      status,
      trend,
      trendGood,
    }
  })
}

function evidenceOf(k: KpiReview, p: MonthPoint): Evidence {
  const verdict = k.target === null ? '' : p.met ? '，达到目标' : '，未达到目标'
  const against = k.target === null ? '' : `（目标 ${show(k.spec, k.target)}）`
  return {
    kpiId: k.kpiId,
    month: p.month,
    value: p.value,
    against: k.target,
    text: `${monthName(p.month)}${k.metric} ${show(k.spec, p.value)}${against}${verdict}`,
  }
}

function targetProposals(kpis: readonly KpiReview[]): Proposal[] {
  const out: Proposal[] = []
  for (const k of kpis) {
    const last = k.points[k.points.length - 1]
    if (k.target === null) {
      if (!last) continue
      const to = roundTarget(k.spec, last.value)
      out.push({
        id: `baseline:${k.kpiId}`,
        kind: 'setBaseline',
        title: `把${monthName(last.month)}的${k.metric}（${show(k.spec, to)}）定为目标`,
        reason: '方案中这一项没有目标，约定以首月实际数据为基线；有了目标，下次复盘才能判断达标与否',
        evidence: [evidenceOf(k, last)],
        change: { kind: 'target', kpiId: k.kpiId, from: null, to },
      })
      continue
    }
    const run = lastRun(k.points, STREAK)
    if (!run || !run.every((p) => p.met === true)) continue
    const target = k.target
    // Raise only when every one of the three months beat the target by a clear step, and then to
    // the weakest of them: a level the team has already reached three times. Right after such a
    // raise the same months no longer beat the new target by a step, so nothing is proposed twice.
    const up = k.spec.better === 'up'
    const proven = up ? Math.min(...run.map((p) => p.value)) : Math.max(...run.map((p) => p.value))
    const stepped = up ? target * (1 + RAISE_STEP) : target * (1 - RAISE_STEP)
    if (up ? proven < stepped : proven > stepped) continue
    const to = roundTarget(k.spec, proven)
    if (up ? to <= target : to >= target) continue
    out.push({
      id: `tighten:${k.kpiId}`,
      kind: 'tightenTarget',
      title: `${up ? '提高' : '降低'}${k.metric}目标：${show(k.spec, target)} → ${show(k.spec, to)}`,
      reason: `连续 ${STREAK} 个月达到目标，说明目标定得偏${up ? '低' : '松'}；${QUARTERLY}`,
      evidence: run.map((p) => evidenceOf(k, p)),
      change: { kind: 'target', kpiId: k.kpiId, from: target, to },
    })
  }
  return out
}

function postsOf(plan: ReviewPlan, months: readonly RecordedMonth[]): Review['posts'] {
  const planned = plannedPostsPerMonth(plan.content)
  const points: Review['posts']['points'] = []
  for (const m of months) {
    const value = m.values[TEAM_POSTS.id]
    if (typeof value !== 'number' || !Number.isFinite(value)) continue
    points.push({ month: m.month, value, met: value >= planned * CADENCE_KEPT })
  }
  return { planned, points }
}

function postEvidence(planned: number, p: { month: string; value: number }): Evidence {
  return {
    kpiId: TEAM_POSTS.id,
    month: p.month,
    value: p.value,
    against: planned,
    text: `${monthName(p.month)}实际发布 ${p.value} 条（方案安排约 ${planned} 条）`,
  }
}

function cadenceProposal(plan: ReviewPlan, posts: Review['posts']): Proposal | null {
  const run = lastRun(posts.points, STREAK)
  if (!run || run.some((p) => p.met) || posts.planned === 0) return null
  const from = plan.answers.weeklyCapacity
  const perMonth = run.reduce((s, p) => s + p.value, 0) / run.length
  // What the team really managed, per week; never below one post a week (the question's minimum).
  const to = Math.min(WEEKLY_CAPACITY_MAX, Math.max(1, Math.floor((perMonth * 12) / 52)))
  if (to >= from) return null
  return {
    id: 'cadence:weeklyCapacity',
    kind: 'lowerCadence',
    title: `把每周内容产能从 ${from} 条调整为 ${to} 条`,
    reason: `连续 ${STREAK} 个月都没发够方案安排的内容：按团队实际做到的量重排日历，比一直落后更能稳定更新；${QUARTERLY}`,
    evidence: run.map((p) => postEvidence(posts.planned, p)),
    change: { kind: 'answer', question: 'weeklyCapacity', from, to },
  }
}

function layerLabel(layer: KpiLayer): string {
  return KPI_LAYERS.find((l) => l.value === layer)?.label ?? layer
}

/** Attainment of the latest month: value/target, turned round for costs. */
function attainment(k: KpiReview): number | null {
  const last = k.points[k.points.length - 1]
  if (!last || k.target === null || k.target <= 0) return null
  if (k.spec.better === 'up') return last.value / k.target
  return last.value <= 0 ? null : k.target / last.value
}

function focusProposal(kpis: readonly KpiReview[]): Proposal | null {
  const byLayer = new Map<KpiLayer, { ratio: number; k: KpiReview }[]>()
  for (const k of kpis) {
    const r = attainment(k)
    if (r === null) continue
    byLayer.set(k.layer, [...(byLayer.get(k.layer) ?? []), { ratio: r, k }])
  }
  if (byLayer.size < 2) return null
  let worst: { layer: KpiLayer; mean: number } | null = null
  for (const [layer, xs] of byLayer) {
    const mean = xs.reduce((s, x) => s + x.ratio, 0) / xs.length
    if (!worst || mean < worst.mean) worst = { layer, mean }
  }
  if (!worst || worst.mean >= 1) return null
  const xs = byLayer.get(worst.layer) ?? []
  const label = layerLabel(worst.layer)
  return {
    id: `focus:${worst.layer}`,
    kind: 'focusLayer',
    title: `下个季度把精力先放在${label}`,
    reason: `${label}的指标离目标最远（平均完成 ${Math.round(worst.mean * 100)}%）；原文第五部分：区分曝光层、交互层、转化层指标`,
    evidence: xs.map(({ k }) => evidenceOf(k, k.points[k.points.length - 1])),
    change: null,
  }
}

function assumptionChecks(plan: ReviewPlan, kpis: readonly KpiReview[], posts: Review['posts']): AssumptionCheck[] {
  const out: AssumptionCheck[] = []
  for (const k of kpis) {
    const kpi = plan.content.kpis.find((x) => x.id === k.kpiId)
    const ownTarget = typeof plan.targets[k.kpiId] === 'number'
    if (!kpi || k.target === null || (!kpi.target.why.assumption && !ownTarget)) continue
    const recent = k.points.slice(-STREAK)
    const met = recent.filter((p) => p.met).length
    const support: Support =
      recent.length === 0 ? 'unknown' : met === recent.length ? 'supported' : met === 0 ? 'notSupported' : 'unknown'
    out.push({
      id: `target:${k.kpiId}`,
      item: `${k.metric}目标 ${show(k.spec, k.target)}`,
      support,
      reason:
        recent.length === 0
          ? '还没有记录数据'
          : support === 'supported'
            ? `最近 ${recent.length} 个月都达到了`
            : support === 'notSupported'
              ? `最近 ${recent.length} 个月都没达到`
              : `最近 ${recent.length} 个月有 ${met} 个月达到`,
      evidence: recent.map((p) => evidenceOf(k, p)),
    })
  }
  const older = plan.content.audience.bands.find((b) => b.band === '46+' && b.why.assumption)
  if (older) {
    const open = kpis.find((k) => k.kpiId === 'exposure.articleOpenRate')
    const recent = open ? open.points.slice(-STREAK) : []
    const met = recent.filter((p) => p.met).length
    const support: Support =
      !open || recent.length === 0 || open.target === null
        ? 'unknown'
        : met === recent.length
          ? 'supported'
          : met === 0
            ? 'notSupported'
            : 'unknown'
    out.push({
      id: 'hours:46+',
      item: `46岁以上用户的推送时段（${older.hours.from}–${older.hours.to}）`,
      support,
      reason:
        support === 'unknown'
          ? '原文没有给出这个年龄段的时段，需要公众号打开率的数据来判断'
          : support === 'supported'
            ? '公众号打开率最近都达标：这个时段可以先保留（打开率只能间接说明时段是否合适）'
            : '公众号打开率最近都没达标：可以试着换一个推送时段，再看一个月（打开率只能间接说明时段是否合适）',
      evidence: open ? recent.map((p) => evidenceOf(open, p)) : [],
    })
  }
  const recentPosts = posts.points.slice(-STREAK)
  if (posts.planned > 0) {
    const kept = recentPosts.filter((p) => p.met).length
    const support: Support =
      recentPosts.length === 0
        ? 'unknown'
        : kept === recentPosts.length
          ? 'supported'
          : kept === 0
            ? 'notSupported'
            : 'unknown'
    out.push({
      id: 'cadence',
      item: `每周产出 ${plan.answers.weeklyCapacity} 条内容的节奏`,
      support,
      reason:
        recentPosts.length === 0
          ? '还没有记录每月实际发布了多少条'
          : `最近 ${recentPosts.length} 个月有 ${kept} 个月发够了`,
      evidence: recentPosts.map((p) => postEvidence(posts.planned, p)),
    })
  }
  return out
}

export function reviewPlan(plan: ReviewPlan, results: readonly RecordedMonth[], now: number): Review {
  const month = monthOf(now)
  const current = monthIndex(month)
  // Figures for months not yet begun cannot be evidence of anything.
  const months = results
    .filter((r) => monthIndex(r.month) <= current)
    .slice()
    .sort((a, b) => monthIndex(a.month) - monthIndex(b.month))
  const kpis = reviewKpis(plan, months)
  const posts = postsOf(plan, months)
  const proposals: Proposal[] = [...targetProposals(kpis)]
  const cadence = cadenceProposal(plan, posts)
  if (cadence) proposals.push(cadence)
  const focus = focusProposal(kpis)
  if (focus) proposals.push(focus)
  return {
    month,
    due: now >= plan.content.iteration.reviewAt,
    reviewDate: plan.content.iteration.reviewDate,
    kpis,
    posts,
    assumptions: assumptionChecks(plan, kpis, posts),
    proposals,
  }
}

/** What accepting proposals writes: new answers (a new version) and/or new targets. */
export function applyProposals(
  plan: ReviewPlan,
  accepted: readonly Proposal[],
): { answers: Answers | null; targets: Record<string, number> | null } {
  let answers: Answers | null = null
  let targets: Record<string, number> | null = null
  for (const p of accepted) {
    const c = p.change
    if (!c) continue
    if (c.kind === 'answer') answers = { ...(answers ?? plan.answers), [c.question]: c.to }
    else targets = { ...(targets ?? plan.targets), [c.kpiId]: c.to }
  }
  return { answers, targets }
}
