// The 朋友圈 poster in the browser: from a plan's 更多 → 生成海报, the H5 build draws the poster
// with the same drawing module as WeChat and a QR code of the share link, and downloads it as a
// PNG. The downloaded file is read back: its size, and its QR code decoded from the pixels opens
// the read-only plan on another phone; once the owner revokes that link, the code says so.
import { readFileSync } from 'node:fs'
import { createCanvas, loadImage } from '@napi-rs/canvas'
import { decodeQR } from '@paulmillr/qr/decode.js'
import type { Page } from 'playwright-core'
import { layoutPoster, POSTER_HEIGHT, POSTER_WIDTH } from '@/packages/poster/draw'
import { harnessForThisFile, planAction, screenshot, settled } from './support/browser'
import { finishWizard } from './support/wizard'

jest.setTimeout(180_000)

const h = harnessForThisFile()

async function createPlan(page: Page, name: string): Promise<void> {
  await page.goto(`${h.url}/#/packages/wizard/index`)
  await page.locator('#q-name input').fill(name)
  await finishWizard(page, { industry: '餐饮', customerModel: 'To C' })
  await page.locator('.page__title').filter({ hasText: name }).waitFor({ timeout: 15_000 })
  await settled(page)
}

/** The text of the QR code in the poster's code square. */
async function qrOf(png: Buffer): Promise<{ width: number; height: number; text: string }> {
  const image = await loadImage(png)
  const box = layoutPoster({ businessName: '', positioning: '', firstMoves: [], caption: '' }, () => 0).code
  const canvas = createCanvas(box.w, box.h)
  canvas.getContext('2d').drawImage(image, box.x, box.y, box.w, box.h, 0, 0, box.w, box.h)
  // Copied into this realm's Uint8Array: jest's sandbox fails the decoder's instanceof check otherwise.
  const data = Uint8Array.from(canvas.getContext('2d').getImageData(0, 0, box.w, box.h).data)
  return { width: image.width, height: image.height, text: decodeQR({ width: box.w, height: box.h, data }) }
}

describe('朋友圈 poster (H5)', () => {
  test('plan → 生成海报 → PNG download whose QR opens the read-only plan; revoking the link kills it', async () => {
    const owner = await h.newPhone()
    await createPlan(owner.page, '山城小面馆')
    await planAction(owner.page, '生成海报')
    await owner.page.locator('.poster').waitFor()
    const image = owner.page.locator('img.poster__image, .poster__image img').first()
    await image.waitFor()
    await owner.page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img.poster__image, .poster__image img')
      return Boolean(img && img.complete && img.naturalWidth > 0)
    })
    const text = (await owner.page.locator('.poster').textContent()) ?? ''
    expect(text).toContain('下载图片后发朋友圈')
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}前有效/)
    expect(text).not.toMatch(/token|undefined|null|true|false/i)
    await screenshot(owner.page, '40-poster')

    const [download] = await Promise.all([
      owner.page.waitForEvent('download'),
      owner.page.getByText('下载海报图片', { exact: true }).click(),
    ])
    expect(download.suggestedFilename()).toBe('山城小面馆-朋友圈海报.png')
    const file = await download.path()
    const qr = await qrOf(readFileSync(file))
    expect([qr.width, qr.height]).toEqual([POSTER_WIDTH, POSTER_HEIGHT])
    expect(qr.text).toMatch(new RegExp(`^${h.url}/#/packages/plan/shared/index\\?token=[A-Za-z0-9_-]{22}$`))

    // A friend who scans it reads the plan.
    const friend = await h.newPhone()
    await friend.page.goto(qr.text)
    await friend.page.locator('.page__title').filter({ hasText: '山城小面馆分享给你的方案' }).waitFor()

    // The poster's link is listed with the owner's links; revoking it kills the code.
    await owner.page.goBack()
    await owner.page.locator('.page__title').filter({ hasText: '山城小面馆' }).waitFor()
    await planAction(owner.page, '管理分享链接')
    await owner.page.locator('.share-row').first().waitFor()
    await settled(owner.page)
    expect(await owner.page.locator('.share-row').count()).toBe(1)
    await owner.page.locator('.share-row').getByText('撤销').first().click()
    await owner.page.getByText('撤销', { exact: true }).last().click()
    await owner.page.locator('.share-row').filter({ hasText: '已撤销' }).waitFor()

    const late = await h.newPhone()
    await late.page.goto(qr.text)
    await late.page.getByText('分享人已撤销这个链接').waitFor()
    await screenshot(late.page, '41-poster-code-revoked')
  })
})
