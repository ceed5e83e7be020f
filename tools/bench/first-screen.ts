// `npm run bench:first-screen`: how long until the H5 home page is usable on a slow phone.
// Chromium with 4x CPU throttling, a new profile per run (cold cache), the local cloud runtime
// serving the production H5 build. "Usable" = the home page's empty state or plan list is on
// screen with its start button, measured from navigation start in the page's own clock.
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startLocalCloud } from '../../cloudfunctions/local/server'
import { launchChromium } from '../chromium'

const RUNS = Number(process.env.RUNS ?? 7)
const H5 = resolve(__dirname, '../../dist/h5')

async function main(): Promise<void> {
  if (!existsSync(join(H5, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  const cloud = await startLocalCloud({
    port: 0,
    dbFile: join(mkdtempSync(join(tmpdir(), 'wp-fs-')), 'db.sqlite'),
    staticDir: H5,
  })
  const browser = await launchChromium()
  const times: number[] = []
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
      })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      await page.goto(`${cloud.url}/`, { waitUntil: 'commit' })
      await page.waitForFunction(
        () => {
          const title = document.querySelector('.state__title, .cell__title')
          return title !== null && title.getBoundingClientRect().height > 0 && document.querySelector('.btn') !== null
        },
        undefined,
        { polling: 'raf', timeout: 30_000 },
      )
      const ms = await page.evaluate(() => performance.now())
      times.push(ms)
      console.log(`run ${i + 1}: ${ms.toFixed(0)} ms`)
      await context.close()
    }
  } finally {
    await browser.close()
    await cloud.close()
  }
  const sorted = [...times].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]
  console.log(
    `first screen (4x CPU throttling, cold cache, ${RUNS} runs): median ${median.toFixed(0)} ms, best ${sorted[0].toFixed(0)} ms, worst ${sorted[sorted.length - 1].toFixed(0)} ms (goal ≤ 1000 ms)`,
  )
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
