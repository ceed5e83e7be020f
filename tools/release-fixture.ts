/**
 * `npx tsx tools/release-fixture.ts [--release <version>] [outdir]`: before a rule-base bump,
 * records what the current release computes, so the frozen copy can be proven to compute the same
 * (test/core/releases.test.ts). With `--release`, records what a registered release computes
 * instead: a frozen release that never had a fixture gets one before its modules are shared with
 * another release. Writes test/core/fixtures/release-<version>.json: for the stored plans of the
 * 2026.11-2 fixture and 120 random valid answer sets (fixed seed), the answers, the computation
 * time and the SHA-256 and length of the content's JSON. Run it before changing src/core.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { CURRENT_RELEASE, releaseOf } from '@/core/plan/releases'
import { validRawAnswers } from '../test/core/support/answers'
import stored from '../test/core/fixtures/release-2026.11-2.json'

const args = process.argv.slice(2)
const at = args.indexOf('--release')
const version = at >= 0 ? args.splice(at, 2)[1] : CURRENT_RELEASE.rulebaseVersion
const release = version ? releaseOf(version) : null
if (!release) throw new Error(`no release ${version} is registered in src/core/plan/releases.ts`)

const time = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) })
const inputs: { answers: unknown; computedAt: number }[] = [
  ...(stored.cases as { answers: unknown; computedAt: number }[]).map(({ answers, computedAt }) => ({
    answers,
    computedAt,
  })),
  ...fc
    .sample(fc.tuple(validRawAnswers, time), { numRuns: 120, seed: 20261104 })
    .map(([answers, computedAt]) => ({ answers, computedAt })),
]
const cases = inputs.flatMap(({ answers, computedAt }) => {
  const parsed = release.parseAnswers(answers)
  // An older release may refuse answers to questions it did not have yet: those are not its plans.
  if (!parsed.ok) {
    if (release === CURRENT_RELEASE) throw new Error(`answers the release refuses: ${JSON.stringify(parsed.errors)}`)
    return []
  }
  const json = JSON.stringify(release.computePlan(parsed.value, computedAt))
  return [
    { answers, computedAt, sha256: createHash('sha256').update(json).digest('hex'), bytes: Buffer.byteLength(json) },
  ]
})
const out = join(args[0] ?? join(__dirname, '../test/core/fixtures'), `release-${version}.json`)
writeFileSync(out, `${JSON.stringify({ rulebaseVersion: version, cases }, null, 1)}\n`)
console.log(`${out}: ${cases.length} plans of rule base ${version}`)
