import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ApiEnvelope, ErrorCode } from '@/core'
import { fail } from '@/core'
import { DAY_MS, httpStatusOf, isFunctionName } from '@/core/api'
import { dispatch, purgeExpiredPlans } from '../handlers'
import type { HandlerContext, MaintenanceContext, PurgeReport } from '../handlers'
import { createFakePlatform } from '../platform/fake'
import type { FakePlatform } from '../platform/fake'
import type { Store } from '../store/port'
import { openLocalDatabase } from './database'
import { sendDueReminders } from '../handlers/reminder-timer'
import type { ReminderRunReport } from '../handlers/reminder-timer'
import { devCookie, newDevOpenid, readDevOpenid, signInOnPage } from './identity.cjs'
import { serveStatic } from './static'
import { wechatConfig } from '@/wechat-config'

/**
 * The local cloud runtime: the same handlers as the WeChat functions, over HTTP on 127.0.0.1,
 * with the SQLite adapter and a cookie as the caller's identity. It is how the H5 build runs on
 * a laptop and in the browser tests; it is not a second implementation.
 *
 *   POST /api/<fn>  {action, input}  → ApiResult and `now` (the runtime's clock), HTTP 200 or the error code's status
 *   GET  /api/whoami                 → {ok, data: {openid}, openid}
 *   anything else                    → the H5 app from staticDir (index.html fallback), or 404
 *
 * Like production's `maintenance` timer, it purges plans past their restore window, once at
 * start-up and then daily, so local data ages the way deployed data does. `maintenance` is not
 * an HTTP function (it is not in the Api map): `POST /api/maintenance` is a 404 like any other.
 */

export const MAX_BODY_BYTES = 64 * 1024

export interface LocalCloudOptions {
  port: number
  dbFile: string
  staticDir?: string
  clock?: { now(): number }
  /** Writes per user per minute (LIMITS.writesPerMinute by default); `false` only for load benchmarks. */
  writesPerMinute?: number | false
  /** Defaults to 127.0.0.1: the dev login must never be reachable from the network. */
  host?: string
  log?: (message: string, error: unknown) => void
  /** What the schedule runs; the purge by default. Injectable so tests can make it fail or hang. */
  maintenance?: (ctx: MaintenanceContext) => Promise<PurgeReport>
  /** Time between runs after the start-up one; a day by default. */
  maintenanceIntervalMs?: number
  /** WeChat's open APIs; the fake with WeChat's limits and codes by default. */
  platform?: FakePlatform
  /** Time between review-reminder runs; a minute by default. */
  remindersIntervalMs?: number
}

export interface LocalCloud {
  url: string
  store: Store
  /** The start-up maintenance run: its result, or null when it failed (logged, never thrown). */
  maintained: Promise<PurgeReport | null>
  /** Runs the review-reminder scheduler now (it also runs on its own timer). */
  runReminders(): Promise<ReminderRunReport | null>
  close(): Promise<void>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  })
  res.end(json)
}

