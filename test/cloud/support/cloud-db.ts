/**
 * A stand-in for the WeChat cloud database that keeps the real client code in the loop.
 *
 * The `db` it returns is wx-server-sdk 4.0.2's own `cloud.database()`: its wrapper (`{data}`
 * options, `stats.updated`, not-found errors) and the @cloudbase/database query builder and
 * serializers it sits on are the real ones. Only the transport is replaced: where the SDK would
 * POST `database.getDocument` & co. to Tencent Cloud, the requests (MongoDB-style EJSON, exactly
 * as they would go on the wire) are evaluated with mingo against in-memory collections.
 * What the real service enforces and this stand-in copies: at most 100 documents per read,
 * duplicate `_id` on insert fails, field names may not contain '.' or start with '$',
 * `updated` counts documents actually modified.
 */
import * as mingo from 'mingo'
import type { WxDatabase } from '../../../cloudfunctions/store/clouddb'

type AnyObject = Record<string, unknown>
type Doc = AnyObject & { _id: string }

interface EjsonApi {
  parse(text: string, options?: { relaxed?: boolean }): unknown
  stringify(value: unknown, options?: { relaxed?: boolean }): string
}
interface DbModule {
  Db: { reqClass: unknown }
}
interface WxServerSdk {
  init(config: { env: string }): void
  database(config?: { env?: string }): unknown
}

// Pinned versions (package.json: wx-server-sdk 4.0.2 → @cloudbase/database 1.4.3): the stand-in
// depends on how they serialize, so it must use the very copies the SDK loads.
// jest.requireActual: a test that mocks 'wx-server-sdk' (to fake getWXContext) still gets the real
// database client here.
const load: (id: string) => unknown = typeof jest !== 'undefined' ? jest.requireActual : require
const sdkPath = require.resolve('wx-server-sdk')
const nodeSdkPath = require.resolve('@cloudbase/node-sdk', { paths: [sdkPath] })
const databasePath = require.resolve('@cloudbase/database', { paths: [nodeSdkPath] })
const { EJSON } = load(require.resolve('bson', { paths: [databasePath] })) as { EJSON: EjsonApi }
const { Db } = load(databasePath) as DbModule
const cloud = load(sdkPath) as WxServerSdk

export const READ_CAP = 100

interface TcbResponse {
  requestId: string
  code?: string
  message?: string
  data?: unknown
}

export interface RecordedRequest {
  action: string
  collectionName: string
  params: Record<string, unknown>
}

/** The service side: collections of plain documents and the request handlers. */
export class FakeCloudBackend {
  readonly collections = new Map<string, Doc[]>()
  readonly requests: RecordedRequest[] = []
  private ids = 0
  /** Set to make the next request of this action fail, as a flaky network would. */
  failNext: string | null = null
  /** Set to make the first request it matches fail (then it is cleared): a timeout at a chosen step. */
  failWhen: ((action: string, collectionName: string) => boolean) | null = null

  constructor(
    readonly env: string,
    readonly now: () => number,
  ) {}

  dump(name: string): Doc[] {
    return (this.collections.get(name) ?? []).map((d) => structuredClone(d))
  }

  private coll(name: string): Doc[] {
    let docs = this.collections.get(name)
    if (!docs) {
      docs = []
      this.collections.set(name, docs)
    }
    return docs
  }

  handle(action: string, params: Record<string, unknown>): TcbResponse {
    const requestId = `fake-${++this.ids}`
    const collectionName = String(params.collectionName)
    this.requests.push({ action, collectionName, params })
    if (this.failNext === action) {
      this.failNext = null
      return { requestId, code: 'SYS_ERR', message: 'simulated failure' }
    }
    if (this.failWhen?.(action, collectionName)) {
      this.failWhen = null
      return { requestId, code: 'SYS_ERR', message: 'simulated failure' }
    }
    try {
      const data = this.run(action, collectionName, params)
      return { requestId, data }
    } catch (error) {
      return { requestId, code: 'DATABASE_REQUEST_FAILED', message: (error as Error).message }
    }
  }

