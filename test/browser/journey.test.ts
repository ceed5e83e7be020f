import type { Page } from 'playwright-core'
import { screenshot, harnessForThisFile } from './support/browser'
import { finishWizard } from './support/wizard'

jest.setTimeout(120_000)

const h = harnessForThisFile()

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent())?.trim() ?? ''
}

describe('a newcomer on a phone (H5 build + local cloud runtime)', () => {
  test('starts from the empty state, is told what is wrong, finishes the wizard, sees the plan, finds it again', async () => {
    const { page } = await h.newPhone()
    await page.goto(`${h.url}/`)
    await page.getByText('还没有方案').waitFor()
    await screenshot(page, '01-home-empty')

    await page.getByText('开始定位', { exact: true }).click()
    await page.locator('.wizard__step').waitFor()
    expect(await text(page, '.wizard__step')).toContain('第 1 /')

    // Next without a name: a specific message next to the name field, and the step does not change.
    await page.getByText('下一步', { exact: true }).click()
    await page.locator('#q-name [role=alert]').waitFor()
    expect(await text(page, '#q-name [role=alert]')).toBe('请填写企业或品牌名称')
    expect(await text(page, '.wizard__step')).toContain('第 1 /')

    // An over-long name gets its own message.
    await page.locator('#q-name input').fill('名'.repeat(31))
    await page.getByText('下一步', { exact: true }).click()
    await page.locator('#q-name [role=alert]').filter({ hasText: '不能超过' }).waitFor()
    await screenshot(page, '02-wizard-invalid')

    await page.locator('#q-name input').fill('老街面馆')
    // The live preview follows the answers (seed table 一): To B → 企业微信 first, To C → 公众号 and 小程序 first.
    const preview = page.locator('.preview')
    await page.locator('#q-customerModel [role=radio]').filter({ hasText: 'To B' }).click()
    await preview.filter({ hasText: /优先工具：企业微信/ }).waitFor()
    await page.locator('#q-customerModel [role=radio]').filter({ hasText: 'To C' }).click()
    await preview.filter({ hasText: /优先工具：公众号（订阅号）、小程序/ }).waitFor()
    await finishWizard(page, { industry: '餐饮', customerModel: 'To C' })

    // The plan page: the business's name and the seed's To C tool mix.
    await page.locator('.page__title').filter({ hasText: '老街面馆' }).waitFor({ timeout: 15_000 })
    const plan = (await page.locator('.plan').textContent()) ?? ''
    expect(plan).toContain('公众号')
    expect(plan).toContain('小程序')
    expect(plan).toContain('第 1 版')
    await screenshot(page, '03-plan')

    // Back home: listed with its revision, and it reopens.
    // The H5 top bar: the plan replaced the wizard, so it offers the way home.
    await page.locator('.taro-navigation-bar-home').click()
    const cell = page.locator('.cell').filter({ hasText: '老街面馆' })
    await cell.waitFor()
    expect(await cell.textContent()).toContain('第 1 版')
    await screenshot(page, '04-home-list')
    await cell.click()
    await page.locator('.page__title').filter({ hasText: '老街面馆' }).waitFor()
  })

  test('two browser profiles are two users: one never sees the other’s plans', async () => {
    const owner = await h.newPhone()
    const other = await h.newPhone()
    await owner.page.goto(`${h.url}/`)
    await owner.page.getByText('开始定位', { exact: true }).click()
    await owner.page.locator('#q-name input').fill('私有小店')
    await finishWizard(owner.page, { industry: '零售', customerModel: 'To C' })
    await owner.page.locator('.page__title').filter({ hasText: '私有小店' }).waitFor({ timeout: 15_000 })

    await other.page.goto(`${h.url}/`)
    await other.page.getByText('还没有方案').waitFor()
    expect(await other.page.locator('.cell').filter({ hasText: '私有小店' }).count()).toBe(0)
  })
})
