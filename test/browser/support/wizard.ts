import type { Locator, Page } from 'playwright-core'

/**
 * Answers the step on screen the way a hurried owner would: the given choices by question id
 * (option label to tap, or text to type), and for every other required question the first option
 * or the smallest allowed number. Optional questions without a given answer stay empty.
 */
export async function answerStep(page: Page, given: Record<string, string | string[]>): Promise<void> {
  const questions = page.locator('.question')
  const count = await questions.count()
  for (let i = 0; i < count; i++) {
    const q = questions.nth(i)
    const id = ((await q.getAttribute('id')) ?? '').replace(/^q-/, '')
    const wanted = given[id]
    if (wanted !== undefined) {
      await answer(q, wanted)
      continue
    }
    if ((await q.locator('.question__optional').count()) > 0) continue
    await answerAnything(q)
  }
}

async function answer(q: Locator, wanted: string | string[]): Promise<void> {
  const input = q.locator('input')
  if ((await q.locator('[role=radio], [role=checkbox]').count()) === 0 && (await input.count()) > 0) {
    await input.first().fill(String(wanted))
    return
  }
  for (const label of Array.isArray(wanted) ? wanted : [wanted]) {
    const option = q.locator('[role=radio], [role=checkbox]').filter({ hasText: label }).first()
    if ((await option.getAttribute('aria-checked')) === 'true') continue
    await option.click()
    // The tap counts once the store holds it (the box is drawn checked), not when it was sent.
    await q.locator('[aria-checked=true]').filter({ hasText: label }).first().waitFor()
  }
}

async function answerAnything(q: Locator): Promise<void> {
  const options = q.locator('[role=radio], [role=checkbox]')
  if ((await options.count()) > 0) {
    if ((await q.locator('[aria-checked=true]').count()) > 0) return
    await options.first().click()
    // As in answer(): 下一步 tapped before the store holds the tap finds the step unanswered
    // ("请选择一项" on a loaded machine).
    await q.locator('[aria-checked=true]').first().waitFor()
    return
  }
  const input = q.locator('input').first()
  if ((await input.count()) === 0 || (await input.inputValue()) !== '') return
  const placeholder = (await input.getAttribute('placeholder')) ?? ''
  const min = /^(\d+)[–-]/.exec(placeholder)
  await input.fill(min ? String(Math.max(1, Number(min[1]))) : '测试')
}

/** Runs the wizard from the step on screen to the end, returning after the submit tap. */
export async function finishWizard(page: Page, given: Record<string, string | string[]>): Promise<void> {
  // 修改回答 only asked for the wizard: until it is the page on top with its questions (drawn
  // once the plan's answers are in its store), the questions counted below would be the plan
  // page's — none — and the given answers silently skipped.
  const top = page.locator('.taro_page_show').last()
  await top.locator('.wizard__step').waitFor()
  await top.locator('.question').first().waitFor()
  for (let guard = 0; guard < 12; guard++) {
    await answerStep(page, given)
    const submit = page.getByText(/^(生成方案|保存并重新生成方案)$/)
    if ((await submit.count()) > 0) {
      await submit.click()
      return
    }
    await nextStep(page)
  }
  throw new Error('the wizard did not reach its last step')
}

/** Taps 下一步 and waits for the next step: each step is its own page (so the phone's back button
 * goes back a step), so until the new one is the only wizard on screen. */
export async function nextStep(page: Page): Promise<void> {
  const stepText = await page.locator('.wizard__step').textContent()
  await page.getByText('下一步', { exact: true }).click()
  await page
    .waitForFunction(
      (before) => {
        const steps = document.querySelectorAll('.wizard__step')
        return steps.length === 1 && steps[0].textContent !== before
      },
      stepText,
      { timeout: 5000 },
    )
    .catch(async () => {
      const alerts = await page.locator('.question [role=alert]').allTextContents()
      throw new Error(`stuck at "${stepText}": ${alerts.join(' / ') || 'no field message'}`)
    })
}
