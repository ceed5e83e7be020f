import * as v from 'valibot'
import { AGE_BANDS, CONTENT_FORMS, PRIMARY_GOALS } from '../wizard/questions'
import { ACCOUNTS, KPI_DIMENSIONS, KPI_LAYERS, ROLES, STRENGTHS, TOOL_IDS } from '../rules/vocab'

/**
 * The plan's shape, defined once: the types below are inferred from it, the cloud checks stored
 * plans with it, and the tests check every computed plan with it.
 *
 * Backward compatible: content computed by a frozen release (src/core/releases) must still parse,
 * so fields added since 2026.11-2 are optional; `liftContent` (legacy.ts) fills them in for the view.
 */

const values = <T extends readonly { value: string }[]>(xs: T) => xs.map((x) => x.value) as T[number]['value'][]

const text = v.pipe(v.string(), v.minLength(1))
const hhmm = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/))
const ymd = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max))
const ageBand = v.picklist(values(AGE_BANDS))
const toolId = v.picklist(TOOL_IDS)

export const whySchema = v.pipe(
  v.object({ rules: v.array(text), answers: v.array(text), assumption: v.boolean() }),
  v.check((w) => w.rules.length + w.answers.length > 0, '每一项都要说明依据'),
)
/** Why an item is in the plan: the rules and answers that produced it. */
export type Why = v.InferOutput<typeof whySchema>

const positioningSchema = v.object({
  role: v.picklist(values(ROLES)),
  roleLabel: text,
  goal: v.picklist(values(PRIMARY_GOALS)),
  goalLabel: text,
  coreGoal: text,
  statement: text,
  /** How the owner's goal and the article's core goal for the business type relate (one sentence). */
  relation: v.optional(text),
  why: whySchema,
})

const toolSchema = v.object({
  tool: toolId,
  label: text,
  rank: int(1, TOOL_IDS.length),
  score: v.number(),
  existing: v.boolean(),
  reason: text,
  reasons: v.array(text),
  /** What this plan uses the tool for (posts planned, or its job when it does not post). */
  use: v.optional(text),
  /** Posts the 4-week calendar plans on it. */
  posts: v.optional(int(0, 4 * 14)),
  why: whySchema,
})
export type ToolRecommendation = v.InferOutput<typeof toolSchema>

const hoursSchema = v.object({ from: hhmm, to: hhmm })

const bandSchema = v.object({ band: ageBand, label: text, hours: hoursSchema, forms: v.array(text), why: whySchema })
export type AudienceBandPlan = v.InferOutput<typeof bandSchema>

const slotSchema = v.object({ day: int(1, 7), time: hhmm, band: ageBand, why: whySchema })
export type PostingSlot = v.InferOutput<typeof slotSchema>

const accountSchema = v.object({
  account: v.picklist(ACCOUNTS),
  label: text,
  /** What this plan schedules (since 2026.11-3; the article's norm before that, see `norm`). */
  cadence: text,
  /** Posts a week the calendar actually plans; null for real-time conversation. */
  perWeek: v.nullable(v.number()),
  /** The article's cadence for this account type (seed 三), shown beside the plan's as the norm. */
  norm: v.optional(text),
  /** Why the plan's cadence differs from the norm; absent when it does not. */
  normNote: v.optional(text),
  /** What the account is for when the plan schedules no posts on it. */
  purpose: v.optional(text),
  /**
   * A 请确认 item (since 2026.11-4): the owner said they have a 公众号 but not which type, so the
   * plan says what it assumed and how to check instead of asserting a type.
   */
  check: v.optional(text),
  scenarios: v.array(text),
  why: whySchema,
})
export type AccountPlan = v.InferOutput<typeof accountSchema>

const contentForm = v.picklist(values(CONTENT_FORMS))

const contentItemSchema = v.object({
  form: contentForm,
  label: text,
  platforms: v.array(text),
  goal: text,
  why: whySchema,
})
export type ContentStrategyItem = v.InferOutput<typeof contentItemSchema>

const calendarEntrySchema = v.object({
  week: int(1, 4),
  day: int(1, 7),
  date: ymd,
  time: hhmm,
  band: ageBand,
  form: contentForm,
  platform: toolId,
  topic: text,
  /** The channel as the owner reads it ("公众号（订阅号）", "视频号" …). */
  channel: v.optional(text),
  /** The content form as the owner reads it. */
  formLabel: v.optional(text),
  /** Seasonal hook this post rides on (节日, 节气, 618 …), with its date. */
  hook: v.optional(v.object({ name: text, date: ymd })),
  why: whySchema,
})
export type CalendarEntry = v.InferOutput<typeof calendarEntrySchema>