function sendResult(res: ServerResponse, result: ApiEnvelope<unknown>, headers: Record<string, string> = {}): void {
  send(res, result.ok ? 200 : httpStatusOf(result.error.code), result, headers)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_BODY_BYTES) {
      reject(new HttpError(413, 'LIMIT_EXCEEDED', `请求内容太大（上限 ${MAX_BODY_BYTES / 1024} KB）`))
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'LIMIT_EXCEEDED', `请求内容太大（上限 ${MAX_BODY_BYTES / 1024} KB）`))
        req.pause()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  // Refuses (throws StartupRefused) a file it cannot read, write or trust; backs up and migrates old data.
  const opened = await openLocalDatabase(options.dbFile)
  const store = opened.store
  if (opened.backup)
    console.log(
      `[local] backed up ${options.dbFile} to ${opened.backup}; migrated: ${JSON.stringify(opened.migration)}`,
    )
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error))
  const clock = options.clock ?? { now: () => Date.now() }
  // No WeChat here: the fake platform keeps WeChat's consent rules, and a sent reminder is the
  // in-app notice the H5 app shows (reminder.notices), the local runtime's outbox.
  const platform = options.platform ?? createFakePlatform({ clock })
  const ctx: HandlerContext = {
    store,
    clock,
    log,
    platform,
    writesPerMinute: options.writesPerMinute,
    grantConsent: (openid, templateId) => platform.grantConsent(openid, templateId),
    reminderTemplateId: wechatConfig.subscribeTemplates.review,
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    let openid = readDevOpenid(req)
    const headers: Record<string, string> = {}
    if (!openid) {
      openid = newDevOpenid()
      headers['Set-Cookie'] = devCookie(openid)
    }
    if (name === 'whoami') {
      if (req.method !== 'GET') throw new HttpError(405, 'INVALID_INPUT', '请使用 GET')
      send(res, 200, { ok: true, data: { openid }, openid }, headers)
      return
    }
    if (!isFunctionName(name)) throw new HttpError(404, 'NOT_FOUND', '没有这个接口')
    // Any call is the user using the app: what WeChat means by "visited in the last two hours".
    platform.recordVisit(openid)
    if (req.method !== 'POST') throw new HttpError(405, 'INVALID_INPUT', '请使用 POST')
    // Requiring JSON also keeps plain cross-site form posts (no preflight) out.
    const type = String(req.headers['content-type'] ?? '')
    if (!/^application\/json\b/i.test(type))
      throw new HttpError(415, 'INVALID_INPUT', '请求须为 JSON（Content-Type: application/json）')
    const text = await readBody(req)
    let event: unknown
    try {
      event = JSON.parse(text)
    } catch {
      throw new HttpError(400, 'INVALID_INPUT', '请求不是合法的 JSON')
    }
    // Like the WeChat entries, the answer carries the server's clock (src/api/server-clock.ts).
    sendResult(res, { ...(await dispatch(name, { openid }, event, ctx)), now: ctx.clock.now() }, headers)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        await handleApi(req, res, url.pathname.slice('/api/'.length))
        return
      }
      if (options.staticDir && (req.method === 'GET' || req.method === 'HEAD')) {
        // The page brings the dev identity, so every request of a first visit carries the same one.
        if (await serveStatic(options.staticDir, req, res, url.pathname, signInOnPage)) return
      }
      throw new HttpError(404, 'NOT_FOUND', '没有这个地址')
    } catch (error) {
      if (res.headersSent) {
        res.destroy()
        return
      }
      if (error instanceof HttpError) {
        const result = fail(error.code, { message: error.message })
        // After a refused body the rest of it is not worth reading: close the connection.
        send(res, error.status, result, error.status === 413 ? { Connection: 'close' } : {})
        return
      }
      log('[local] unexpected error', error)
      send(res, 500, fail('INTERNAL'))
    }
  }

  const server = createServer((req, res) => {
    void handle(req, res)
  })
  server.keepAliveTimeout = 5000
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo

  // Started after listening, on the next turn, and never awaited: maintenance must not delay or
  // break start-up.
  const maintain = options.maintenance ?? purgeExpiredPlans
  let maintaining = false
  let closing = false
  // The SQLite store answers synchronously, so a purge run completes within microtasks and can
  // never be caught half-way by close(); `closing` only stops runs from starting afterwards.
  const runMaintenance = async (): Promise<PurgeReport | null> => {
    // A slow run is not stacked on by the next tick, and nothing runs against a closed store.
    if (maintaining || closing) return null
    maintaining = true
    try {
      const report = await maintain({ store, clock: ctx.clock })
      // Quiet unless something happened: most starts have nothing to purge.
      if (report.plans > 0 || !report.complete) console.log(`[local] purged expired plans: ${JSON.stringify(report)}`)
      return report
    } catch (error) {
      try {
        log('[local] maintenance failed', error)
      } catch {
        // a broken logger must not turn a failed purge into a crash
      }
      return null
    } finally {
      maintaining = false
    }
  }
  const maintained = new Promise<PurgeReport | null>((resolve) => setImmediate(() => resolve(runMaintenance())))
  // unref: the schedule alone must never keep the process (or a test run) alive.
  const timer = setInterval(() => void runMaintenance(), options.maintenanceIntervalMs ?? DAY_MS)
  timer.unref()

  const runReminders = async (): Promise<ReminderRunReport | null> => {
    if (closing) return null
    try {
      return await sendDueReminders({
        store,
        platform,
        clock,
        reminderTemplateId: ctx.reminderTemplateId,
        miniprogramState: 'developer',
      })
    } catch (error) {
      try {
        log('[local] reminders failed', error)
      } catch {
        // ignore: the next run tries again
      }
      return null
    }
  }
  const reminderTimer = setInterval(() => void runReminders(), options.remindersIntervalMs ?? 60_000)
  reminderTimer.unref()

  let closed: Promise<void> | null = null
  return {
    url: `http://${host}:${port}`,
    store,
    maintained,
    runReminders,
    close() {
      closing = true
      clearInterval(timer)
      clearInterval(reminderTimer)
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }).then(() => store.close())
      return closed
    },
  }
}
