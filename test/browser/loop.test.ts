import type { Page } from 'playwright-core'
import { BASE_RAW } from '../core/support/answers'
import { recompute, type VersionSource } from '@/core/plan/releases'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { startLocalCloud, type LocalCloud } from '../../cloudfunctions/local/server'
import { launchChromium } from '../../tools/chromium'
import { brokenWordsAtEveryWidth, orphanLinesAtEveryWidth, PHONE, screenshot, settled } from './support/browser'

jest.setTimeout(180_000)

/**
 * Its own local runtime, with a clock the test can move: the reminder scheduler must find the
 * review date (a quarter ahead) come, without waiting a quarter.
 */
const clock = { offset: 0, now: () => Date.now() + clock.offset }
let cloud: LocalCloud
let browser: Browser
const h = {
  get url() {
    return cloud.url
  },
  async newPhone() {
    const context = await browser.newContext(PHONE)
    return { context, page: await context.newPage() }
  },
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp-loop-'))
  cloud = await startLocalCloud({
    port: 0,
    dbFile: join(dir, 'db.sqlite'),
    staticDir: resolve(__dirname, '../../dist/h5'),
    clock,
  })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await cloud?.close()
})

/** A plan made through the API the app itself uses (same cookie), so the journey starts at the plan. */
async function createPlan(page: Page, overrides: Record<string, unknown>): Promise<string> {
  await page.goto(`${h.url}/`)
  return page.evaluate(
    async (answers) => {
      const res = await fetch('/api/plan', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ action: 'create', input: { answers } }),
      })
      const body = (await res.json()) as { ok: boolean; data: { id: string } }
      if (!body.ok) throw new Error(JSON.stringify(body))
      return body.data.id
    },
    { ...BASE_RAW, ...overrides },
  )
}

/** Taro's H5 keeps earlier pages in the DOM: look only at the one on top. */
const top = (page: Page) => page.locator('.taro_page_show').last()

async function fieldFor(page: Page, label: string) {
  return top(page).locator('.metric-field').filter({ hasText: label }).locator('input')
}

async function monthShown(page: Page): Promise<string> {
  return ((await page.locator('.month-switch__label').textContent()) ?? '').trim()
}