const kpiSchema = v.object({
  id: text,
  layer: v.picklist(values(KPI_LAYERS)),
  dimension: v.nullable(v.picklist(values(KPI_DIMENSIONS))),
  metric: text,
  direction: text,
  unit: text,
  /** A starting point the owner edits; null when only a first month of data can set it. */
  target: v.object({ value: v.nullable(v.pipe(v.number(), v.minValue(0))), basis: text, why: whySchema }),
  why: whySchema,
})
export type Kpi = v.InferOutput<typeof kpiSchema>

const sourceSchema = v.object({ ref: text, strength: v.picklist(values(STRENGTHS)) })
export type ComplianceSource = v.InferOutput<typeof sourceSchema>

const complianceItemSchema = v.object({
  id: text,
  risk: text,
  trigger: text,
  measure: text,
  /** check: an unanswered or 不清楚 question; the item says what to check instead of asserting. */
  priority: v.picklist(['must', 'should', 'check']),
  /** The item's main source (before 2026.11-6: every source's name joined, with the first one's strength). */
  source: v.nullable(sourceSchema),
  /** Since 2026.11-6: the other sources, each with its own strength (a word list is not statute). */
  moreSources: v.optional(v.array(sourceSchema)),
  why: whySchema,
})
export type ComplianceItem = v.InferOutput<typeof complianceItemSchema>

const differentiationSchema = v.object({
  id: text,
  pattern: text,
  usual: text,
  innovation: text,
  /** The article's words when `innovation` adapts them to the trade. */
  original: v.optional(text),
  competitors: v.array(text),
  why: whySchema,
})
export type DifferentiationItem = v.InferOutput<typeof differentiationSchema>

const techSchema = v.object({
  id: text,
  module: text,
  requirement: text,
  /** The article's measure, verbatim. */
  measure: text,
  owner: text,
  /** The measure phrased for whoever builds for this owner (own developers, an agency, nobody yet). */
  action: v.optional(text),
  why: whySchema,
})
export type TechRequirement = v.InferOutput<typeof techSchema>

const iterationSchema = v.object({
  reviewAt: v.number(),
  reviewDate: ymd,
  checks: v.array(v.object({ item: text, why: whySchema })),
  why: whySchema,
})
export type IterationPlan = v.InferOutput<typeof iterationSchema>

/** Plan sections, in the order the plan shows them; first moves and the index link to these. */
export const PLAN_SECTIONS = [
  { key: 'positioning', index: '一', title: '定位陈述' },
  { key: 'tools', index: '二', title: '微信工具组合' },
  { key: 'audience', index: '三', title: '人群与发布时间' },
  { key: 'accounts', index: '四', title: '账号与发文节奏' },
  { key: 'content', index: '五', title: '内容策略与四周日历' },
  { key: 'kpis', index: '六', title: '指标看板与目标' },
  { key: 'compliance', index: '七', title: '合规清单' },
  { key: 'differentiation', index: '八', title: '差异化策略' },
  { key: 'tech', index: '九', title: '技术要求' },
  { key: 'iteration', index: '十', title: '季度复盘' },
] as const
export type SectionKey = (typeof PLAN_SECTIONS)[number]['key']
const sectionKey = v.picklist(PLAN_SECTIONS.map((s) => s.key))

const playbookSchema = v.object({
  id: text,
  title: text,
  move: text,
  reason: text,
  place: v.picklist(['tools', 'accounts', 'content', 'compliance']),
  why: whySchema,
})
export type PlaybookItem = v.InferOutput<typeof playbookSchema>

const firstMoveSchema = v.object({ title: text, reason: text, section: sectionKey, why: whySchema })
export type FirstMove = v.InferOutput<typeof firstMoveSchema>

export const planContentSchema = v.object({
  rulebaseVersion: text,
  computedAt: v.number(),
  positioning: positioningSchema,
  tools: v.array(toolSchema),
  audience: v.object({ bands: v.array(bandSchema), schedule: v.array(slotSchema) }),
  accounts: v.array(accountSchema),
  content: v.object({ strategy: v.array(contentItemSchema), calendar: v.array(calendarEntrySchema) }),
  kpis: v.array(kpiSchema),
  compliance: v.array(complianceItemSchema),
  differentiation: v.array(differentiationSchema),
  tech: v.array(techSchema),
  iteration: iterationSchema,
  /** 先做这三件事 (since 2026.11-3). */
  firstMoves: v.optional(v.array(firstMoveSchema)),
  /** Industry playbook moves, our recommendation (since 2026.11-3). */
  playbook: v.optional(v.array(playbookSchema)),
  /** Who builds for this owner, as the tech section addresses them (since 2026.11-3). */
  techReader: v.optional(text),
})
export type PlanContent = v.InferOutput<typeof planContentSchema>
