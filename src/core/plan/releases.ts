import type { FieldError } from '../errors'
import { RULEBASE_VERSION } from '../rules'
import { parseAnswers, type Answers } from '../wizard/answers'
import * as r2026_11_2 from '../releases/r2026-11-2'
import * as r2026_11_3 from '../releases/r2026-11-3'
import * as r2026_11_4 from '../releases/r2026-11-4'
import * as r2026_11_5 from '../releases/r2026-11-5'
import * as r2026_11_6 from '../releases/r2026-11-6'
import * as r2026_11_7 from '../releases/r2026-11-7'
import { computePlan, type PlanContent } from './engine'

/**
 * Every rule-base release that ever computed a stored version, by `rulebaseVersion`.
 *
 * A version stores only what reproduces it (answers, rule-base version, computation time; owner
 * edits live beside it), and its content is computed again when read. That is exact only if the
 * release that computed it is still here, unchanged: the current one comes from src/core/{wizard,
 * rules,plan}, every earlier one from its frozen copy under src/core/releases/. When the current
 * release changes, freeze it there and add a line below before bumping RULEBASE_VERSION.
 *
 * Frozen releases return their own `PlanContent`; the current schema only ever adds optional
 * fields, so an old plan renders in the current UI (a core test parses every frozen release's
 * output with the current schema).
 */
export interface Release {
  rulebaseVersion: string
  parseAnswers(input: unknown): { ok: true; value: Answers } | { ok: false; errors: FieldError[] }
  computePlan(answers: Answers, now: number): PlanContent
}

const current: Release = { rulebaseVersion: RULEBASE_VERSION, parseAnswers, computePlan }

/** A frozen release as a `Release`: its own Answers and PlanContent types are earlier shapes of ours. */
interface FrozenModule {
  RULEBASE_VERSION: string
  parseAnswers(input: unknown): unknown
  computePlan(answers: never, now: number): unknown
}
const frozenRelease = (m: FrozenModule): Release => ({
  rulebaseVersion: m.RULEBASE_VERSION,
  parseAnswers: (input) => m.parseAnswers(input) as ReturnType<Release['parseAnswers']>,
  computePlan: (answers, now) => m.computePlan(answers as never, now) as PlanContent,
})

const frozen: Release[] = [r2026_11_2, r2026_11_3, r2026_11_4, r2026_11_5, r2026_11_6, r2026_11_7].map(frozenRelease)

const RELEASES = new Map<string, Release>()
for (const r of frozen) RELEASES.set(r.rulebaseVersion, r)
// The current release wins when it has not been bumped yet (it is then identical to its frozen copy).
RELEASES.set(current.rulebaseVersion, current)

export const CURRENT_RELEASE = current

export function releaseOf(rulebaseVersion: string): Release | null {
  return RELEASES.get(rulebaseVersion) ?? null
}

export function knownReleases(): string[] {
  return [...RELEASES.keys()]
}

/** What a stored version keeps: enough to compute its plan again, exactly. */
export interface VersionSource {
  answers: unknown
  rulebaseVersion: string
  computedAt: number
  /** Content kept as computed, for the few migrated versions no release can reproduce. */
  snapshot?: PlanContent | null
}

export type Recomputed =
  | { ok: true; answers: Answers; content: PlanContent }
  | { ok: false; reason: 'unknown-release' | 'invalid-answers'; errors: FieldError[] }

/**
 * The plan a version showed when it was saved. `unknown-release` means this code is older than
 * the version (an outdated mini program): the caller asks the user to update, never guesses.
 */
export function recompute(source: VersionSource): Recomputed {
  if (source.snapshot) return { ok: true, answers: source.answers as Answers, content: source.snapshot }
  const release = releaseOf(source.rulebaseVersion)
  if (!release) return { ok: false, reason: 'unknown-release', errors: [] }
  const parsed = release.parseAnswers(source.answers)
  if (!parsed.ok) return { ok: false, reason: 'invalid-answers', errors: parsed.errors }
  return { ok: true, answers: parsed.value, content: release.computePlan(parsed.value, source.computedAt) }
}