  private run(action: string, name: string, params: Record<string, unknown>): unknown {
    const docs = this.coll(name)
    const query = params.query === undefined ? {} : (this.decode(params.query) as AnyObject)
    switch (action) {
      case 'database.getDocument': {
        const limit = Math.min(typeof params.limit === 'number' ? params.limit : READ_CAP, READ_CAP)
        const offset = typeof params.offset === 'number' ? params.offset : 0
        const projection = params.projection === undefined ? undefined : (this.decode(params.projection) as AnyObject)
        let cursor = mingo.find(docs, query, projection)
        if (params.order !== undefined) cursor = cursor.sort(this.decode(params.order) as AnyObject)
        const list = cursor.skip(offset).limit(limit).all()
        return { list: list.map((d) => EJSON.stringify(d, { relaxed: false })) }
      }
      case 'database.calculateDocument':
        return { total: mingo.find(docs, query).all().length }
      case 'database.insertDocument': {
        const inserted: string[] = []
        for (const text of params.data as string[]) {
          const doc = this.decode(text) as Record<string, unknown>
          const id = typeof doc._id === 'string' ? doc._id : `auto-${++this.ids}`
          assertFieldNames(doc)
          if (docs.some((d) => d._id === id)) {
            throw new Error(`E11000 duplicate key error collection: ${name} index: _id_ dup key: { _id: "${id}" }`)
          }
          docs.push({ ...doc, _id: id })
          inserted.push(id)
        }
        return { insertedIds: inserted }
      }
      case 'database.modifyDocument': {
        const data = this.decode(params.data) as AnyObject
        const matching = mingo.find(docs, query).all() as Doc[]
        const targets = params.multi ? matching : matching.slice(0, 1)
        if (params.merge === false) {
          // set(): replace the whole document, or insert it (upsert)
          assertFieldNames(data)
          if ('_id' in data) throw new Error('不能更新_id的值')
          if (targets.length === 0) {
            if (!params.upsert) return { updated: 0 }
            const id = (query._id as string | undefined) ?? `auto-${++this.ids}`
            docs.push({ ...data, _id: id })
            return { updated: 0, upsert_id: id }
          }
          for (const target of targets) {
            const index = docs.indexOf(target)
            docs[index] = { ...data, _id: target._id }
          }
          return { updated: targets.length }
        }
        let updated = 0
        for (const target of targets) {
          const before = JSON.stringify(target)
          mingo.update(target, data as AnyObject)
          assertFieldNames(target)
          if (JSON.stringify(target) !== before) updated++
        }
        return { updated }
      }
      case 'database.removeDocument': {
        const matching = new Set(mingo.find(docs, query).all() as Doc[])
        const removed = params.multi ? [...matching] : [...matching].slice(0, 1)
        this.collections.set(
          name,
          docs.filter((d) => !removed.includes(d)),
        )
        return { deleted: removed.length }
      }
      default:
        throw new Error(`stand-in does not implement ${action}`)
    }
  }

  /** EJSON text (what the SDK sends) → plain values, with serverDate() replaced by a real time. */
  private decode(value: unknown): unknown {
    const parsed = typeof value === 'string' ? EJSON.parse(value, { relaxed: true }) : value
    return this.replaceServerDate(parsed)
  }

  private replaceServerDate(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.replaceServerDate(v))
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const obj = value as Record<string, unknown>
      const marker = obj.$tcb_server_date as { offset?: number } | undefined
      if (marker && typeof marker === 'object') return new Date(this.now() + (marker.offset ?? 0))
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(obj)) out[k] = this.replaceServerDate(obj[k])
      return out
    }
    return value
  }
}

function assertFieldNames(value: unknown, path = ''): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertFieldNames(v, `${path}[${i}]`))
    return
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const key of Object.keys(value)) {
      if (key.includes('.') || key.startsWith('$')) throw new Error(`invalid field name "${path}${key}"`)
      assertFieldNames((value as Record<string, unknown>)[key], `${path}${key}.`)
    }
  }
}

const backends = new Map<string, FakeCloudBackend>()

/** Replaces the SDK's HTTP requester: same constructor and `send` signature. */
class FakeRequester {
  constructor(private readonly config: { envName?: string; env?: string }) {}

  async send(action: string, params: Record<string, unknown>): Promise<TcbResponse> {
    const env = this.config.envName ?? this.config.env ?? ''
    const backend = backends.get(env)
    if (!backend) return { requestId: 'none', code: 'SYS_ERR', message: `no stand-in backend for env ${env}` }
    // a real round trip is asynchronous; keep interleavings honest
    await new Promise((resolve) => setImmediate(resolve))
    return backend.handle(action, structuredClone(params))
  }
}

let initialised = false
let envs = 0

export interface FakeCloudDb {
  db: WxDatabase
  backend: FakeCloudBackend
}

export function createFakeCloudDb(now: () => number = Date.now): FakeCloudDb {
  if (!initialised) {
    cloud.init({ env: 'stand-in' })
    initialised = true
  }
  const env = `stand-in-${++envs}`
  const backend = new FakeCloudBackend(env, now)
  backends.set(env, backend)
  const db = cloud.database({ env }) as WxDatabase
  // cloud.database() installs the HTTP requester; every query object created from now on
  // instantiates ours instead.
  Db.reqClass = FakeRequester
  return { db, backend }
}
