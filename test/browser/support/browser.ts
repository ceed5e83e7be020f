import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { startLocalCloud } from '../../../cloudfunctions/local/server'
import { CHROMIUM, launchChromium } from '../../../tools/chromium'

const H5_DIR = resolve(__dirname, '../../../dist/h5')
const SHOTS = resolve(__dirname, '../../../test-artifacts/screenshots')

/** A phone: each context has its own cookie jar, so each is a different dev-login user. */
export const PHONE = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
}

export interface Harness {
  url: string
  browser: Browser
  newPhone(): Promise<{ context: BrowserContext; page: Page }>
  close(): Promise<void>
}

/** The H5 build served by the local cloud runtime on a fresh SQLite file, and Debian's Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`)
  const dir = mkdtempSync(join(tmpdir(), 'wp-browser-'))
  const cloud = await startLocalCloud({ port: 0, dbFile: join(dir, 'db.sqlite'), staticDir: H5_DIR })
  const browser = await launchChromium()
  const contexts: BrowserContext[] = []
  return {
    url: cloud.url,
    browser,
    async newPhone() {
      const context = await browser.newContext(PHONE)
      contexts.push(context)
      const page = await context.newPage()
      return { context, page }
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined)
      await browser.close()
      await cloud.close()
    },
  }
}

/** One harness per test file: started before its tests, closed after them. */
export function harnessForThisFile(): Harness {
  let current: Harness | undefined
  beforeAll(async () => {
    current = await startHarness()
  })
  afterAll(async () => {
    await current?.close()
  })
  const started = (): Harness => {
    if (!current) throw new Error('the browser harness has not started')
    return current
  }
  return {
    get url() {
      return started().url
    },
    get browser() {
      return started().browser
    },
    newPhone: () => started().newPhone(),
    close: () => started().close(),
  }
}

/**
 * Waits until nothing on screen is still moving, so what a test reads or shoots is where the user
 * sees it: the page on top of Taro's stack is in (Taro adds `taro_page_show` a moment after the
 * page exists and slides it in with a transition, so a check of the page below could pass while
 * the new one is still on its way), and no finite animation or CSS transition is running anywhere
 * — a slide-in, a sheet, a fading toast. Infinite ones (a button's spinner) never end and are left
 * out.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const pages = document.querySelectorAll('.taro_page')
    const top = pages[pages.length - 1]
    if (top === undefined || !top.classList.contains('taro_page_show')) return false
    if (Math.abs(top.getBoundingClientRect().left) >= 1) return false
    // getAnimations() recalculates style first, so a transition just triggered is already listed.
    return document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)
  })
}

/** The widths every screen is shot at: a small Android, an iPhone, a large phone. */
export const WIDTHS = [320, 375, 430] as const

/**
 * The top bar names the screen, as WeChat's own bar does, and the page must not say it again: a
 * heading that repeats the bar ("我的方案" under "我的方案") reads as a stutter. Returns what
 * repeats it — a line of the page on top that is the bar's title, or a first line that contains
 * it — or null.
 */
export async function titleRepeat(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const bar = document.querySelector('.taro-navigation-bar-show .taro-navigation-bar-title')
    const title = (bar?.textContent ?? '').trim()
    if (!title) return null
    const pages = document.querySelectorAll<HTMLElement>('.taro_page_show')
    const lines = (pages[pages.length - 1]?.innerText ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    const hit = lines.find((l) => l === title) ?? (lines[0]?.includes(title) ? lines[0] : undefined)
    return hit === undefined ? null : `the top bar says 「${title}」 and the page again 「${hit}」`
  })
}

/**
 * A button's label on two lines ("保存并重新生成方案" breaking before 案) looks broken on a phone.
 * Returns the labels of the shown page's buttons whose text takes more than one line.
 */
export async function wrappedButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pages = document.querySelectorAll<HTMLElement>('.taro_page_show')
    const root = pages[pages.length - 1] ?? document.body
    const wrapped: string[] = []
    for (const btn of Array.from(root.querySelectorAll<HTMLElement>('.btn'))) {
      if (btn.getBoundingClientRect().height === 0) continue
      const range = document.createRange()
      range.selectNodeContents(btn)
      const tops = new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top)),
      )
      // Inline boxes of one line can differ by a pixel or two (spinner, text); lines are ~20 px apart.
      const lines = [...tops].sort((a, b) => a - b).filter((t, i, xs) => i === 0 || t - xs[i - 1] > 8)
      if (lines.length > 1) wrapped.push((btn.innerText ?? '').replace(/\s+/g, ''))
    }
    return wrapped
  })
}