describe('the quarterly loop on a phone (H5 build + local cloud runtime)', () => {
  test('record three months, paste a table, see the chart, review and accept two proposals', async () => {
    const { page } = await h.newPhone()
    const planId = await createPlan(page, {
      name: '老街面馆',
      industry: 'catering',
      followers: 10000,
      weeklyCapacity: 7,
      contentForms: ['longArticle', 'shortVideo'],
    })
    await page.goto(`${h.url}/#/packages/plan/detail/index?id=${planId}`)
    await top(page).getByText('记录数据', { exact: true }).click()
    await page.locator('.month-switch').waitFor()
    await settled(page)

    // A wrong value is refused next to its field, nothing saved.
    const first = await monthShown(page)
    await (await fieldFor(page, '会话打开率')).fill('120')
    await top(page).getByText(/^保存/).click()
    await page.locator('.metric-field--invalid [role=alert]').filter({ hasText: '百分比不能超过 100' }).waitFor()
    await screenshot(page, 'loop-01-record-invalid')
    // A metric's name keeps its bracketed note whole ("小程序留存率（次" / "月）" reads as two things).
    expect(await brokenWordsAtEveryWidth(page, '.metric-field__label')).toEqual([])
    await (await fieldFor(page, '会话打开率')).fill('')

    // Three months typed, newest first: new followers beat the 500 target, the team posts less than planned.
    const typed = [
      { followers: '620', posts: '10' },
      { followers: '580', posts: '9' },
      { followers: '650', posts: '8' },
    ]
    for (const [i, m] of typed.entries()) {
      if (i > 0) await top(page).getByLabel('上个月').click()
      await (await fieldFor(page, '新增关注量')).fill(m.followers)
      await (await fieldFor(page, '实际发布内容')).fill(m.posts)
      await top(page).getByText(/^保存/).click()
      await page.locator('[role=status]').filter({ hasText: '的数据已保存' }).waitFor()
    }
    expect(await page.locator('.recorded').count()).toBe(3)
    // Each month's values: a unit never alone on a line ("实际发布内容（月）9" / "条").
    expect(await orphanLinesAtEveryWidth(page, '.recorded__values')).toEqual([])
    expect(await monthShown(page)).not.toBe(first)

    // Paste a small table from the back office: columns in its own order, one bad row.
    const months = await page.evaluate(() => {
      const d = new Date()
      const ym = (back: number) => {
        const x = new Date(d.getFullYear(), d.getMonth() - back, 1)
        return `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}`
      }
      return [ym(3), ym(2), ym(1)]
    })
    const table = [
      '日期\t图文打开率\t成交额',
      `${months[0]}\t4.8%\t"12,000"`,
      `${months[1]}\t5.6%\t13500`,
      `${months[2]}\t130%\t15000`,
    ]
      .join('\n')
      .replace(/"/g, '')
    await top(page).getByLabel('粘贴表格').locator('textarea').fill(table)
    await top(page).getByText('识别表格', { exact: true }).click()
    await page.locator('.paste__row').first().waitFor()
    expect(await page.locator('.paste__row--bad').count()).toBe(1)
    expect(await page.locator('.paste__row--bad').textContent()).toContain('百分比不能超过 100')
    await screenshot(page, 'loop-02-paste-preview')
    await top(page).getByText('导入 2 个月', { exact: true }).click()
    await page.locator('[role=status]').filter({ hasText: '已导入 2 个月的数据' }).waitFor()

    // The chart: one per layer, drawn (pixels on the canvas), with the numbers beneath.
    await top(page).getByText('查看走势图', { exact: true }).click()
    await page.locator('.chart canvas').first().waitFor()
    await settled(page)
    await page.waitForFunction(() => {
      const c = document.querySelector('.chart canvas') as HTMLCanvasElement | null
      if (!c || c.width === 0) return false
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data
      return !!data && data.some((v, i) => i % 4 === 3 && v > 0)
    })
    const tableText = (await page.locator('.numbers').first().textContent()) ?? ''
    expect(tableText).toContain('620')
    // The helper saves it at 320, 375 and 430 px.
    await screenshot(page, 'loop-03-trend')
    // The table's headers: never "新增关注量（" / "月）", a lone bracket or a lone character.
    const headers = '.numbers__row--head [role=columnheader]'
    expect(await brokenWordsAtEveryWidth(page, headers)).toEqual([])
    expect(await orphanLinesAtEveryWidth(page, headers)).toEqual([])

    // The review: targets met / missed, assumptions, proposals with their evidence.
    await top(page).getByText('季度复盘', { exact: true }).click()
    await page.locator('.proposal').first().waitFor()
    await settled(page)
    const tighten = page.locator('.proposal').filter({ hasText: '提高新增关注量（月）目标' })
    const cadence = page.locator('.proposal').filter({ hasText: '把每周内容产能从 7 条调整为' })
    expect(await tighten.textContent()).toContain('依据')
    expect(await cadence.textContent()).toContain('实际发布')
    await screenshot(page, 'loop-04-review')
    // The lead line keeps 建议复盘日 and its date together (never "2027-" / "02-26").
    expect(await brokenWordsAtEveryWidth(page, '.page__desc')).toEqual([])
    await tighten.click()
    await cadence.click()
    await top(page).getByText('采纳选中的 2 项，生成新版本').click()
    const done = page.locator('.done')
    await done.waitFor()
    const doneText = (await done.textContent()) ?? ''
    expect(doneText).toContain('已更新方案')
    expect(doneText).toContain('每周内容产能')
    expect(doneText).toContain('提高新增关注量')
    await screenshot(page, 'loop-05-accepted')

    // The plan page shows the new version and what changed.
    await top(page).getByText('查看新版方案').click()
    await settled(page)
    await top(page).locator('.plan').waitFor()
    const planText = (await top(page).locator('.plan').textContent()) ?? ''
    // A new version (its number follows the plan's own rules), with the answer change listed.
    expect(planText).toMatch(/^老街面馆第 [23] 版/)
    expect(planText).toContain('每周内容产能')
    await screenshot(page, 'loop-06-plan-after-review')

    // Subscribe to the review reminder, let the quarter pass, the scheduler fires, the notice shows.
    await top(page).getByText('提前复盘', { exact: true }).click()
    await settled(page)
    await top(page).getByText('复盘时提醒我', { exact: true }).click()
    await top(page).locator('.reminder').filter({ hasText: '已存 1 次提醒' }).waitFor()
    await top(page).locator('.reminder .toast-line').filter({ hasText: '好的' }).waitFor()
    await screenshot(page, 'loop-07-reminder-banked')
    // The confirmation line starts where the text above it starts, and the button's edge too.
    const edges = await top(page)
      .locator('.reminder')
      .evaluate((panel) => {
        const textLeft = (sel: string) => {
          const range = document.createRange()
          range.selectNodeContents(panel.querySelector(sel) as Node)
          return Math.round(range.getClientRects()[0]?.left ?? -1)
        }
        const button = panel.querySelector('.btn')?.getBoundingClientRect()
        return {
          text: textLeft('.reminder__text'),
          confirmation: textLeft('.toast-line'),
          button: Math.round(button?.left ?? -1),
        }
      })
    expect(edges).toEqual({ text: edges.text, confirmation: edges.text, button: edges.text })
    const plan = await page.evaluate(async (id) => {
      const res = await fetch('/api/plan', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'get', input: { planId: id } }),
      })
      return ((await res.json()) as { data: VersionSource }).data
    }, planId)
    // The API sends no content: the review date is computed from the version, as the phone does.
    const computed = recompute(plan)
    if (!computed.ok) throw new Error('the plan cannot be computed')
    expect(await cloud.runReminders()).toMatchObject({ sent: 0 })
    const { reviewAt, reviewDate } = computed.content.iteration
    const desc = () => top(page).locator('.page__desc').first()
    expect(await desc().textContent()).toContain(`建议复盘日 ${reviewDate}，现在也可以先看看`)
    clock.offset = reviewAt - Date.now() + 60_000
    expect(await cloud.runReminders()).toMatchObject({ sent: 1 })

    // Only the server's clock has moved: the phone's still says a quarter earlier. The server is
    // the truth, so the page already agrees with the reminder it sent.
    await page.reload()
    await top(page).locator('.notice').filter({ hasText: '到复盘日了' }).waitFor()
    await desc()
      .filter({ hasText: `复盘日 ${reviewDate} 已到` })
      .waitFor()
    expect(await page.evaluate(() => Date.now())).toBeLessThan(reviewAt)

    // And as it really happens: the phone's clock has reached the day too.
    await page.clock.install({ time: clock.now() })
    await page.reload()
    expect(await page.evaluate(() => Date.now())).toBeGreaterThanOrEqual(reviewAt)
    await top(page).locator('.notice').filter({ hasText: '到复盘日了' }).waitFor()
    await desc()
      .filter({ hasText: `复盘日 ${reviewDate} 已到` })
      .waitFor()
    expect(await desc().textContent()).not.toContain('现在也可以先看看')
    expect(await top(page).locator('.reminder').textContent()).toContain('发出复盘提醒')
    await screenshot(page, 'loop-08-reminder-notice')
    await top(page).getByText('知道了', { exact: true }).click()
    await top(page).locator('.notice').waitFor({ state: 'detached' })
  })
})
