/**
 * `npx tsx tools/release-fixture.ts`: before a rule-base bump, records what the current release
 * computes, so the frozen copy can be proven to compute the same (test/core/releases.test.ts).
 * Writes test/core/fixtures/release-<RULEBASE_VERSION>.json: for the stored plans of the
 * 2026.11-2 fixture and 120 random valid answer sets (fixed seed), the answers, the computation
 * time and the SHA-256 and length of the content's JSON. Run it before changing src/core.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { computePlan, parseAnswers, RULEBASE_VERSION } from '@/core'
import { validRawAnswers } from '../test/core/support/answers'
import stored from '../test/core/fixtures/release-2026.11-2.json'

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
const cases = inputs.map(({ answers, computedAt }) => {
  const parsed = parseAnswers(answers)
  if (!parsed.ok) throw new Error(`answers the current release refuses: ${JSON.stringify(parsed.errors)}`)
  const json = JSON.stringify(computePlan(parsed.value, computedAt))
  return {
    answers,
    computedAt,
    sha256: createHash('sha256').update(json).digest('hex'),
    bytes: Buffer.byteLength(json),
  }
})
const out = join(process.argv[2] ?? join(__dirname, '../test/core/fixtures'), `release-${RULEBASE_VERSION}.json`)
writeFileSync(out, `${JSON.stringify({ rulebaseVersion: RULEBASE_VERSION, cases }, null, 1)}\n`)
console.log(`${out}: ${cases.length} plans of rule base ${RULEBASE_VERSION}`)
