/**
 * `npm run bench:storage`: what one plan costs to keep and to read, on both adapters, for the
 * plan the issue measures (two age bands, three content forms), after five answer edits.
 * Goals: ≤ 3 KB stored per version, ≤ 8 KB for a `plan.get` answer.
 */
import { LIMITS } from '@/core/api'
import { createCloudDbStore } from '../../cloudfunctions/store/clouddb'
import { createSqliteStore } from '../../cloudfunctions/store/sqlite'
import { dispatch } from '../../cloudfunctions/handlers'
import type { HandlerContext } from '../../cloudfunctions/handlers'
import type { Store } from '../../cloudfunctions/store/port'
import { createFakeCloudDb } from '../../test/cloud/support/cloud-db'
import { sampleAnswers } from '../../test/cloud/support/fixtures'
import legacy from '../../test/cloud/fixtures/legacy-clouddb.json'

const utf8 = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8')
const kb = (bytes: number) => `${bytes.toLocaleString('en')} bytes (${(bytes / 1024).toFixed(2)} KB)`

async function measure(name: string, store: Store, stored: () => { plans: unknown[]; versions: unknown[] }) {
  let now = Date.UTC(2026, 10, 25, 2)
  const ctx: HandlerContext = { store, clock: { now: () => now }, writesPerMinute: false }
  const call = async (action: string, input: unknown) => {
    const r = await dispatch('plan', { openid: 'o_bench_owner_aaaaaaaaaaaa' }, { action, input }, ctx)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return r.data as { id: string; rev: number }
  }
  const answers = sampleAnswers({
    name: '老街面馆',
    ageBands: ['18-25', '26-35'],
    contentForms: ['shortVideo', 'tutorial', 'promotion'],
    weeklyCapacity: 5,
  })
  let plan = await call('create', { answers })
  for (let i = 0; i < 5; i++) {
    now += 86_400_000
    plan = await call('update', { planId: plan.id, baseRev: plan.rev, answers: { ...answers, weeklyCapacity: 6 + i } })
  }
  const get = await dispatch(
    'plan',
    { openid: 'o_bench_owner_aaaaaaaaaaaa' },
    { action: 'get', input: { planId: plan.id } },
    ctx,
  )
  const docs = stored()
  const versionBytes = docs.versions.map(utf8)
  console.log(`${name}:`)
  console.log(`  stored per version (largest of ${versionBytes.length}): ${kb(Math.max(...versionBytes))}  goal ≤ 3 KB`)
  console.log(`  plan document (holds the current version): ${kb(utf8(docs.plans[0]))}`)
  console.log(`  plan.get answer: ${kb(utf8(get))}  goal ≤ 8 KB`)
  // The per-user cap (LIMITS.bytesPerUser) against an owner at every count limit, and what the
  // handlers counted for this plan (its document and every archived version).
  const full = LIMITS.plansPerUser * LIMITS.versionsPerPlan * Math.max(...versionBytes)
  const counted = await store.plans.storedBytes('o_bench_owner_aaaaaaaaaaaa', 0)
  console.log(`  counted for this plan (6 versions): ${kb(counted)}`)
  console.log(
    `  ${LIMITS.plansPerUser} plans × ${LIMITS.versionsPerPlan} versions at this size: ${(full / 1024 / 1024).toFixed(1)} MB; cap per user ${(LIMITS.bytesPerUser / 1024 / 1024).toFixed(1)} MB`,
  )
  await store.close()
}

async function main() {
  const fake = createFakeCloudDb()
  await measure('cloud database (documents as the SDK writes them)', createCloudDbStore(fake.db), () => ({
    plans: fake.backend.dump('plans'),
    versions: fake.backend.dump('versions'),
  }))
  const sqlite = createSqliteStore({ file: ':memory:' })
  await measure('SQLite (the doc column)', sqlite, () => ({
    plans: sqlite.db
      .prepare('SELECT doc FROM plans')
      .all()
      .map((r) => JSON.parse((r as { doc: string }).doc)),
    versions: sqlite.db
      .prepare('SELECT doc FROM versions')
      .all()
      .map((r) => JSON.parse((r as { doc: string }).doc)),
  }))
  const before = [...legacy.revisions].map(utf8)
  console.log(`before compact versions (fixture of 2026-11-25): per archived revision ${kb(Math.max(...before))}`)
}

void main()
