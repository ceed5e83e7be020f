// `npm run bench:first-screen`: how long until the H5 home page is usable on a slow phone,
// against a bare one-page Taro app built by the same Taro and the same config/index.ts
// (tools/bench/bare-page, built here with WP_BARE_PAGE=1 into dist/bare-h5). The bare page keeps
// Taro's defaults, as a new Taro app has them (its components are custom elements on Stencil); the
// app binds one module per component (src/components/taro-h5) and draws home with Taro's HTML
// components and its own pull-down refresh, so no custom element loads before its first screen.
//
// Both are measured in ONE run, alternating app and bare page round by round (and which goes
// first), so a busy machine slows both alike. Chromium with 4x CPU throttling, a new browser
// context per load (cold cache), each served by its own local cloud runtime. "Usable" = a state
// title or plan row is on screen and a button exists, and the page is free to answer (the time it
// answers the bench's next question), in the page's own clock from navigation start. The figure
// that matters is the ratio of the medians; goal ≤ 1.05× bare. Also printed: when it was first
// shown (the frame the check passed), and the main thread's CPU time.
//
// On a 2-core machine one load varies by ±20 % (the browser's other processes share the cores), so
// one run's ratio moves by several percent. The run therefore also prints a 95 % interval for the
// ratio (bootstrap over the rounds, each round's app and bare load resampled together), and how
// many rounds the app was the faster of the pair: a ratio is only settled when its interval is.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { startLocalCloud } from '../../cloudfunctions/local/server'
import { launchChromium } from '../chromium'

const ROUNDS = Number(process.env.ROUNDS ?? process.env.RUNS ?? 21)
const ROOT = resolve(__dirname, '../..')
const APP = join(ROOT, 'dist/h5')
const BARE = join(ROOT, 'dist/bare-h5')
const BARE_SRC = join(ROOT, 'tools/bench/bare-page')

function newest(dir: string): number {
  let latest = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const s = statSync(path)
    latest = Math.max(latest, s.isDirectory() ? newest(path) : s.mtimeMs)
  }
  return latest
}

