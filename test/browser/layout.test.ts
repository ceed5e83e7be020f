/**
 * Screens laid out as a phone user expects: the wizard's bottom bar (上一步 / 下一步 and progress)
 * at the bottom of the screen on every step, short or long, and never over a field — scrolled to
 * the end, the last field sits above it; home's card subtitles without a lone character on a line.
 */
import type { Page } from 'playwright-core'
import {
  brokenWordsAtEveryWidth,
  harnessForThisFile,
  orphanLinesAtEveryWidth,
  screenshotViewport,
  settled,
} from './support/browser'
import { answerStep, nextStep } from './support/wizard'

jest.setTimeout(240_000)

const h = harnessForThisFile()

/** Phones as they are: a small Android / iPhone SE, an iPhone, a large phone. */
const SCREENS = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
  { width: 430, height: 932 },
] as const

interface BarReport {
  /** Whether the step is longer than the screen (the page scrolls). */
  long: boolean
  /** Distance from the bar's bottom edge to the screen's bottom edge, at the top and at the end. */
  gapAtTop: number
  gapAtEnd: number
  /** How far the last field reaches under the bar when scrolled to the end (≤ 0: above it). */
  lastFieldUnderBar: number
  /** How far the bar reaches up under the H5 top bar (≤ 0: below it). */
  underTopBar: number
}

/** Measures the bar of the page on top, scrolled to the top and then to the end of the step. */
async function measureBar(page: Page): Promise<BarReport> {
  return page.evaluate(async () => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))
    const pages = document.querySelectorAll<HTMLElement>('.taro_page_show')
    const scroller = pages[pages.length - 1]
    const bar = scroller.querySelector<HTMLElement>('.wizard-bar')
    const fields = scroller.querySelectorAll<HTMLElement>('.question')
    const last = fields[fields.length - 1]
    if (!bar || !last) throw new Error('no wizard bar or no question on the page on top')
    const topBar = document.querySelector('.taro-navigation-bar-show')?.getBoundingClientRect().bottom ?? 0
    scroller.scrollTo(0, 0)
    await frame()
    const gapAtTop = window.innerHeight - bar.getBoundingClientRect().bottom
    const underTopBar = topBar - bar.getBoundingClientRect().top
    scroller.scrollTo(0, scroller.scrollHeight)
    await frame()
    const gapAtEnd = window.innerHeight - bar.getBoundingClientRect().bottom
    const lastFieldUnderBar = last.getBoundingClientRect().bottom - bar.getBoundingClientRect().top
    const long = scroller.scrollHeight > scroller.clientHeight + 1
    scroller.scrollTo(0, 0)
    await frame()
    return { long, gapAtTop, gapAtEnd, lastFieldUnderBar, underTopBar }
  })
}

async function toNextStep(page: Page): Promise<void> {
  await nextStep(page)
  await settled(page)
}

describe('the wizard bar on a phone', () => {
  test('sits at the bottom of the screen on short and long steps, and the last field stays above it', async () => {
    const { page } = await h.newPhone()
    await page.goto(`${h.url}/#/packages/wizard/index`)
    await page.locator('.wizard__step').waitFor()
    await page.locator('#q-name input').fill('底栏小店')
    const problems: string[] = []
    const seen = { short: 0, long: 0 }
    for (let step = 1; step <= 8; step++) {
      await answerStep(page, { industry: '餐饮', customerModel: 'To C' })
      for (const size of SCREENS) {
        await page.setViewportSize(size)
        await settled(page)
        const r = await measureBar(page)
        seen[r.long ? 'long' : 'short'] += 1
        const where = `step ${step} at ${size.width}×${size.height} (${r.long ? 'long' : 'short'})`
        if (Math.abs(r.gapAtTop) > 1)
          problems.push(`${where}: the bar ends ${Math.round(r.gapAtTop)} px above the screen's bottom`)
        if (Math.abs(r.gapAtEnd) > 1)
          problems.push(
            `${where}: scrolled to the end, the bar ends ${Math.round(r.gapAtEnd)} px above the screen's bottom`,
          )
        if (r.lastFieldUnderBar > 0)
          problems.push(`${where}: the last field reaches ${Math.round(r.lastFieldUnderBar)} px under the bar`)
        if (r.underTopBar > 0) problems.push(`${where}: the bar reaches under the top bar`)
      }
      if (step === 2) {
        await page.setViewportSize({ width: 375, height: 667 })
        await screenshotViewport(page, '55-wizard-short-step')
      }
      if (step === 8) break
      await page.setViewportSize({ width: 375, height: 812 })
      await toNextStep(page)
    }
    expect(problems).toEqual([])
    // Both kinds were measured: a step shorter than the screen and one longer.
    expect(seen.short).toBeGreaterThan(0)
    expect(seen.long).toBeGreaterThan(0)
  })
})

