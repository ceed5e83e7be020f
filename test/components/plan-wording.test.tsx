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
import { labelDefects, wordingDefects } from '../core/support/wording'
import * as r2026_11_5 from '@/core/releases/r2026-11-5'
import type { PlanContent } from '@/core/plan/schema'

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

/**
 * A tag read with the lines of its item: "[请确认] 数据泄露" above "请确认：还没回答…" says it twice,
 * as does "[元旦] 元旦期间门店安排" (a tag and the text after it).
 */
function tagDefects(root: HTMLElement, own: readonly string[]): string[] {
  const out: string[] = []
  // The tags of an item's title (priority, 已有, 行业打法) and of a calendar topic (its hook), read
  // against their item's own lines: not the why panel, whose chips stand before their own lines.
  const tags = root.querySelectorAll<HTMLElement>('.item > .item__title .tag, .calendar-entry__topic > .tag')
  for (const tag of Array.from(tags)) {
    const item = tag.closest('.calendar-entry__topic, .item') as HTMLElement
    const copy = item.cloneNode(true) as HTMLElement
    for (const why of Array.from(copy.querySelectorAll('.why'))) why.remove()
    const label = tag.textContent ?? ''
    for (const line of shownLines(copy)) {
      if (line === label) continue
      const repeated = labelDefects(label, line, own).filter((d) => d === 'label repeated at the start of its text')
      for (const d of repeated) out.push(`${d}: [${label}] “${line}”`)
    }
  }
  return out
}

/** Every defect of the opened plan page (all sections and why panels open), owner's or colleague's view. */
function pageDefects(compute: (a: (typeof samples)[number][0], now: number) => PlanContent): string[] {
  const bad: string[] = []
  for (const [a, now, colleague] of samples) {
    const content = compute(a, now)
    const { container } = render(
      <PlanView content={content} answers={a} targets={{}} voice={colleague ? COLLEAGUE_VOICE : OWNER_VOICE} />,
    )
    for (const head of Array.from(container.querySelectorAll('.pv-sh'))) fireEvent.click(head)
    for (const toggle of Array.from(container.querySelectorAll('.why__toggle'))) fireEvent.click(toggle)
    const own = [a.name, a.competitorNames, ...content.differentiation.flatMap((d) => d.competitors)]
    for (const line of shownLines(container))
      for (const defect of wordingDefects(line, own)) bad.push(`${defect}: “${line}”`)
    bad.push(...tagDefects(container, own))
    cleanup()
  }
  return [...new Set(bad)]
}

const samples = fc.sample(fc.tuple(named, time, fc.boolean()), { numRuns: 24, seed: 8 })

test('every line of the opened plan page reads cleanly, for the owner and for a colleague', () => {
  expect(pageDefects(computePlan)).toEqual([])
})

test('the checks added with 2026.11-6 each fail on the page as 2026.11-5 wrote it', () => {
  const bad = pageDefects((a, now) => r2026_11_5.computePlan(a as never, now) as unknown as PlanContent)
  // 请确认 tag beside "请确认：…"; "CRM对接：企业微信与CRM系统对接"; "《…》（市场监管总局2023年）（监管规定）".
  for (const kind of [
    /^label repeated at the start of its text: \[请确认\] “请确认：/,
    /^word repeated across a label and its text: “CRM对接：/,
    /^two brackets in a row: “出处：.*）（/,
  ])
    expect([kind.source, bad.some((b) => kind.test(b))]).toEqual([kind.source, true])
})
