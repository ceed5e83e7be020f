/**
 * Plan-shaped data for the plan sub-package's pages, built from the real engine (`computePlan`)
 * so the pages render what the cloud would send. Every builder returns a fresh, JSON-clean object
 * (the transports deserialize every answer, so no two responses share references).
 */
import { act, fireEvent, screen, within } from '@testing-library/react'
import { computePlan } from '@/core/plan/engine'
import type { PlanContent } from '@/core/plan/schema'
import type { Change } from '@/core/plan/diff'
import type { PlanView, RevisionSummary, RevisionView, ShareLink, SharedPlanView } from '@/core/api'
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

export function planView(extra: Partial<PlanView> = {}, answerOverrides: Record<string, unknown> = {}): PlanView {
  const answers = planAnswers(answerOverrides)
  const content = clone(computePlan(answers, NOW))
  return clone({
    id: 'p1',
    name: String(answers.name),
    industry: 'catering',
    industryLabel: '餐饮',
    answers,
    content,
    targets: {},
    rev: 3,
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW,
    rulebaseVersion: content.rulebaseVersion,
    changes: [] as Change[],
    changesFromRev: null,
    ...extra,
  })
}

export function revisionView(rev: number, extra: Partial<RevisionView> = {}): RevisionView {
  const p = planView()
  return clone({
    planId: p.id,
    rev,
    name: p.name,
    answers: p.answers,
    content: p.content,
    targets: p.targets,
    savedAt: NOW - (10 - rev) * DAY,
    rulebaseVersion: p.rulebaseVersion,
    changes: [] as Change[],
    changesFromRev: null,
    current: false,
    ...extra,
  })
}

export function revisionSummary(rev: number, extra: Partial<RevisionSummary> = {}): RevisionSummary {
  return {
    rev,
    savedAt: NOW - (10 - rev) * DAY,
    rulebaseVersion: '1',
    changeCount: rev === 1 ? 0 : 2,
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
    rev: p.rev,
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
  return heading.closest('.pv-sec') as HTMLElement
}

/**
 * Opens every closed plan section (they start closed behind a one-line summary), then lets Taro's
 * web components (inputs) finish rendering what the sections now show.
 */
export async function openAllSections(): Promise<void> {
  for (const head of Array.from(document.querySelectorAll('.pv-sh')))
    if (head.getAttribute('aria-expanded') === 'false') fireEvent.click(head)
  await act(() => new Promise((resolve) => setTimeout(resolve, 30)))
}
