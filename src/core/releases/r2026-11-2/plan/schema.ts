import * as v from 'valibot'
import { AGE_BANDS, CONTENT_FORMS, PRIMARY_GOALS } from '../wizard/questions'
import { ACCOUNTS, KPI_DIMENSIONS, KPI_LAYERS, ROLES, STRENGTHS, TOOL_IDS } from '../rules/vocab'

/**
 * The plan's shape, defined once: the types below are inferred from it, the cloud checks stored
 * plans with it, and the tests check every computed plan with it.
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
  cadence: text,
  /** Posts a week the calendar actually plans; null for real-time conversation. */
  perWeek: v.nullable(v.number()),
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

const complianceItemSchema = v.object({
  id: text,
  risk: text,
  trigger: text,
  measure: text,
  priority: v.picklist(['must', 'should']),
  source: v.nullable(v.object({ ref: text, strength: v.picklist(values(STRENGTHS)) })),
  why: whySchema,
})
export type ComplianceItem = v.InferOutput<typeof complianceItemSchema>

const differentiationSchema = v.object({
  id: text,
  pattern: text,
  usual: text,
  innovation: text,
  competitors: v.array(text),
  why: whySchema,
})
export type DifferentiationItem = v.InferOutput<typeof differentiationSchema>

const techSchema = v.object({
  id: text,
  module: text,
  requirement: text,
  measure: text,
  owner: text,
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
})
export type PlanContent = v.InferOutput<typeof planContentSchema>
