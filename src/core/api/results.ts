import * as v from 'valibot'
import { MONTH_PATTERN } from '../results/month'
import { MSG, idSchema, revSchema, tokenSchema } from './common'
import { KPI_ID_PATTERN } from './plan'

/** Recorded results: per plan and calendar month, the actual value of each KPI on the plan's board. */

export const RESULTS_LIMITS = {
  /** Five years of monthly figures: more than any review looks back on. */
  monthsPerPlan: 60,
  valuesPerMonth: 100,
} as const

const monthSchema = v.pipe(v.string('请填写月份'), v.regex(MONTH_PATTERN, '月份格式应为 2026-03'))

const valuesSchema = v.pipe(
  v.record(
    v.pipe(v.string(MSG.kpiId), v.regex(KPI_ID_PATTERN, MSG.kpiId)),
    v.pipe(v.number(MSG.number), v.finite(MSG.number)),
    MSG.object,
  ),
  v.maxEntries(RESULTS_LIMITS.valuesPerMonth, MSG.tooMany),
)

/** The owner reads by plan id; a colleague reads through a share token, never both. */
export const resultsListInput = v.union(
  [v.object({ planId: idSchema }, MSG.object), v.object({ token: tokenSchema }, MSG.object)],
  MSG.object,
)
/** `baseRev` 0 writes a month that has no figures yet; otherwise the rev the client last saw. */
export const resultsSaveInput = v.object(
  { planId: idSchema, month: monthSchema, values: valuesSchema, baseRev: revSchema },
  MSG.object,
)
export const resultsRemoveInput = v.object({ planId: idSchema, month: monthSchema, baseRev: revSchema }, MSG.object)

export interface MonthResults {
  month: string
  /** KPI id → actual value, rounded as its metric is shown. */
  values: Record<string, number>
  rev: number
  updatedAt: number
}

export interface ResultsView {
  /** Oldest month first. */
  items: MonthResults[]
  /** True when read through a share link: the page shows no edit controls. */
  readOnly: boolean
}

export interface MonthRemoved {
  month: string
  removed: boolean
}

export type ResultsListInput = v.InferInput<typeof resultsListInput>
export type ResultsSaveInput = v.InferInput<typeof resultsSaveInput>
export type ResultsRemoveInput = v.InferInput<typeof resultsRemoveInput>
