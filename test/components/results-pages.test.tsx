/**
 * The results subpackage: recording a month (typed, validated per metric, offline-safe), pasting
 * a back-office table with a preview, and the review screen accepting proposals through the normal
 * plan edit path.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import RecordPage from '@/packages/results/record'
import ReviewPage from '@/packages/results/review'
import { usePlan } from '@/stores/plan'
import { useResults } from '@/stores/results'
import { addMonthsTo, monthOf } from '@/core/results'
import type { MonthResults } from '@/core/api'
import { setRouterParams } from './support/taro'
import { cloud, err, ok } from './support/fake-api'
import { planView, versionData } from './support/plans'
import type { PlanWithContent } from './support/plans'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const THIS = monthOf(Date.now())
const LAST = addMonthsTo(THIS, -1)

function typeInto(label: string, value: string) {
  // The label is set in pieces kept whole on a line (Phrases): matched on its whole text.
  const field = screen
    .getByText((_, el) => el?.matches('.metric-field__label') === true && el.textContent === label)
    .closest('.metric-field') as HTMLElement
  const host = field.querySelector('taro-input-core')!
  act(() => {
    host.dispatchEvent(new CustomEvent('input', { detail: { value, cursor: value.length }, bubbles: true }))
  })
  return field
}

function serve(view: PlanWithContent, items: MonthResults[] = []) {
  cloud.on('plan.get', () => ok(JSON.parse(JSON.stringify(view))))
  cloud.on('results.list', () => ok({ items: JSON.parse(JSON.stringify(items)), readOnly: false }))
  cloud.on('reminder.status', () => ok({ banked: 0, reviewDate: view.content.iteration.reviewDate, last: null }))
  cloud.on('reminder.notices', () => ok({ items: [] }))
}

beforeEach(() => {
  usePlan.setState(usePlan.getInitialState(), true)
  useResults.setState(useResults.getInitialState(), true)
  localStorage.clear()
  setRouterParams({ id: 'p1' })
})

describe('record page', () => {
  test('a value out of its metric’s range is refused next to its field; nothing is sent', async () => {
    serve(planView())
    render(<RecordPage />)
    await screen.findByText('会话打开率')
    const field = typeInto('会话打开率', '120')
    fireEvent.click(screen.getByText(/^保存/))
    expect(await within(field).findByRole('alert')).toHaveTextContent('百分比不能超过 100')
    expect(cloud.callsTo('results.save')).toHaveLength(0)
  })

  test('saves last month’s typed values as numbers, new month at rev 0', async () => {
    serve(planView())
    cloud.on('results.save', (input) => ok({ month: input.month, values: input.values, rev: 1, updatedAt: 1 }))
    render(<RecordPage />)
    await screen.findByText(
      (_, el) => el?.matches('.metric-field__label') === true && el.textContent === '新增关注量（月）',
    )
    typeInto('新增关注量（月）', '1,200')
    typeInto('实际发布内容（月）', '9')
    fireEvent.click(screen.getByText(/^保存/))
    await screen.findByText(/的数据已保存/)
    expect(cloud.callsTo('results.save')[0].input).toEqual({
      planId: 'p1',
      month: LAST,
      values: { 'acquisition.newFollowers': 1200, 'team.posts': 9 },
      baseRev: 0,
    })
    expect(screen.getByText(/新增关注量（月） 1,200 人/)).toBeInTheDocument()
  })

  test('offline: the month is kept on the phone, shown as waiting, and goes up when the network is back', async () => {
    serve(planView())
    cloud.once('results.save', err('NETWORK'))
    cloud.on('results.save', (input) => ok({ month: input.month, values: input.values, rev: 1, updatedAt: 1 }))
    render(<RecordPage />)
    await screen.findByText(
      (_, el) => el?.matches('.metric-field__label') === true && el.textContent === '新增关注量（月）',
    )
    typeInto('新增关注量（月）', '300')
    fireEvent.click(screen.getByText(/^保存/))
    await screen.findByText(/已保存在本机，联网后自动上传/)
    expect(screen.getByText('待上传')).toBeInTheDocument()
    expect(useResults.getState().pendingMonths).toEqual([LAST])
    expect(localStorage.getItem('wp_results_pending')).toContain(LAST)
    await act(() => useResults.getState().flush())
    expect(cloud.callsTo('results.save')).toHaveLength(2)
    await waitFor(() => expect(screen.queryByText('待上传')).toBeNull())
    expect(useResults.getState().pendingMonths).toEqual([])
    expect(localStorage.getItem('wp_results_pending')).not.toContain(LAST)
  })

  test('paste: columns mapped by their names, a preview with per-row errors, only clean months imported', async () => {
    serve(planView())
    cloud.on('results.save', (input) => ok({ month: input.month, values: input.values, rev: 1, updatedAt: 1 }))
    render(<RecordPage />)
    await screen.findByText('粘贴表格', { selector: '.cells__title' })
    const labelled = screen.getByLabelText('粘贴表格')
    const area = labelled.closest('taro-textarea-core') ?? labelled.querySelector('taro-textarea-core') ?? labelled
    const text = '新增关注人数\t日期\n1,200\t2026-07\n980\t2026年8月\n12.5\t2026-09\n'
    act(() => {
      area.dispatchEvent(new CustomEvent('input', { detail: { value: text }, bubbles: true }))
    })
    fireEvent.click(screen.getByText('识别表格'))
    await screen.findByText('第 4 行')
    expect(screen.getByText(/人数、次数请填写整数/)).toBeInTheDocument()
    fireEvent.click(screen.getByText('导入 2 个月'))
    await screen.findByText('已导入 2 个月的数据')
    expect(cloud.callsTo('results.save').map((c) => [c.input.month, c.input.values])).toEqual([
      ['2026-07', { 'acquisition.newFollowers': 1200 }],
      ['2026-08', { 'acquisition.newFollowers': 980 }],
    ])
  })
})

describe('review page', () => {
  const months = (vals: Record<string, number>[]): MonthResults[] =>
    vals.map((values, i) => ({ month: addMonthsTo(THIS, i - vals.length), values, rev: 1, updatedAt: 1 }))

  // The plan page's entry card and this page must agree on whether the 复盘日 has come, whatever
  // the phone's own clock says: the server's clock (sent with every answer) decides.
  test.each([
    ['the server says the date has come, the phone a month before', 1, -30, /^复盘日 \S+ 已到$/],
    ['the server says a day to go, the phone a month after', -1, 30, /^建议复盘日 \S+，现在也可以先看看$/],
  ])('%s: the page follows the server', async (_what, serverDays, phoneDays, expected) => {
    const view = planView()
    const DAY = 24 * 60 * 60 * 1000
    const reviewAt = view.content.iteration.reviewAt
    jest.spyOn(Date, 'now').mockReturnValue(reviewAt + phoneDays * DAY)
    serve(view)
    cloud.on('plan.get', () => ({ ...ok(JSON.parse(JSON.stringify(view))), now: reviewAt + serverDays * DAY }))
    render(<ReviewPage />)
    await screen.findByText('目标完成情况')
    const desc = document.querySelector('.page__desc')!.textContent ?? ''
    expect(desc.replace(/^.*? · /, '')).toMatch(expected)
    expect(desc).toContain(view.content.iteration.reviewDate)
  })

  test('shows status, evidence, and accepting two proposals updates the answers then the targets', async () => {
    const view = planView(
      { targets: { 'acquisition.newFollowers': 500 } },
      { weeklyCapacity: 7, contentForms: ['longArticle', 'shortVideo'] },
    )
    serve(
      view,
      months([
        { 'acquisition.newFollowers': 650, 'team.posts': 8 },
        { 'acquisition.newFollowers': 580, 'team.posts': 9 },
        { 'acquisition.newFollowers': 620, 'team.posts': 10 },
      ]),
    )
    const updated = planView(
      {
        rev: view.rev + 1,
        version: view.version + 1,
        previous: versionData(view.version, { weeklyCapacity: 7, contentForms: ['longArticle', 'shortVideo'] }),
      },
      { weeklyCapacity: 2, contentForms: ['longArticle', 'shortVideo'] },
    )
    cloud.on('plan.update', () => ok(updated))
    cloud.on('plan.setTargets', (input) => ok({ ...updated, rev: updated.rev + 1, targets: input.targets }))
    render(<ReviewPage />)
    const tighten = await screen.findByText('提高新增关注量（月）目标：500 人 → 580 人')
    expect(screen.getAllByText('达标').length).toBeGreaterThan(0)
    const cadence = screen.getByText(/^把每周内容产能从 7 条调整为/)
    expect(
      within(tighten.closest('.proposal') as HTMLElement).getAllByText(
        /新增关注量（月） \d+ 人（目标 500 人），达到目标/,
      ),
    ).toHaveLength(3)
    fireEvent.click(tighten)
    fireEvent.click(cadence)
    fireEvent.click(screen.getByText('采纳选中的 2 项，生成新版本'))
    await screen.findByText(`已更新方案（第 ${updated.version} 版）`)
    expect(cloud.callsTo('plan.update')[0].input).toMatchObject({
      planId: 'p1',
      baseRev: view.rev,
      answers: { weeklyCapacity: 2 },
    })
    expect(cloud.callsTo('plan.setTargets')[0].input).toEqual({
      planId: 'p1',
      baseRev: updated.rev,
      targets: { 'acquisition.newFollowers': 580 },
    })
    expect(screen.getByText('· 每周内容产能：7条/周 → 2条/周')).toBeInTheDocument()
  })

  test('without results: no data anywhere, no proposals, a way to record', async () => {
    serve(planView())
    render(<ReviewPage />)
    await screen.findByText('目标完成情况')
    expect(screen.queryByText('达标')).toBeNull()
    expect(screen.getByText('记录了数据之后，这里会根据数据给出调整建议')).toBeInTheDocument()
    expect(screen.getByText('先记录每月数据')).toBeInTheDocument()
  })

  test('the reminder button banks a consent and says how many are banked', async () => {
    const view = planView()
    serve(view)
    cloud.on('reminder.subscribe', () => ok({ banked: 1, reviewDate: view.content.iteration.reviewDate, last: null }))
    render(<ReviewPage />)
    fireEvent.click(await screen.findByText('复盘时提醒我'))
    await screen.findByText(/已存 1 次提醒/)
    expect(cloud.callsTo('reminder.subscribe')[0].input).toEqual({ planId: 'p1', accepted: 1 })
    expect(screen.getByText('再存一次提醒')).toBeInTheDocument()
  })
})
