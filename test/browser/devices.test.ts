import { screenshot, settled, harnessForThisFile, type Harness } from './support/browser'
import { planAction } from './support/browser'
import { answerStep, finishWizard } from './support/wizard'

jest.setTimeout(120_000)

const h = harnessForThisFile()

/** A second phone of the same WeChat user: same identity (cookie), empty device storage. */
async function samePersonNewPhone(from: Awaited<ReturnType<Harness['newPhone']>>) {
  const cookies = await from.context.cookies()
  const phone = await h.newPhone()
  await phone.context.addCookies(cookies)
  return phone
}

describe('nothing typed is lost', () => {
  test('answers typed on one phone resume on another phone of the same user', async () => {
    const first = await h.newPhone()
    await first.page.goto(`${h.url}/#/packages/wizard/index`)
    await first.page.locator('#q-name input').fill('换机花店')
    await first.page.locator('#q-industry [role=radio]').filter({ hasText: '零售' }).click()
    await first.page.getByText('已同步到云端').waitFor()

    const second = await samePersonNewPhone(first)
    await second.page.goto(`${h.url}/`)
    await second.page.getByText('继续填写', { exact: true }).click()
    await second.page.locator('.wizard__step').waitFor()
    await settled(second.page)
    await second.page.waitForFunction(() => {
      const input = document.querySelector<HTMLInputElement>('#q-name input')
      return input?.value === '换机花店'
    })
    expect(await second.page.locator('#q-industry [aria-checked=true]').textContent()).toContain('零售')
  })

  test('typed offline: kept on the phone, sent by itself once the network is back', async () => {
    const phone = await h.newPhone()
    await phone.page.goto(`${h.url}/#/packages/wizard/index`)
    await phone.page.locator('.wizard__step').waitFor()
    await phone.context.setOffline(true)
    await phone.page.locator('#q-name input').fill('断网面包房')
    await phone.page.getByText('网络不可用，已保存在本机').waitFor()
    await screenshot(phone.page, '50-wizard-offline')
    await phone.context.setOffline(false)
    // No further typing: the store retries on its own.
    await phone.page.getByText('已同步到云端').waitFor({ timeout: 20_000 })

    const other = await samePersonNewPhone(phone)
    await other.page.goto(`${h.url}/`)
    await other.page.locator('.cell').filter({ hasText: '断网面包房' }).waitFor()
  })

  test('two phones edit the same plan: the later one is told and chooses, nothing is overwritten silently', async () => {
    const a = await h.newPhone()
    await a.page.goto(`${h.url}/#/packages/wizard/index`)
    await a.page.locator('#q-name input').fill('双机茶馆')
    await finishWizard(a.page, { industry: '餐饮', customerModel: 'To C' })
    await a.page.locator('.page__title').filter({ hasText: '双机茶馆' }).waitFor({ timeout: 15_000 })
    const planUrl = a.page.url()

    // A renames first: an event that moves the hidden revision but not the version number, so the
    // two differ from here on (revision 3, 第 2 版 after A's edit below) and the banner must name
    // the version.
    await planAction(a.page, '重命名')
    const sheet = a.page.getByRole('dialog', { name: '重命名方案' })
    await sheet.locator('input').fill('双机茶馆（总店）')
    await sheet.getByText('保存名称', { exact: true }).click()
    await a.page.getByText('已重命名').waitFor()
    await sheet.waitFor({ state: 'detached' })
    await a.page.locator('.page__desc:visible').filter({ hasText: '第 1 版' }).waitFor()

    // Phone B opens the same plan and starts editing; phone A edits and saves first.
    const b = await samePersonNewPhone(a)
    await b.page.goto(planUrl)
    await planAction(b.page, '修改回答')
    await b.page.locator('#q-customerModel [role=radio]').filter({ hasText: '电商' }).click()

    await planAction(a.page, '修改回答')
    await a.page.locator('#q-customerModel [role=radio]').filter({ hasText: 'To B' }).click()
    await finishWizard(a.page, {})
    await a.page.locator('.page__desc:visible').filter({ hasText: '第 2 版' }).waitFor({ timeout: 15_000 })

    // B submits on top of revision 2 (the rename): it is told, its answers are still there, and it decides.
    for (let guard = 0; guard < 10 && (await b.page.getByText('保存并重新生成方案').count()) === 0; guard++) {
      await answerStep(b.page, {})
      await b.page.getByText('下一步', { exact: true }).click()
    }
    await b.page.getByText('保存并重新生成方案').click()
    const told = b.page.getByText(/这份方案在别处被修改过（现在是第 \d+ 版）/)
    await told.waitFor()
    // The version the owner can find in 历史版本, not the revision counter (3 by now).
    expect(await told.textContent()).toMatch(/现在是第 2 版/)
    await screenshot(b.page, '51-wizard-edit-conflict')
    await b.page.getByText('用我的回答生成新版本').click()
    await b.page.locator('.page__desc:visible').filter({ hasText: '第 3 版' }).waitFor({ timeout: 15_000 })
    expect(await b.page.locator('.changes:visible').textContent()).toContain('电商')
  })
})
