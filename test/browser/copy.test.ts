import { screenshot, settled, harnessForThisFile } from './support/browser'
import { finishWizard } from './support/wizard'

jest.setTimeout(180_000)

const h = harnessForThisFile()

const POST =
  '冬至特辑：全城最好吃的饺子！转发本文到朋友圈，截图即可领取5元红包。好评率99%，本店最受欢迎的是三鲜馅，最近每天现包。'

describe('检查文案: a post checked before it goes out', () => {
  test('from home: paste, check, see the problems, apply a suggestion, re-check', async () => {
    const { page } = await h.newPhone()
    await page.goto(`${h.url}/`)
    await page.getByText('检查文案', { exact: true }).click()
    await page.locator('.copy').waitFor()
    await settled(page)
    await screenshot(page, '60-copy-empty')

    // Nothing typed: the message sits next to the field.
    await page.getByText('检查', { exact: true }).click()
    await page.getByText('请先粘贴或输入要检查的文案').waitFor()

    await page.locator('.copy textarea').fill(POST)
    await page.getByText('检查', { exact: true }).click()
    await page.getByText('高风险 2').waitFor()
    // The local runtime's WeChat fake was asked (any call counts as a recent visit).
    await page.getByText('微信内容安全检查已通过。').waitFor()
    expect(await page.locator('.copy-finding').count()).toBe(3)
    // 最受欢迎 (own range) and 最近 (time) are left alone, and the page says so.
    expect(await page.locator('.copy__exempted').textContent()).toContain('「最受欢迎」（自家范围内的比较）')

    // Tap the highlighted words: their finding is the selected one.
    await page.locator('.copy-mark', { hasText: '最好吃' }).click()
    const selected = page.locator('.copy-finding--selected')
    await selected.waitFor()
    expect(await selected.textContent()).toContain('绝对化用语')
    await screenshot(page, '61-copy-result-selected')

    // One tap on the suggestion: the text changes and the check runs again.
    await selected.getByText('采用：改为「很好吃」').click()
    await page.getByText('高风险 1').waitFor()
    expect(await page.locator('.copy textarea').inputValue()).toContain('全城很好吃的饺子')
    await screenshot(page, '62-copy-applied')
  })

  test.each([320, 375, 430])('opened from a plan link at %i px: prefilled, checked, readable', async (width) => {
    const { page } = await h.newPhone()
    await page.setViewportSize({ width, height: 760 })
    const query = `text=${encodeURIComponent(POST)}&industry=catering`
    await page.goto(`${h.url}/#/packages/copy/index?${query}`)
    await page.locator('.copy').waitFor()
    expect(await page.locator('.copy textarea').inputValue()).toBe(POST)
    await page.locator('.cell__title', { hasText: '餐饮' }).waitFor()
    await page.getByText('检查', { exact: true }).click()
    await page.getByText('高风险 2').waitFor()
    // Nothing wider than the phone: no sideways scrolling.
    const overflow = await page.evaluate(() => {
      const pages = document.querySelectorAll('.taro_page_show')
      const el = pages[pages.length - 1] as HTMLElement
      return el.scrollWidth - el.clientWidth
    })
    expect(overflow).toBeLessThanOrEqual(0)
    // screenshot() shoots every width itself: once is enough.
    if (width === 375) await screenshot(page, '63-copy-result')
  })

  test('from a plan: calendar slot → checker with its topic → check → apply a wording → save → the plan lists it', async () => {
    const { page } = await h.newPhone()
    await page.goto(`${h.url}/#/packages/wizard/index`)
    await page.locator('#q-name input').fill('老街面馆')
    await finishWizard(page, { industry: '餐饮', customerModel: 'To C', weeklyCapacity: '3' })
    await page.locator('.page__title').filter({ hasText: '老街面馆' }).waitFor({ timeout: 20_000 })
    await settled(page)
    const index = page.getByRole('navigation', { name: '方案目录' })

    // A calendar slot's 检查文案 opens the checker with the slot's topic and the plan's industry.
    await index.getByText('五 内容策略与四周日历').click()
    const slot = page.locator('.calendar-entry').first()
    await slot.waitFor()
    const topic = ((await slot.locator('.calendar-entry__topic').textContent()) ?? '').trim()
    await slot.getByRole('button', { name: '检查文案' }).click()
    await page.locator('.copy').waitFor()
    await settled(page)
    const box = page.locator('.copy textarea')
    const prefilled = await box.inputValue()
    expect(prefilled.length).toBeGreaterThan(0)
    expect(topic).toContain(prefilled)
    await page.locator('.cell__title', { hasText: '餐饮' }).waitFor()

    // The owner writes the post under the topic, checks it, and takes a safer wording.
    const post = `${prefilled}\n全城最好吃的牛肉面，转发到朋友圈领红包。`
    await box.fill(post)
    await page.getByText('检查', { exact: true }).click()
    await page.getByText('高风险 2').waitFor()
    await page.getByText('采用：改为「很好吃」').click()
    await page.getByText('高风险 1').waitFor()
    expect(await box.inputValue()).toContain('全城很好吃的牛肉面')

    // 保存到方案: it goes under the plan it was opened from.
    await page.getByText('保存到方案', { exact: true }).click()
    const done = page.getByRole('status')
    await done.getByText('已保存到方案「老街面馆」的文案检查（共 1 条，最多 20 条）。').waitFor()
    await screenshot(page, '64-copy-saved')

    // Back on the plan, the compliance section lists it: date, counts, kinds; it opens again.
    await done.getByText('回到方案 ›').click()
    await page.locator('.plan-view').waitFor()
    await settled(page)
    await index.getByText('七 合规清单').click()
    const saved = page.locator('#plan-compliance .saved-check')
    await saved.first().waitFor()
    expect(await saved.count()).toBe(1)
    expect(await saved.locator('.saved-check__text').textContent()).toContain(prefilled.slice(0, 10))
    expect(await saved.locator('.saved-check__sev--high').textContent()).toBe('高风险 1')
    expect(await saved.locator('.saved-check__categories').textContent()).toBe('诱导分享')
    const text = (await page.locator('#plan-compliance').textContent()) ?? ''
    expect(text).not.toMatch(/\b(true|false|undefined|null)\b|[A-Za-z]{6,}/)
    await page.locator('#plan-compliance .saved-checks').scrollIntoViewIfNeeded()
    await screenshot(page, '65-plan-saved-checks')

    // Re-check opens a new checker page (Taro's H5 keeps the earlier one in its stack, hidden).
    await saved.getByText('重新检查 ›').click()
    const checker = page.locator('.taro_page_show .copy').last()
    await checker.waitFor()
    await checker.getByText('高风险 1').waitFor()
    expect(await checker.locator('textarea').inputValue()).toBe(post.replace('最好吃', '很好吃'))
  })
})
