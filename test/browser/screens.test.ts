/** Every screen as a phone user expects it (issue 13): what looked broken, checked in the real H5 build. */
import type { BrowserContext, Page } from 'playwright-core'
import {
  brokenWordsAtEveryWidth,
  harnessForThisFile,
  planAction,
  screenshot,
  screenshotViewport,
  settled,
} from './support/browser'
import { answerStep, finishWizard } from './support/wizard'

jest.setTimeout(180_000)

const h = harnessForThisFile()

/** Console errors and uncaught exceptions of a page, as a user's DevTools would show them. */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  return errors
}

async function openWizard(page: Page): Promise<void> {
  await page.goto(`${h.url}/`)
  await page.getByText('开始定位', { exact: true }).click()
  await page.locator('.wizard__step').waitFor()
  await settled(page)
}

/** Where an element is relative to the visible viewport of the current page. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const all = document.querySelectorAll(sel)
    const el = all[all.length - 1]
    if (!el) return false
    const r = el.getBoundingClientRect()
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight
  }, selector)
}

/** Home's requests for the plan list from now on (a pull-down refresh asks again). */
function listRequests(page: Page): string[] {
  const lists: string[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('/api/plan') && r.postData()?.includes('"action":"list"')) lists.push(r.url())
  })
  return lists
}

/** A finger's drag down the screen, as the phone sends it: touch events (Playwright's mouse sends none). */
async function dragDown(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page)
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 180, y }] })
  await touch('touchStart', 150)
  for (let y = 170; y <= 450; y += 20) await touch('touchMove', y)
  await touch('touchEnd', 450)
}

