/**
 * Plan-shaped data for the plan sub-package's pages, built from the real engine (`computePlan`)
 * so the pages render what the cloud would send. Every builder returns a fresh, JSON-clean object
 * (the transports deserialize every answer, so no two responses share references).
 */
import { screen, within } from '@testing-library/react'
import { computePlan } from '@/core/plan/engine'
import type { PlanContent } from '@/core/plan/schema'
import { RULEBASE_VERSION } from '@/core/rules'
import type { PlanView, ShareLink, SharedPlanView, VersionData, VersionSummary, VersionView } from '@/core/api'
import { parsedAnswers } from './answers'

export const NOW = new Date(2026, 10, 24, 9, 30).getTime()
export const DAY = 24 * 60 * 60 * 1000

/**
 * Answers chosen so the plan has items of every kind the view distinguishes: an older age band and
 * phone-number collection give assumptions outside the KPI board too.
 */
export const ANSWER_OVERRIDES = {
  name: '老街面馆',
  industry: 'catering',
  ageBands: ['18-25', '46+'],
  activities: ['shareToWin', 'collectPhone'],
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

export function planAnswers(overrides: Record<string, unknown> = {}) {
  return parsedAnswers({ ...ANSWER_OVERRIDES, ...overrides })
}

export function planContent(overrides: Record<string, unknown> = {}): PlanContent {
  return clone(computePlan(planAnswers(overrides), NOW))
}

/** A version as the API sends it (no content: the page computes it), and the content it computes. */
export function versionData(
  version: number,
  answerOverrides: Record<string, unknown> = {},
  computedAt = NOW,
): VersionData {
  return clone({
    version,
    answers: planAnswers(answerOverrides),
    rulebaseVersion: RULEBASE_VERSION,
    computedAt,
    savedAt: NOW - (10 - version) * DAY,
    cause: version === 1 ? 'create' : 'edit',
    restoredFrom: null,
    snapshot: null,
  })
}

/** The owner's plan as `plan.get` answers, plus `content`: what the page must show (tests only). */
export type PlanWithContent = PlanView & { content: PlanContent }

export function planView(
  extra: Partial<PlanView> = {},
  answerOverrides: Record<string, unknown> = {},
): PlanWithContent {
  const answers = planAnswers(answerOverrides)
  const content = clone(computePlan(answers, extra.computedAt ?? NOW))
  const version = extra.version ?? 3
  return clone({
    id: 'p1',
    name: String(answers.name),
    industry: 'catering',
    industryLabel: '餐饮',
    ...versionData(version, answerOverrides),
    savedAt: NOW,
    targets: {},
    rev: version,
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW,
    previous: null,
    events: [],
    ...extra,
    content,
  })
}

export function revisionView(
  version: number,
  extra: Partial<VersionView> = {},
  answerOverrides: Record<string, unknown> = {},
): VersionView {
  const p = planView({}, answerOverrides)
  return clone({
    ...versionData(version, answerOverrides),
    planId: p.id,
    name: p.name,
    targets: p.targets,
    current: false,
    previous: null,
    ...extra,
  })
}

export function revisionSummary(version: number, extra: Partial<VersionSummary> = {}): VersionSummary {
  return {
    version,
    savedAt: NOW - (10 - version) * DAY,
    rulebaseVersion: RULEBASE_VERSION,
    cause: version === 1 ? 'create' : 'edit',
    restoredFrom: null,
    current: false,
    ...extra,
  }
}

export function sharedView(extra: Partial<SharedPlanView> = {}): SharedPlanView {
  const p = planView()
  return clone({
    name: p.name,
    industry: p.industry,
    industryLabel: p.industryLabel,
    answers: p.answers,
    content: p.content,
    targets: p.targets,
    version: p.version,
    updatedAt: p.updatedAt,
    rulebaseVersion: p.rulebaseVersion,
    expiresAt: NOW + 30 * DAY,
    ...extra,
  })
}

/** A share token of the length and alphabet the API issues (base64url, 32 chars). */
export const token = (tail: string) => `tok_${'x'.repeat(22)}${tail}`.slice(-32)

export function shareLink(tail: string, extra: Partial<ShareLink> = {}): ShareLink {
  return {
    token: token(tail),
    createdAt: NOW - 2 * DAY,
    expiresAt: NOW + 28 * DAY,
    revokedAt: null,
    status: 'active',
    ...extra,
  }
}

/**
 * The recommendation block that holds `text`: the nearest ancestor of the text that carries
 * exactly one "why" toggle (each recommendation has its own).
 */
export function itemOf(text: string | RegExp, container: HTMLElement = document.body): HTMLElement {
  let el: HTMLElement | null = within(container).getAllByText(text)[0]
  while (el && within(el).queryAllByRole('button', { name: /为什么？|收起依据/ }).length !== 1) el = el.parentElement
  if (!el) throw new Error(`no recommendation holds ${String(text)}`)
  return el
}

/** The section whose heading is e.g. "六、指标看板与目标": the heading's parent block. */
export function sectionOf(title: string | RegExp): HTMLElement {
  const heading = screen.getByText(title)
  return heading.parentElement as HTMLElement
}