/** Resizes the phone's screen and waits until the layout has followed and nothing moves. */
async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size)
  // Two frames: the resize is laid out and anything it set off (a transition) has started.
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))))
  await settled(page)
}

/**
 * Puts back what only a test scrolls: Playwright's clicks scroll every ancestor of their target
 * into view, the document and Taro's router included, which a phone's finger never moves (the
 * body does not scroll there). Left as is, a shot shows the page shifted up under the top bar.
 * The page's own scroll (`.taro_page`) is the owner's and stays.
 */
async function unscrollDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of [
      document.documentElement,
      document.body,
      ...Array.from(document.querySelectorAll('.taro_router')),
    ])
      if (el.scrollTop !== 0 || el.scrollLeft !== 0) el.scrollTo(0, 0)
  })
}

/**
 * Lays the page on top out at `width` on a screen as tall as the page, so a shot shows all of it
 * as the phone lays it out. Taro's H5 pages scroll inside `.taro_page`, not the document: a
 * full-page or element shot of a normal-height screen would capture beyond the viewport, with the
 * fixed top bar in the middle of the picture and whatever lies below the page's scroll box blank.
 */
async function stretchToPage(page: Page, width: number, phoneHeight: number): Promise<void> {
  await resize(page, { width, height: phoneHeight })
  await unscrollDocument(page)
  const height = await page.evaluate(() => {
    const pages = document.querySelectorAll('.taro_page_show')
    const bar = document.querySelector('.taro-navigation-bar-show')?.getBoundingClientRect().height ?? 0
    return (pages[pages.length - 1]?.scrollHeight ?? document.documentElement.scrollHeight) + bar
  })
  await resize(page, { width, height: Math.max(phoneHeight, Math.min(height, 12000)) })
}

/**
 * Saves the whole current page as a PNG at each phone width (`<name>-<width>.png`), laid out at
 * full length (stretchToPage). Every journey shoots every screen it passes through, so this is
 * also where a screen that repeats its top bar's title, or a button whose label wraps, is caught.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await settled(page)
  const repeat = await titleRepeat(page)
  if (repeat) throw new Error(`${name}: ${repeat}`)
  mkdirSync(SHOTS, { recursive: true })
  const viewport = page.viewportSize() ?? PHONE.viewport
  for (const width of WIDTHS) {
    await stretchToPage(page, width, viewport.height)
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`) })
    const wrapped = await wrappedButtons(page)
    if (wrapped.length > 0) throw new Error(`${name} at ${width} px: button labels on two lines: ${wrapped.join('、')}`)
  }
  await resize(page, viewport)
}

/**
 * One part of a long page (a plan's section) at each phone width (`<name>-<width>.png`): the page
 * is laid out at full length as screenshot() does and the picture cut to the part, so a section
 * taller than the screen is whole, without the top bar across it or a blank tail.
 */
export async function screenshotPart(page: Page, selector: string, name: string): Promise<void> {
  await settled(page)
  mkdirSync(SHOTS, { recursive: true })
  const viewport = page.viewportSize() ?? PHONE.viewport
  for (const width of WIDTHS) {
    await stretchToPage(page, width, viewport.height)
    const box = await page.locator(selector).boundingBox()
    if (!box) throw new Error(`${name}: ${selector} is not on screen`)
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), clip: box })
  }
  await resize(page, viewport)
}

