import type { Page } from 'playwright-core'
import { screenshot, settled, harnessForThisFile } from './support/browser'
import { planAction } from './support/browser'
import { finishWizard } from './support/wizard'

jest.setTimeout(120_000)

const h = harnessForThisFile()

async function createPlan(page: Page, name: string, given: Record<string, string | string[]>): Promise<void> {
  await page.goto(`${h.url}/#/packages/wizard/index`)
  await page.locator('#q-name input').fill(name)
  await finishWizard(page, given)
  await page.locator('.page__title').filter({ hasText: name }).waitFor({ timeout: 15_000 })
  await settled(page)
}

describe('sharing a plan with a colleague', () => {
  test('owner shares → colleague reads it without editing → saves a copy; owner revokes → the link says so', async () => {
    const owner = await h.newPhone()
    await createPlan(owner.page, '云朵烘焙', { industry: '餐饮', customerModel: 'To C' })

    await owner.page.getByText('分享给同事', { exact: true }).click()
    const link = ((await owner.page.locator('.share-link__url').textContent()) ?? '').trim()
    expect(link).toMatch(/#\/packages\/plan\/shared\/index\?token=[A-Za-z0-9_-]{22,32}$/)
    await screenshot(owner.page, '10-owner-share-link')

    const colleague = await h.newPhone()
    await colleague.page.goto(link)
    await colleague.page.locator('.page__title').filter({ hasText: '云朵烘焙' }).waitFor()
    await settled(colleague.page)
    const view = (await colleague.page.locator('.plan').textContent()) ?? ''
    expect(view).toContain('云朵烘焙分享给你的方案')
    // Read-only: no target inputs, none of the owner's actions.
    expect(await colleague.page.locator('.plan input').count()).toBe(0)
    expect(await colleague.page.getByText('修改回答').count()).toBe(0)
    expect(await colleague.page.getByText('删除方案').count()).toBe(0)
    await screenshot(colleague.page, '11-colleague-readonly')

    await colleague.page.getByText('保存副本到我的方案').click()
    await colleague.page.locator('.page__title').filter({ hasText: '云朵烘焙（副本）' }).waitFor()
    await colleague.page.goto(`${h.url}/`)
    await colleague.page.locator('.cell').filter({ hasText: '云朵烘焙' }).waitFor()

    // The owner revokes the link in "管理分享链接".
    await planAction(owner.page, '管理分享链接')
    await owner.page.locator('.share-row').first().waitFor()
    await settled(owner.page)
    expect(await owner.page.locator('.share-row').first().textContent()).toContain('有效')
    await owner.page.locator('.share-row').getByText('撤销').first().click()
    await owner.page.getByText('撤销', { exact: true }).last().click() // the confirm dialog's button
    await owner.page.locator('.share-row').filter({ hasText: '已撤销' }).waitFor()
    await screenshot(owner.page, '12-owner-revoked')

    const latecomer = await h.newPhone()
    await latecomer.page.goto(link)
    await latecomer.page.getByText('分享人已撤销这个链接').waitFor()
    expect(await latecomer.page.locator('.plan').count()).toBe(0)
    await screenshot(latecomer.page, '13-revoked-link')
  })
})

describe('coming back to a plan', () => {
  test('a wizard killed mid-way resumes at the same step with the same answers', async () => {
    const { context, page } = await h.newPhone()
    await page.goto(`${h.url}/`)
    await page.getByText('开始定位', { exact: true }).click()
    await page.locator('#q-name input').fill('半途茶铺')
    await page.locator('#q-industry [role=radio]').filter({ hasText: '餐饮' }).click()
    await page.locator('#q-customerModel [role=radio]').filter({ hasText: 'To C' }).click()
    await finishStepOnly(page)
    const step = (await page.locator('.wizard__step').textContent()) ?? ''
    expect(step).toContain('第 2 /')
    await page.getByText('已同步到云端').waitFor()

    // "Kill the app": close every page of this profile, then open it again.
    await page.close()
    const again = await context.newPage()
    await again.goto(`${h.url}/`)
    await again.getByText('继续填写', { exact: true }).waitFor()
    expect(await again.locator('.draft-offer').textContent()).toContain('半途茶铺')
    await screenshot(again, '20-home-resume-offer')
    await again.getByText('继续填写', { exact: true }).click()
    await again.locator('.wizard__step').filter({ hasText: '第 2 /' }).waitFor()
    await again.getByText('上一步', { exact: true }).click()
    expect(await again.locator('#q-name input').inputValue()).toBe('半途茶铺')
    expect(await again.locator('#q-industry [aria-checked=true]').textContent()).toContain('餐饮')
  })

  test('editing the answers makes a new revision that says what changed; the old one stays readable', async () => {
    const { page } = await h.newPhone()
    await createPlan(page, '季度复盘店', { industry: '零售', customerModel: 'To C' })
    expect(await page.locator('.page__desc').first().textContent()).toContain('第 1 版')

    await planAction(page, '修改回答')
    await page.locator('#q-customerModel [role=radio]').filter({ hasText: 'To B' }).click()
    await finishWizard(page, {})
    await page.locator('.page__desc').filter({ hasText: '第 2 版' }).waitFor({ timeout: 15_000 })
    await settled(page)
    const changes = (await page.locator('.changes').textContent()) ?? ''
    expect(changes).toContain('与第 1 版相比的变化')
    expect(changes).toContain('To B')
    await screenshot(page, '30-plan-changes')

    await planAction(page, '历史版本')
    await page.locator('.cell').filter({ hasText: '第 1 版' }).click()
    await page.locator('.page__desc').filter({ hasText: '第 1 版（只读）' }).waitFor()
    await settled(page)
    expect(await page.locator('.plan--readonly input').count()).toBe(0)
    await screenshot(page, '31-old-revision')
  })
})

describe('deleting a plan', () => {
  test('asks first, hides the plan, and can be undone from the home page', async () => {
    const { page } = await h.newPhone()
    await createPlan(page, '误删小馆', { industry: '餐饮', customerModel: 'To C' })
    await page.getByText('删除方案', { exact: true }).click()
    await page.getByText('删除这份方案？').waitFor()
    await page.getByText('删除', { exact: true }).last().click()
    await page.getByText('方案已删除').waitFor()
    await settled(page)
    expect(await page.locator('.cell').filter({ hasText: '误删小馆' }).count()).toBe(0)
    await screenshot(page, '40-home-deleted-undo')
    await page.getByText('撤销删除').click()
    await page.locator('.cell').filter({ hasText: '误删小馆' }).waitFor()
  })
})

/** Taps next once and waits for step 2. */
async function finishStepOnly(page: Page): Promise<void> {
  const { answerStep } = await import('./support/wizard')
  await answerStep(page, {})
  await page.getByText('下一步', { exact: true }).click()
  await page.locator('.wizard__step').filter({ hasText: '第 2 /' }).waitFor()
}