/** Home's subtitles (cards, the empty state) at every phone width: none ends in one or two characters. */
const homeOrphans = (page: Page) => orphanLinesAtEveryWidth(page, '.cell__meta, .state__desc')
/** Home's lead sentence and subtitles: no word (微信企业定 / 位) broken over two lines. */
const homeBrokenWords = (page: Page) => brokenWordsAtEveryWidth(page, '.page__desc, .cell__meta, .state__desc')

describe('home on a phone', () => {
  test('no subtitle leaves a lone character on its last line, empty or with a draft', async () => {
    const { page } = await h.newPhone()
    await page.goto(`${h.url}/`)
    await page.getByText('还没有方案').waitFor()
    // Sure to be seen: the card under the list is on every home screen.
    expect(await page.locator('.cell__meta').filter({ hasText: '诱导分享' }).count()).toBe(1)
    expect(await homeOrphans(page)).toEqual([])
    expect(await homeBrokenWords(page)).toEqual([])

    await page.getByText('开始定位', { exact: true }).click()
    await page.locator('#q-name input').fill('孤字小店')
    await page.getByText('已同步到云端').waitFor()
    await page.goto(`${h.url}/`)
    await page.locator('.draft-offer').waitFor()
    expect(await homeOrphans(page)).toEqual([])
    expect(await homeBrokenWords(page)).toEqual([])

    // 新建方案 with a draft open asks first; the quoted names stay whole on their lines.
    await page.getByText('新建方案', { exact: true }).click()
    await page.getByText('新建一份方案？').waitFor()
    await screenshotViewport(page, '56-home-new-plan-confirm')
    expect(await brokenWordsAtEveryWidth(page, '.taro-modal__content', 'document')).toEqual([])
    const said = (await page.locator('.taro-modal__content').textContent()) ?? ''
    expect(said.replace(/\u2060/g, '')).toContain('「继续填写」')
    await page.getByText('取消', { exact: true }).last().click()
  })
})

describe('the wizard preview and answers on a phone', () => {
  test('no preview line or listed answer breaks a word or leaves one or two characters on its last line', async () => {
    const { page } = await h.newPhone()
    await page.goto(`${h.url}/#/packages/wizard/index`)
    await page.locator('.wizard__step').waitFor()
    await page.locator('#q-name input').fill('预览小馆')
    const problems: string[] = []
    let previews = 0
    for (let step = 1; step <= 8; step++) {
      await answerStep(page, { industry: '餐饮', customerModel: 'To C' })
      await settled(page)
      previews += await page.locator('.taro_page_show .preview__line').count()
      // The preview and the answers listed one per line ("低频高价值服务（如预约、账单查" / "询）").
      const texts = '.preview__line, .choices--list .choice__label'
      for (const hit of await orphanLinesAtEveryWidth(page, texts)) problems.push(`step ${step}, ${hit}`)
      for (const hit of await brokenWordsAtEveryWidth(page, texts)) problems.push(`step ${step}, ${hit}`)
      if (step === 8) break
      await toNextStep(page)
    }
    // The steps did show previews to check.
    expect(previews).toBeGreaterThan(4)
    expect(problems).toEqual([])
  })
})