describe('the wizard on a phone', () => {
  test('下一步 looks enabled, stays on screen, and with errors scrolls to the first and counts them', async () => {
    const { page } = await h.newPhone()
    await openWizard(page)
    await screenshot(page, '50-wizard-step1')

    // Taro writes disabled="false" on an enabled button; it must not look greyed out.
    const next = page.locator('.wizard-bar__next')
    expect(await next.evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
    expect(await next.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 255)')
    // …and the quiet 更多 in the header is readable, not white on white.
    expect(await page.locator('.wizard__more').evaluate((el) => getComputedStyle(el).color)).not.toMatch(
      /255, 255, 255/,
    )

    // Step 1 fits: the industry chips are a grid, and the bar with 下一步 is on screen without scrolling.
    expect(await inViewport(page, '.wizard-bar__next')).toBe(true)
    expect(await page.locator('#q-industry .choices--chips').count()).toBe(1)

    // Scroll to the bottom, leave the name (at the top) empty, tap 下一步: taken to it, told how many.
    await page.locator('#q-industry [role=radio]').filter({ hasText: '餐饮' }).click()
    await page.evaluate(() => {
      const pages = document.querySelectorAll('.taro_page_show')
      pages[pages.length - 1]?.scrollTo(0, 100_000)
    })
    expect(await inViewport(page, '#q-name')).toBe(false)
    await next.click()
    await page.locator('.wizard-bar__errors').waitFor()
    expect(await page.locator('.wizard-bar__errors').textContent()).toMatch(/^还有 \d+ 项需要修改，已跳到第一项$/)
    await page.waitForFunction(() => {
      const el = document.querySelector('#q-name')
      const r = el?.getBoundingClientRect()
      return r !== undefined && r.top >= 0 && r.top < window.innerHeight
    })
    await screenshotViewport(page, '51-wizard-errors-counted')
  })

  test("the phone's back button goes to the previous step, not out of the wizard", async () => {
    const { page } = await h.newPhone()
    await openWizard(page)
    await page.locator('#q-name input').fill('返回小店')
    await answerStep(page, { industry: '餐饮', customerModel: 'To C' })
    await page.getByText('下一步', { exact: true }).click()
    await page.locator('.wizard__step').filter({ hasText: '第 2 /' }).waitFor()
    await settled(page)
    await screenshot(page, '52-wizard-step2')
    await page.goBack()
    await page.waitForFunction(() => document.querySelectorAll('.wizard__step').length === 1)
    await page.locator('.wizard__step').filter({ hasText: '第 1 /' }).waitFor()
    expect(await page.locator('#q-name input').inputValue()).toBe('返回小店')
    // The H5 top bar offers the way back too.
    expect(await page.locator('.taro-navigation-bar-show .taro-navigation-bar-title').textContent()).toBe(
      '企业定位向导',
    )
  })

  test('更多 → 放弃草稿 asks, then home shows no draft', async () => {
    const { page } = await h.newPhone()
    await openWizard(page)
    await page.locator('#q-name input').fill('不要了')
    await page.getByText('已同步到云端').waitFor()
    await page.locator('.wizard__more').click()
    await page.getByText('放弃草稿', { exact: true }).waitFor()
    await screenshotViewport(page, '53-wizard-more-sheet')
    await page.getByText('放弃草稿', { exact: true }).click()
    await page.getByText('放弃这份草稿？').waitFor()
    await screenshotViewport(page, '54-wizard-discard-confirm')
    await page.getByText('放弃', { exact: true }).last().click()
    await page.getByText('还没有方案').waitFor()
    expect(await page.locator('.draft-offer').count()).toBe(0)
  })
})

describe('the plan and the app around it', () => {
  test('generate: no console errors; one primary action, 更多 and 删除 apart; a top bar; after 保存并重新生成方案 the change list is in view', async () => {
    const { page } = await h.newPhone()
    const errors = watchErrors(page)
    await openWizard(page)
    await page.locator('#q-name input').fill('顶部小馆')
    await finishWizard(page, { industry: '餐饮', customerModel: 'To C' })
    await page.locator('.page__title').filter({ hasText: '顶部小馆' }).waitFor({ timeout: 15_000 })
    await settled(page)
    expect(errors.filter((e) => /insertBefore|NotFoundError/.test(e))).toEqual([])

    const buttons = await page.locator('.plan__actions .btn').allTextContents()
    expect(buttons.map((b) => b.trim())).toEqual(['分享给同事', '更多', '删除方案'])
    expect(await page.locator('.taro-navigation-bar-show').count()).toBe(1)
    await screenshot(page, '60-plan')
    // The long page in parts, as the phone shows them: the KPI board and the end with its actions.
    await page.getByRole('navigation', { name: '方案目录' }).getByText('六 指标看板与目标').click()
    await page.locator('.kpi__target').first().scrollIntoViewIfNeeded()
    await screenshotViewport(page, '60-plan-kpi')
    await page.locator('.plan__actions').scrollIntoViewIfNeeded()
    await screenshotViewport(page, '60-plan-end')

    await page.getByText('更多', { exact: true }).click()
    await page.getByText('历史版本', { exact: true }).waitFor()
    await screenshotViewport(page, '61-plan-more-sheet')
    await page.getByText('取消', { exact: true }).last().click()

    await page.getByText('删除方案', { exact: true }).click()
    await page.getByText('删除这份方案？').waitFor()
    await screenshotViewport(page, '62-plan-delete-confirm')
    // The dialog quotes 「最近删除」 as the rest of the app quotes names, and never breaks it.
    const said = (await page.locator('.taro-modal__content').textContent()) ?? ''
    expect(said.replace(/\u2060/g, '')).toContain('「最近删除」')
    expect(await brokenWordsAtEveryWidth(page, '.taro-modal__content', 'document')).toEqual([])
    await page.getByText('取消', { exact: true }).last().click()
  })

  // The plan page sits under the wizard (display: none) until the last step page has left the DOM;
  // Chromium then restores the old scroll offset, so a scroll made before that is lost.
  test('after 保存并重新生成方案 the change list is in view', async () => {
    const { page } = await h.newPhone()
    await page.goto(`${h.url}/#/packages/wizard/index`)
    await page.locator('#q-name input').fill('回顶小馆')
    await finishWizard(page, { industry: '餐饮', customerModel: 'To C' })
    await page.locator('.page__desc').filter({ hasText: '第 1 版' }).waitFor({ timeout: 15_000 })
    await page.locator('.plan__actions').scrollIntoViewIfNeeded()
    await planAction(page, '修改回答')
    await page.locator('.wizard__step').waitFor()
    await page.locator('#q-customerModel [role=radio]').filter({ hasText: 'To B' }).click()
    await finishWizard(page, {})
    await page.locator('.page__desc').filter({ hasText: '第 2 版' }).waitFor({ timeout: 15_000 })
    await settled(page)
    await page.waitForFunction(() => {
      const el = document.querySelector('.changes')
      const r = el?.getBoundingClientRect()
      return r !== undefined && r.top >= 0 && r.top < window.innerHeight
    })
    await screenshotViewport(page, '63-plan-after-edit-top')
  })

  test("home's first screen: its data is asked for once, by the page itself, and it never shows 加载中…", async () => {
    const { page } = await h.newPhone()
    // Whether a loading state was ever in the page, however briefly (a screenshot could miss it).
    await page.addInitScript({
      content: `window.__sawLoading = false;
        new MutationObserver(function () {
          if (document.querySelector('[aria-busy="true"]')) window.__sawLoading = true
        }).observe(document, { subtree: true, childList: true });`,
    })
    const asked: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/api/')) asked.push(`${new URL(r.url()).pathname} ${r.postData() ?? ''}`)
    })
    await page.goto(`${h.url}/`)
    await page.getByText('还没有方案').waitFor()
    await settled(page)
    const count = (fn: string, action: string) =>
      asked.filter((a) => a.startsWith(`/api/${fn} `) && a.includes(`"action":"${action}"`)).length
    expect(count('plan', 'list')).toBe(1)
    expect(count('draft', 'get')).toBe(1)
    // Sent by index.html, before the app's scripts were even parsed.
    const early = await page.evaluate(() => '__wpEarlyRequests' in window)
    expect(early).toBe(true)
    expect(await page.evaluate(() => (window as unknown as { __sawLoading: boolean }).__sawLoading)).toBe(false)
  })

  test('pulling home down asks for the list again, and the page springs back when it has come', async () => {
    const { page, context } = await h.newPhone()
    await page.goto(`${h.url}/`)
    await page.getByText('还没有方案').waitFor()
    await settled(page)
    const lists = listRequests(page)
    await dragDown(context, page)
    for (let i = 0; i < 100 && lists.length === 0; i++) await page.waitForTimeout(100)
    expect(lists.length).toBe(1)
    // Taro.stopPullDownRefresh (after the list came back) lets the content return to the top.
    await page.waitForFunction(() => {
      const content = document.querySelector('.pull-refresh') as HTMLElement | null
      return content !== null && /translate3d\(0px, 0px, 0px\)|^$|none/.test(content.style.transform)
    })
    await page.getByText('还没有方案').waitFor()
  })

  test('mid-page, dragging down scrolls the page back up and does not refresh', async () => {
    const { page, context } = await h.newPhone()
    await page.goto(`${h.url}/`)
    await page.getByText('还没有方案').waitFor()
    await settled(page)
    // A long list, as an owner with many plans has: the page is taller than the phone, scrolled down.
    const scrolled = () => page.evaluate(() => (document.querySelector('.taro_page_show') as HTMLElement).scrollTop)
    await page.evaluate(() => {
      const home = document.querySelector('.taro_page_show .home') as HTMLElement
      home.style.minHeight = '3000px'
      // In H5 the page's own container scrolls (the top bar stays), not the window.
      ;(document.querySelector('.taro_page_show') as HTMLElement).scrollTop = 600
    })
    expect(await scrolled()).toBe(600)
    const lists = listRequests(page)
    await dragDown(context, page)
    await page.waitForTimeout(800)
    expect(lists).toEqual([])
    // The finger moved the page up, as on any phone; no pull-down, no dots.
    expect(await scrolled()).toBeLessThan(600)
    expect(await page.locator('[role=status][aria-label="正在刷新"]').count()).toBe(0)
  })

  test('on a desktop the app keeps a phone width, centred', async () => {
    const { page } = await h.newPhone()
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${h.url}/`)
    await page.getByText('还没有方案').waitFor()
    const box = await page.locator('body').boundingBox()
    expect(box?.width).toBeLessThanOrEqual(480)
    expect(box?.width).toBeGreaterThan(470)
    expect(Math.abs((box?.x ?? 0) * 2 + (box?.width ?? 0) - 1280)).toBeLessThan(2)
    await page.screenshot({ path: 'test-artifacts/screenshots/70-desktop-home.png' })
  })
})
