import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sendDueReminders, purgeExpiredPlans } from '../../cloudfunctions/handlers'
import { COLLECTIONS } from '../../cloudfunctions/store/clouddb'
import { createFakeCloudDb, READ_CAP } from './support/cloud-db'
import { ADAPTERS, DAY, changedAnswers, makeHarness, sampleAnswers } from './support/fixtures'

/**
 * The stand-in must behave like the service where our adapter depends on it, and the requests
 * it receives are what the real SDK puts on the wire: these tests pin both.
 */

describe('cloud database stand-in', () => {
  it('receives the MongoDB-style EJSON the real SDK serializes', async () => {
    const { db, backend } = createFakeCloudDb()
    const _ = db.command
    await db
      .collection('plans')
      .where(_.and([{ _openid: 'o1' }, _.or([{ updatedAt: _.lt(5) }, { updatedAt: 5, _id: _.lt('p') }])]) as object)
      .orderBy('updatedAt', 'desc')
      .limit(3)
      .get()
    const sent = backend.requests.at(-1)!
    expect(sent.action).toBe('database.getDocument')
    expect(JSON.parse(sent.params.query as string)).toEqual({
      $and: [
        { _openid: 'o1' },
        { $or: [{ updatedAt: { $lt: { $numberInt: '5' } } }, { updatedAt: { $numberInt: '5' }, _id: { $lt: 'p' } }] },
      ],
    })
    expect(sent.params.limit).toBe(3)
  })

  it('evaluates queries, order, skip and limit like the database', async () => {
    const { db } = createFakeCloudDb()
    const _ = db.command
    const col = db.collection('t')
    for (let i = 0; i < 10; i++) await col.add({ data: { _id: `d${i}`, n: i, even: i % 2 === 0 } })
    const { data } = await col
      .where({ even: true, n: _.gt(2) })
      .orderBy('n', 'desc')
      .skip(1)
      .limit(2)
      .get()
    expect(data.map((d) => (d as { n: number }).n)).toEqual([6, 4])
    expect((await col.where({ n: _.lt(3) }).count()).total).toBe(3)
  })

  it(`returns at most ${READ_CAP} documents per read, whatever limit is asked`, async () => {
    const { db } = createFakeCloudDb()
    const col = db.collection('t')
    for (let i = 0; i < READ_CAP + 20; i++) await col.add({ data: { _id: `d${String(i).padStart(3, '0')}`, n: i } })
    expect((await col.where({}).get()).data).toHaveLength(READ_CAP)
    expect((await col.where({}).limit(500).get()).data).toHaveLength(READ_CAP)
  })

  it('shows why the adapter wraps nested values in _.set(): a plain object update merges', async () => {
    const { db, backend } = createFakeCloudDb()
    const _ = db.command
    const col = db.collection('t')
    await col.add({ data: { _id: 'a', answers: { x: 1, y: 2 } } })
    await col.where({ _id: 'a' }).update({ data: { answers: { x: 9 } } })
    expect(backend.dump('t')[0].answers).toEqual({ x: 9, y: 2 })
    await col.where({ _id: 'a' }).update({ data: { answers: _.set({ x: 10 }) } })
    expect(backend.dump('t')[0].answers).toEqual({ x: 10 })
  })

  it('counts only modified documents in stats.updated, and fails a duplicate _id', async () => {
    const { db } = createFakeCloudDb()
    const col = db.collection('t')
    await col.add({ data: { _id: 'a', v: 1 } })
    expect((await col.where({ _id: 'a' }).update({ data: { v: 2 } })).stats.updated).toBe(1)
    expect((await col.where({ _id: 'a', v: 1 }).update({ data: { v: 3 } })).stats.updated).toBe(0)
    await expect(col.add({ data: { _id: 'a', v: 9 } })).rejects.toBeTruthy()
  })

  it('refuses field names with dots, as the service does', async () => {
    const { db } = createFakeCloudDb()
    await expect(db.collection('t').add({ data: { _id: 'a', targets: { 'kpi.reads': 1 } } })).rejects.toBeTruthy()
  })

  it('replaces serverDate() with a real time', async () => {
    const { db, backend } = createFakeCloudDb(() => 1_700_000_000_000)
    const sdk = db as unknown as { serverDate(): unknown }
    await db.collection('t').add({ data: { _id: 'a', at: sdk.serverDate() } })
    expect(backend.dump('t')[0].at).toEqual(new Date(1_700_000_000_000))
  })

  it('surfaces a failed request as a rejected promise, which handlers turn into INTERNAL', async () => {
    const h = makeHarness('clouddb')
    h.backend!.failNext = 'database.getDocument'
    const r = await h.call('plan', 'list', {})
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect((await h.call('plan', 'list', {})).ok).toBe(true)
  })
})

