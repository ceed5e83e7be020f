/**
 * `npm run bench:api`: the local cloud runtime on a temp SQLite file, 1,000 stored plans, then
 * 50 concurrent users over loopback HTTP for a bounded time (BENCH_SECONDS, default 15), mixing
 * create / list / get, back to back; then the same users with a think time between requests
 * (BENCH_THINK_MS, default 100; BENCH_PACED_SECONDS, default 10). Prints p50/p95/p99 per operation
 * and the error count. Goal: p95 ≤ 20 ms. Back to back, latency is mostly queueing: 50 in flight
 * divided by throughput; the paced phase shows the service time a user actually waits.
 */
import { spawn } from 'node:child_process'
import { Agent, request } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { QUESTIONS, parseAnswers } from '../../src/core'
import type { Answers } from '../../src/core'

const USERS = Number(process.env.BENCH_USERS ?? 50)
const SEED_PLANS = Number(process.env.BENCH_PLANS ?? 1000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15)
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 10)
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 100)
const GOAL_P95_MS = 20
const MAX_PLANS_PER_USER = 190 // stay under the 200-plan quota

type Op = 'create' | 'list' | 'get'

/** Valid answers from the questionnaire itself, so the bench follows it as it grows. */
function answers(name: string): Answers {
  const raw: Record<string, unknown> = {}
  for (const q of QUESTIONS as readonly Record<string, unknown>[]) {
    const id = q.id as string
    if (q.kind === 'text') raw[id] = id === 'name' ? name : q.required ? '甲' : ''
    if (q.kind === 'single') raw[id] = (q.options as { value: string }[])[0]?.value
    if (q.kind === 'multi')
      raw[id] = (q.options as { value: string }[]).slice(0, Math.max(1, Number(q.minItems ?? 1))).map((o) => o.value)
    if (q.kind === 'number') raw[id] = Number(q.min ?? 0)
    if (q.kind === 'boolean') raw[id] = false
  }
  const parsed = parseAnswers(raw)
  if (!parsed.ok) throw new Error(`bench answers do not parse: ${JSON.stringify(parsed.errors)}`)
  return parsed.value
}

interface Reply {
  status: number
  body: string
  cookie: string | null
}

function post(agent: Agent, url: URL, path: string, body: unknown, cookie: string | null): Promise<Reply> {
  const payload = JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path,
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          ...(body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const set = res.headers['set-cookie']?.[0]
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            cookie: set ? set.split(';')[0] : null,
          })
        })
      },
    )
    req.on('error', reject)
    if (body !== undefined) req.write(payload)
    req.end()
  })
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]
}

interface Run {
  seconds: number
  times: Record<Op, number[]>
  errors: Record<Op, number>
}

/** Each user runs its own loop: 10% create, 45% list, 45% get of one of its plans. */
async function drive(
  agent: Agent,
  url: URL,
  users: { cookie: string; plans: string[] }[],
  sample: Answers,
  seconds: number,
  thinkMs: number,
): Promise<Run> {
  const times: Record<Op, number[]> = { create: [], list: [], get: [] }
  const errors: Record<Op, number> = { create: 0, list: 0, get: 0 }
  const deadline = performance.now() + seconds * 1000
  await Promise.all(
    users.map(async (u, i) => {
      // stagger paced users so they do not all fire on the same tick
      if (thinkMs) await new Promise((r) => setTimeout(r, (i * thinkMs) / users.length))
      while (performance.now() < deadline) {
        const roll = Math.random()
        let op: Op = roll < 0.1 ? 'create' : roll < 0.55 ? 'list' : 'get'
        if (op === 'create' && u.plans.length >= MAX_PLANS_PER_USER) op = 'list'
        const event =
          op === 'create'
            ? { action: 'create', input: { answers: sample } }
            : op === 'list'
              ? { action: 'list', input: { limit: 20 } }
              : { action: 'get', input: { planId: u.plans[Math.floor(Math.random() * u.plans.length)] } }
        const t0 = performance.now()
        let ok = false
        try {
          const r = await post(agent, url, '/api/plan', event, u.cookie)
          ok = r.status === 200
          if (ok && op === 'create') u.plans.push((JSON.parse(r.body) as { data: { id: string } }).data.id)
        } catch {
          ok = false
        }
        times[op].push(performance.now() - t0)
        if (!ok) errors[op]++
        if (thinkMs) await new Promise((r) => setTimeout(r, thinkMs))
      }
    }),
  )
  return { seconds, times, errors }
}

