/**
 * The plan page glues labels before the engine's words ("理由：", "本计划用它：", "请确认：",
 * "建议：" …): a colon inside the engine's text then makes a sentence with two. This reads every
 * line the page shows — all sections and why panels open, as owner and as colleague — for the
 * mechanical defects `test/core/wording.test.ts` checks in the engine's own strings.
 */
import fc from 'fast-check'
import { cleanup, fireEvent, render } from '@testing-library/react'
import { PlanView } from '@/packages/plan/components/plan-view'
import { COLLEAGUE_VOICE, OWNER_VOICE } from '@/packages/plan/components/voice'
import { computePlan } from '@/core/plan/engine'
import { validAnswers } from '../core/support/answers'
import { wordingDefects } from '../core/support/wording'

jest.setTimeout(120_000)

const time = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) })
const named = fc
  .tuple(validAnswers, fc.constantFrom('老街面馆', '张记小厨'), fc.constantFrom('', '张记、李家'))
  .map(([a, name, competitorNames]) => ({ ...a, name, competitorNames }))

/**
 * What one element shows as a line: its text without the tags inside it (a tag such as 行业打法
 * or a hook's 元旦 is a chip of its own, read on its own).
 */
function shownLines(root: HTMLElement): string[] {
  const lines: string[] = []
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
    if (!own) continue
    const copy = el.cloneNode(true) as HTMLElement
    if (!el.classList.contains('tag')) for (const tag of Array.from(copy.querySelectorAll('.tag'))) tag.remove()
    lines.push((copy.textContent ?? '').trim())
  }
  return lines
}

test('the check reads a composed line, tags apart', () => {
  const root = document.createElement('div')
  root.innerHTML =
    '<div>理由：<span>To B型企业的推荐组合：企业微信+服务号</span></div><div><span class="tag">元旦</span>元旦期间门店安排</div>'
  const lines = shownLines(root)
  expect(lines).toContain('理由：To B型企业的推荐组合：企业微信+服务号')
  expect(lines).toContain('元旦期间门店安排')
  expect(lines).toContain('元旦')
  expect(wordingDefects(lines[0]!)).toContain('two colons in one sentence')
})

test('every line of the opened plan page reads cleanly, for the owner and for a colleague', () => {
  const samples = fc.sample(fc.tuple(named, time, fc.boolean()), { numRuns: 24, seed: 8 })
  const bad: string[] = []
  for (const [a, now, colleague] of samples) {
    const content = computePlan(a, now)
    const { container } = render(
      <PlanView content={content} answers={a} targets={{}} voice={colleague ? COLLEAGUE_VOICE : OWNER_VOICE} />,
    )
    for (const head of Array.from(container.querySelectorAll('.pv-sh'))) fireEvent.click(head)
    for (const toggle of Array.from(container.querySelectorAll('.why__toggle'))) fireEvent.click(toggle)
    const own = [a.name, a.competitorNames, ...content.differentiation.flatMap((d) => d.competitors)]
    for (const line of shownLines(container))
      for (const defect of wordingDefects(line, own)) bad.push(`${defect}: “${line}”`)
    cleanup()
  }
  expect([...new Set(bad)]).toEqual([])
})