describe('database configuration files', () => {
  const dir = join(__dirname, '../../cloudfunctions/database')
  const rules = JSON.parse(readFileSync(join(dir, 'security-rules.json'), 'utf8')) as Record<string, unknown>
  const indexes = JSON.parse(readFileSync(join(dir, 'indexes.json'), 'utf8')) as Record<
    string,
    { fields: { field: string }[] }[]
  >

  it('closes every collection to clients', () => {
    for (const name of Object.values(COLLECTIONS)) expect(rules[name]).toEqual({ read: false, write: false })
  })

  /** Field names a query filters or sorts on, `_id` aside (always indexed). */
  function fieldsOf(value: unknown, out = new Set<string>()): Set<string> {
    if (Array.isArray(value)) value.forEach((v) => fieldsOf(v, out))
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k.startsWith('$')) fieldsOf(v, out)
        else if (k !== '_id') out.add(k)
      }
    }
    return out
  }

  it.each(ADAPTERS.filter((a) => a === 'clouddb'))('has an index for every query the %s adapter sends', async () => {
    const h = makeHarness('clouddb')
    const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
    await h.must('plan', 'update', { planId: plan.id, answers: changedAnswers(), baseRev: 1 })
    const page = await h.must('plan', 'list', { limit: 1 })
    await h.must('plan', 'list', { limit: 1, cursor: page.nextCursor })
    await h.must('plan', 'versions', { planId: plan.id })
    await h.must('plan', 'version', { planId: plan.id, version: 1 })
    await h.must('plan', 'deleted', {})
    await h.must('draft', 'save', { answers: {}, step: 0 })
    const { token } = await h.must('share', 'create', { planId: plan.id })
    await h.must('share', 'list', { planId: plan.id })
    await h.must('share', 'open', { token })
    await h.must('draft', 'save', { planId: plan.id, answers: {}, step: 0 })
    const month = await h.must('results', 'save', {
      planId: plan.id,
      month: '2026-10',
      values: { 'team.posts': 3 },
      baseRev: 0,
    })
    await h.must('results', 'save', {
      planId: plan.id,
      month: '2026-10',
      values: { 'team.posts': 4 },
      baseRev: month.rev,
    })
    await h.must('results', 'list', { token })
    await h.must('reminder', 'subscribe', { planId: plan.id, accepted: 1 })
    await h.must('reminder', 'status', { planId: plan.id })
    await h.must('reminder', 'notices', {})
    await sendDueReminders({ store: h.store, platform: h.platform, clock: h.clock })
    await h.must('results', 'remove', { planId: plan.id, month: '2026-10', baseRev: month.rev + 1 })
    // The purge: a deleted plan past the restore window, with revisions, a link and a draft.
    await h.must('plan', 'delete', { planId: plan.id })
    h.clock.advance(31 * DAY)
    expect(await purgeExpiredPlans(h.ctx)).toMatchObject({ plans: 1, revisions: 1, shares: 1, drafts: 1 })
    const queried = new Set(['database.getDocument', 'database.calculateDocument'])
    // Updates and removes filter too: a remove by planId with no index scans the collection.
    const filtered = new Set([...queried, 'database.modifyDocument', 'database.removeDocument'])
    const queries = h.backend!.requests.filter((r) => filtered.has(r.action))
    expect(queries.filter((q) => queried.has(q.action)).length).toBeGreaterThan(5)
    expect(queries.filter((q) => q.action === 'database.removeDocument').map((q) => q.collectionName)).toEqual(
      expect.arrayContaining(['plans', 'revisions', 'shares', 'drafts']),
    )
    for (const q of queries) {
      const query = JSON.parse((q.params.query as string) ?? '{}') as Record<string, unknown>
      // A lookup by _id is served by the primary key whatever else it checks.
      if (typeof query._id === 'string') continue
      const used = fieldsOf(query)
      for (const f of fieldsOf(JSON.parse((q.params.order as string) ?? '{}'))) used.add(f)
      if (used.size === 0) continue
      // Fields checked on the few documents the index already narrowed to (a plan's links).
      const residual = ['revokedAt', 'expiresAt']
      const needed = [...used].filter((f) => !residual.includes(f))
      // The fields must be the index's leading ones: an index on (a, b) does not serve a query on b.
      const covered = (indexes[q.collectionName] ?? []).some((index) => {
        const prefix = index.fields.map((f) => f.field).slice(0, needed.length)
        return needed.every((f) => prefix.includes(f))
      })
      expect({ collection: q.collectionName, fields: [...used], covered }).toEqual({
        collection: q.collectionName,
        fields: [...used],
        covered: true,
      })
    }
  })
})