/** Only the viewport, as the owner sees it at that moment (sheets, dialogs, sticky bars). */
export async function screenshotViewport(page: Page, name: string): Promise<void> {
  await settled(page)
  mkdirSync(SHOTS, { recursive: true })
  const viewport = page.viewportSize() ?? PHONE.viewport
  for (const width of WIDTHS) {
    await resize(page, { width, height: viewport.height })
    await unscrollDocument(page)
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`) })
  }
  await resize(page, viewport)
}

/** The plan page's secondary actions live behind 更多 (an action sheet). */
export async function planAction(page: Page, label: string): Promise<void> {
  await page.getByText('更多', { exact: true }).click()
  await page.getByText(label, { exact: true }).last().click()
}

/**
 * A line of one or two characters under a longer one ("…广告法禁用 / 词") reads as a mistake.
 * Returns, for every element of the shown page matching `selector` whose text wraps, the ones whose
 * last line holds fewer than three characters (punctuation not counted), as 「text」 → 「last line」.
 */
export async function orphanLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const pages = document.querySelectorAll<HTMLElement>('.taro_page_show')
    const root = pages[pages.length - 1] ?? document.body
    const found: string[] = []
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(sel))) {
      if (el.getBoundingClientRect().height === 0) continue
      // Each character's line, by the top of its box; lines are ~20 px apart.
      const chars: { ch: string; top: number }[] = []
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange()
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          const rect = range.getClientRects()[0]
          if (rect && rect.width > 0) chars.push({ ch: text[i], top: rect.top })
        }
      }
      if (chars.length === 0) continue
      const lastTop = Math.max(...chars.map((c) => c.top))
      const firstTop = Math.min(...chars.map((c) => c.top))
      if (lastTop - firstTop < 8) continue
      const last = chars
        .filter((c) => lastTop - c.top < 8)
        .map((c) => c.ch)
        .join('')
      if (last.replace(/[\s\p{P}]/gu, '').length < 3)
        found.push(`「${(el.textContent ?? '').trim()}」 → 「${last.trim()}」`)
    }
    return found
  }, selector)
}

/** orphanLines at each phone width (320, 375, 430), each hit prefixed with its width. */
export async function orphanLinesAtEveryWidth(page: Page, selector: string): Promise<string[]> {
  const viewport = page.viewportSize() ?? PHONE.viewport
  const found: string[] = []
  for (const width of WIDTHS) {
    await resize(page, { width, height: viewport.height })
    for (const hit of await orphanLines(page, selector)) found.push(`${width} px: ${hit}`)
  }
  await resize(page, viewport)
  return found
}

/**
 * A word or a bracketed group broken over two lines ("…微信企业定" / "位方案。", "新增关注量（" /
 * "月）", "“最" / "近删除”") reads as two things on a phone. Returns, for every element matching
 * `selector` on the shown page (or anywhere in the document, for the platform's dialogs), the words
 * (Chromium's own Chinese word segmentation, Intl.Segmenter) and the （…） / 「…」 / “…” groups whose
 * characters sit on more than one line, and dates ("2027-" / "02-26"), as 「text」 splits 「word」.
 */
export async function brokenWords(
  page: Page,
  selector: string,
  within: 'page' | 'document' = 'page',
): Promise<string[]> {
  return page.evaluate(
    ({ sel, anywhere }) => {
      const pages = document.querySelectorAll<HTMLElement>('.taro_page_show')
      const root = anywhere ? document.body : (pages[pages.length - 1] ?? document.body)
      // Intl.Segmenter is ES2022; the project's lib stops at ES2021, Chromium has it.
      type Segment = { segment: string; index: number; isWordLike?: boolean }
      const { Segmenter } = Intl as unknown as {
        Segmenter: new (locale: string, o: { granularity: 'word' }) => { segment(t: string): Iterable<Segment> }
      }
      const segmenter = new Segmenter('zh-CN', { granularity: 'word' })
      const found: string[] = []
      for (const el of Array.from(root.querySelectorAll<HTMLElement>(sel))) {
        if (el.getBoundingClientRect().height === 0) continue
        // Each character of the element's text with the top of its box (lines are ~20 px apart).
        const chars: { ch: string; top: number | null }[] = []
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? ''
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange()
            range.setStart(node, i)
            range.setEnd(node, i + 1)
            const rect = Array.from(range.getClientRects()).find((r) => r.width > 0)
            chars.push({ ch: text[i], top: rect ? rect.top : null })
          }
        }
        const text = chars.map((c) => c.ch).join('')
        const spans: { start: number; end: number }[] = []
        for (const s of segmenter.segment(text))
          if (s.isWordLike && s.segment.length > 1) spans.push({ start: s.index, end: s.index + s.segment.length })
        for (const m of text.matchAll(/（[^（）]*）|「[^「」]*」|“[^“”]*”|\d{4}-\d{2}-\d{2}/g))
          spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })
        for (const { start, end } of spans) {
          const tops = chars
            .slice(start, end)
            .map((c) => c.top)
            .filter((t): t is number => t !== null)
          if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 8)
            found.push(`「${text.trim()}」 splits 「${text.slice(start, end)}」`)
        }
      }
      return found
    },
    { sel: selector, anywhere: within === 'document' },
  )
}

/** brokenWords at each phone width (320, 375, 430), each hit prefixed with its width. */
export async function brokenWordsAtEveryWidth(
  page: Page,
  selector: string,
  within: 'page' | 'document' = 'page',
): Promise<string[]> {
  const viewport = page.viewportSize() ?? PHONE.viewport
  const found: string[] = []
  for (const width of WIDTHS) {
    await resize(page, { width, height: viewport.height })
    for (const hit of await brokenWords(page, selector, within)) found.push(`${width} px: ${hit}`)
  }
  await resize(page, viewport)
  return found
}
