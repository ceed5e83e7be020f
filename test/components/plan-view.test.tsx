/**
 * The plan view as the owner meets it: 先做这三件事 first, a section index, sections closed behind
 * a one-line summary, plain-Chinese why, the glossary one tap away, calendar slots that go into the
 * phone's calendar; and plans stored under rule base 2026.11-2 still render.
 */
import { fireEvent, render, screen, within } from '@testing-library/react'
import { PlanView } from '@/packages/plan/components/plan-view'
import { computePlan as computeOld, parseAnswers as parseOld } from '@/core/releases/r2026-11-2'
import { PLAN_SECTIONS, type PlanContent } from '@/core/plan/schema'
import { sectionSummary } from '@/core/plan/summary'
import { liftContent } from '@/core/plan/legacy'
import { glossaryEntry } from '@/core/glossary'
import { NOW, planAnswers, planContent } from './support/plans'

jest.setTimeout(30_000)

function show(content: PlanContent = planContent(), answers = planAnswers()) {
  render(<PlanView content={content} answers={answers} targets={{}} />)
  return content
}

const head = (title: string) => screen.getByText(title).closest('.pv-sh') as HTMLElement

describe('plan view: what to do first', () => {
  test('opens with 先做这三件事: three moves, each with a why and a link to its section', () => {
    const c = show()
    const card = screen.getByRole('region', { name: '先做这三件事' })
    const moves = c.firstMoves ?? []
    expect(moves).toHaveLength(3)
    for (const [i, m] of moves.entries()) {
      expect(within(card).getByText(`${i + 1}. ${m.title}`)).toBeInTheDocument()
      expect(within(card).getByText(m.reason)).toBeInTheDocument()
    }
    // It comes before every section.
    const first = screen.getByText('一、定位陈述')
    expect(card.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  test('a move’s link opens the section it comes from', () => {
    const c = show()
    const move = (c.firstMoves ?? [])[0]
    const meta = PLAN_SECTIONS.find((s) => s.key === move.section)!
    const title = `${meta.index}、${meta.title}`
    expect(head(title)).toHaveAttribute('aria-expanded', 'false')
    fireEvent.click(within(screen.getByRole('region', { name: '先做这三件事' })).getAllByRole('link')[0])
    expect(head(title)).toHaveAttribute('aria-expanded', 'true')
  })

  test('the section index lists every section; tapping one opens it', () => {
    show()
    const index = screen.getByRole('navigation', { name: '方案目录' })
    expect(within(index).getAllByRole('link')).toHaveLength(PLAN_SECTIONS.length)
    expect(head('九、技术要求')).toHaveAttribute('aria-expanded', 'false')
    fireEvent.click(within(index).getByText('九 技术要求'))
    expect(head('九、技术要求')).toHaveAttribute('aria-expanded', 'true')
  })

  test('sections start closed with a one-line summary; the positioning statement is its own summary', () => {
    const c = show()
    expect(screen.getByText(c.positioning.statement)).toBeInTheDocument()
    expect(sectionSummary(c, 'positioning')).toBe(c.positioning.statement)
    for (const s of PLAN_SECTIONS) {
      expect(head(`${s.index}、${s.title}`)).toHaveAttribute('aria-expanded', 'false')
      expect(screen.getByText(sectionSummary(c, s.key))).toBeInTheDocument()
    }
    // Closed sections render none of their items.
    expect(screen.queryByText(/^第 1 周/)).not.toBeInTheDocument()
    fireEvent.click(head('五、内容策略与四周日历'))
    expect(screen.getByText(/^第 1 周/)).toBeInTheDocument()
    fireEvent.click(head('五、内容策略与四周日历'))
    expect(screen.queryByText(/^第 1 周/)).not.toBeInTheDocument()
  })
})

describe('plan view: plain Chinese', () => {
  test('an account shows the cadence this plan schedules, with the article’s norm beside it', () => {
    const c = show(planContent({ servicePattern: 'highFrequency', weeklyCapacity: 3, contentForms: ['longArticle'] }))
    fireEvent.click(head('四、账号与发文节奏'))
    const acc = c.accounts.find((a) => a.account === 'subscriptionAccount')!
    expect(acc.cadence).not.toBe('每天1次')
    const item = screen.getByText(`${acc.label} · ${acc.cadence}`).closest('.item') as HTMLElement
    expect(within(item).getByText(/^原文常规：每天1次/)).toBeInTheDocument()
  })

  test('a term of art is explained one tap away', () => {
    show(planContent({ devTeam: 'inhouse' }))
    fireEvent.click(head('九、技术要求'))
    const chip = screen.getAllByRole('button', { name: '什么是CDN？' })[0]
    expect(chip).toHaveAttribute('aria-expanded', 'false')
    fireEvent.click(chip)
    expect(screen.getByRole('note')).toHaveTextContent(`CDN：${glossaryEntry('CDN')!.plain}`)
    fireEvent.click(chip)
    expect(screen.queryByRole('note')).not.toBeInTheDocument()
  })

  test('a 不清楚 answer shows a 请确认 item, never an assertion', () => {
    show(planContent({ httpsAll: 'unknown' }), planAnswers({ httpsAll: 'unknown' }))
    fireEvent.click(head('七、合规清单'))
    const item = screen.getByText(/^你还不清楚接口是否全部使用HTTPS/).closest('.item') as HTMLElement
    expect(within(item).getByText('请确认')).toBeInTheDocument()
    expect(screen.queryByText('触发：未加密API接口')).not.toBeInTheDocument()
    fireEvent.click(within(item).getByRole('button', { name: /为什么？/ }))
    expect(within(item).getByText('你的回答「接口全部HTTPS」：不清楚')).toBeInTheDocument()
  })
})

describe('plan view: calendar', () => {
  test('every slot shows its channel, form and topic, and can be added to the calendar (.ics in a browser)', () => {
    const c = show()
    fireEvent.click(head('五、内容策略与四周日历'))
    const first = c.content.calendar[0]
    const topic = screen.getAllByText(first.topic)[0]
    const slot = topic.closest('.calendar-entry') as HTMLElement
    expect(within(slot).getByText(`${first.channel} · ${first.formLabel}`)).toBeInTheDocument()
    const blobs: Blob[] = []
    const create = jest.fn((b: Blob) => {
      blobs.push(b)
      return 'blob:ics'
    })
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() })
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    fireEvent.click(within(slot).getByRole('button', { name: '加入日历' }))
    expect(create).toHaveBeenCalledTimes(1)
    expect(blobs[0].type).toContain('text/calendar')
    expect(click).toHaveBeenCalledTimes(1)
  })
})

describe('plans stored under rule base 2026.11-2', () => {
  test('render with the plan view: lifted cadence, first moves, why in sentences', () => {
    const parsed = parseOld({ ...planAnswers(), httpsAll: true, efficacyClaims: false, hasCrm: false })
    if (!parsed.ok) throw new Error('old answers rejected')
    const old = computeOld(parsed.value, NOW) as unknown as PlanContent
    expect(old.rulebaseVersion).toBe('2026.11-2')
    render(<PlanView content={old} answers={planAnswers()} targets={{}} />)
    expect(screen.getByText(old.positioning.statement)).toBeInTheDocument()
    const lifted = liftContent(old)
    expect(within(screen.getByRole('region', { name: '先做这三件事' })).getAllByRole('link')).toHaveLength(
      lifted.firstMoves!.length,
    )
    fireEvent.click(head('四、账号与发文节奏'))
    for (const a of lifted.accounts) expect(screen.getByText(`${a.label} · ${a.cadence}`)).toBeInTheDocument()
    fireEvent.click(head('一、定位陈述'))
    const item = screen.getByText(old.positioning.statement).closest('.item') as HTMLElement
    fireEvent.click(within(item).getByRole('button', { name: /为什么？/ }))
    expect(within(item).getAllByText(/^原文/).length).toBeGreaterThan(0)
    expect(within(item).queryByText(/intro\.roles/)).not.toBeInTheDocument()
  })
})