/** Builds the bare page when it is missing or older than its sources or the Taro config. */
function buildBare(): void {
  const index = join(BARE, 'index.html')
  const sources = Math.max(
    newest(BARE_SRC),
    newest(join(ROOT, 'config')),
    statSync(join(ROOT, 'package-lock.json')).mtimeMs,
  )
  if (existsSync(index) && statSync(index).mtimeMs > sources) return
  console.log('building the bare Taro page (dist/bare-h5)…')
  const taro = join(ROOT, 'node_modules/.bin/taro')
  const r = spawnSync(taro, ['build', '--type', 'h5'], {
    cwd: ROOT,
    env: { ...process.env, WP_BARE_PAGE: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (r.status !== 0 || !existsSync(index)) throw new Error('the bare page did not build')
}

function kb(dir: string): number {
  let bytes = 0
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      const s = statSync(path)
      if (s.isDirectory()) walk(path)
      else if (/\.(js|css)$/.test(name)) bytes += s.size
    }
  }
  walk(dir)
  return bytes / 1024
}

interface Load {
  /** Milliseconds from navigation start until the first screen is usable (the figure that counts). */
  wall: number
  /** Milliseconds until it was first on screen: the check's own clock, in the frame it passed. */
  shown: number
  /** CPU milliseconds the page's main thread spent by then: what a busy machine cannot inflate. */
  cpu: number
}

/** One cold load, timed until the first screen is usable. */
async function firstScreen(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Performance.enable')
    await page.goto(`${url}/`, { waitUntil: 'commit' })
    const check = await page.waitForFunction(
      () => {
        const title = document.querySelector('.state__title, .cell__title')
        const shown =
          title !== null && title.getBoundingClientRect().height > 0 && document.querySelector('.btn') !== null
        return shown && performance.now()
      },
      undefined,
      { polling: 'raf', timeout: 30_000 },
    )
    const shown = Number(await check.jsonValue())
    // Usable = shown, and the page is free to answer (a page still busy would not answer a tap).
    const wall = await page.evaluate(() => performance.now())
    const { metrics } = await cdp.send('Performance.getMetrics')
    const threadTime = metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN
    return { wall, shown, cpu: threadTime * 1000 }
  } finally {
    await context.close()
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/**
 * A 95 % interval for median(app) / median(bare): rounds are resampled with replacement, keeping
 * each round's pair together (both loads of a round met the same machine). A fixed-seed generator
 * makes a run's interval reproducible from its figures.
 */
function ratioInterval(app: number[], bare: number[], resamples = 4000): [number, number] {
  let seed = 0x9e3779b9
  const random = (): number => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const ratios: number[] = []
  for (let r = 0; r < resamples; r++) {
    const a: number[] = []
    const b: number[] = []
    for (let i = 0; i < app.length; i++) {
      const k = Math.floor(random() * app.length)
      a.push(app[k])
      b.push(bare[k])
    }
    ratios.push(median(a) / median(b))
  }
  ratios.sort((x, y) => x - y)
  return [ratios[Math.floor(resamples * 0.025)], ratios[Math.ceil(resamples * 0.975) - 1]]
}

async function main(): Promise<void> {
  if (!existsSync(join(APP, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  buildBare()
  const dir = mkdtempSync(join(tmpdir(), 'wp-fs-'))
  const app = await startLocalCloud({ port: 0, dbFile: join(dir, 'app.sqlite'), staticDir: APP })
  const bare = await startLocalCloud({ port: 0, dbFile: join(dir, 'bare.sqlite'), staticDir: BARE })
  const browser = await launchChromium()
  const times = { app: [] as Load[], bare: [] as Load[] }
  try {
    // One untimed load of each first: the servers and the browser warm up, not the page cache.
    await firstScreen(browser, app.url)
    await firstScreen(browser, bare.url)
    for (let i = 0; i < ROUNDS; i++) {
      const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const)
      for (const which of order) times[which].push(await firstScreen(browser, which === 'app' ? app.url : bare.url))
      const [a, b] = [times.app[i], times.bare[i]]
      console.log(
        `round ${i + 1}: app ${a.wall.toFixed(0)} ms (shown ${a.shown.toFixed(0)}, CPU ${a.cpu.toFixed(0)}), bare ${b.wall.toFixed(0)} ms (shown ${b.shown.toFixed(0)}, CPU ${b.cpu.toFixed(0)})`,
      )
    }
  } finally {
    await browser.close()
    await app.close()
    await bare.close()
  }
  const a = median(times.app.map((t) => t.wall))
  const b = median(times.bare.map((t) => t.wall))
  const as = median(times.app.map((t) => t.shown))
  const bs = median(times.bare.map((t) => t.shown))
  const ac = median(times.app.map((t) => t.cpu))
  const bc = median(times.bare.map((t) => t.cpu))
  console.log(
    `JS + CSS: app ${kb(APP).toFixed(0)} KB in total (home loads only its part), bare ${kb(BARE).toFixed(0)} KB`,
  )
  console.log(
    `main-thread CPU until usable (not inflated by a busy machine): app median ${ac.toFixed(0)} ms, bare ${bc.toFixed(0)} ms, ratio ${(ac / bc).toFixed(2)}×`,
  )
  console.log(
    `first screen on screen with its button: app median ${as.toFixed(0)} ms, bare ${bs.toFixed(0)} ms, ratio ${(as / bs).toFixed(2)}×`,
  )
  const [low, high] = ratioInterval(
    times.app.map((t) => t.wall),
    times.bare.map((t) => t.wall),
  )
  const faster = times.app.filter((t, i) => t.wall < times.bare[i].wall).length
  console.log(
    `first screen (4x CPU throttling, cold cache, ${ROUNDS} interleaved rounds): app median ${a.toFixed(0)} ms, bare Taro page median ${b.toFixed(0)} ms, ratio ${(a / b).toFixed(2)}× (95 % interval ${low.toFixed(2)}–${high.toFixed(2)}×; app faster in ${faster} of ${ROUNDS} rounds) (goal ≤ 1.05×)`,
  )
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