function report(title: string, run: Run): void {
  const total = run.times.create.length + run.times.list.length + run.times.get.length
  console.log(`\n${title}: ${total} requests (${(total / run.seconds).toFixed(0)} req/s)`)
  console.log('op       count     p50 ms   p95 ms   p99 ms   max ms   errors')
  for (const op of ['create', 'list', 'get'] as Op[]) {
    const sorted = [...run.times[op]].sort((a, b) => a - b)
    const cells = [0.5, 0.95, 0.99].map((p) => percentile(sorted, p).toFixed(2).padStart(8))
    console.log(
      `${op.padEnd(8)} ${String(sorted.length).padStart(6)}  ${cells.join(' ')} ${(sorted[sorted.length - 1] ?? NaN).toFixed(2).padStart(8)} ${String(run.errors[op]).padStart(8)}`,
    )
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wp-bench-'))
  // The runtime runs in its own process, as `npm run local:cloud` does: load generator and server
  // sharing one event loop would measure each other.
  const server = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../cloudfunctions/local/main.ts')], {
    // 50 users writing back to back would hit the per-user write limit in a second: lifted here.
    env: { ...process.env, WP_PORT: '0', WP_DB_FILE: join(dir, 'bench.sqlite'), WP_WRITES_PER_MINUTE: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const serverUrl = await new Promise<string>((resolve, reject) => {
    let out = ''
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out)
      if (match) resolve(match[0])
    })
    server.once('exit', (code) => reject(new Error(`local cloud exited (${code}) before listening`)))
  })
  const cloud = {
    close: () =>
      new Promise<void>((resolve) => {
        server.once('exit', () => resolve())
        server.kill('SIGTERM')
      }),
  }
  const url = new URL(serverUrl)
  const agent = new Agent({ keepAlive: true, maxSockets: USERS })
  try {
    const users: { cookie: string; plans: string[] }[] = []
    for (let i = 0; i < USERS; i++) {
      const r = await post(agent, url, '/api/whoami', undefined, null)
      if (!r.cookie) throw new Error('no dev cookie')
      users.push({ cookie: r.cookie, plans: [] })
    }
    const sample = answers('基准测试店')
    const seedStart = performance.now()
    await Promise.all(
      users.map(async (u, i) => {
        const mine = Math.floor(SEED_PLANS / USERS) + (i < SEED_PLANS % USERS ? 1 : 0)
        for (let k = 0; k < mine; k++) {
          const r = await post(agent, url, '/api/plan', { action: 'create', input: { answers: sample } }, u.cookie)
          if (r.status !== 200) throw new Error(`seed failed: ${r.status} ${r.body}`)
          u.plans.push((JSON.parse(r.body) as { data: { id: string } }).data.id)
        }
      }),
    )
    const seeded = users.reduce((n, u) => n + u.plans.length, 0)
    console.log(`seeded ${seeded} plans for ${USERS} users in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`)

    const saturated = await drive(agent, url, users, sample, SECONDS, 0)
    report(`saturation: ${USERS} users back to back (no think time), ${SECONDS} s`, saturated)
    const paced = await drive(agent, url, users, sample, PACED_SECONDS, THINK_MS)
    report(`paced: ${USERS} users, ${THINK_MS} ms think time between requests, ${PACED_SECONDS} s`, paced)
    const worst = Math.max(
      ...(['create', 'list', 'get'] as Op[]).map((op) =>
        percentile(
          [...saturated.times[op]].sort((a, b) => a - b),
          0.95,
        ),
      ),
    )
    const errorCount = [saturated, paced].reduce((n, r) => n + r.errors.create + r.errors.list + r.errors.get, 0)
    console.log(
      `\nerrors: ${errorCount}; saturation worst p95 ${worst.toFixed(2)} ms (goal ≤ ${GOAL_P95_MS} ms): ${worst <= GOAL_P95_MS ? 'met' : 'NOT met'}`,
    )
    if (errorCount > 0) process.exitCode = 1
  } finally {
    agent.destroy()
    await cloud.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
