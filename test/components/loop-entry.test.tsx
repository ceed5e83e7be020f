/**
 * The plan page's way into the quarterly loop: a quiet row before the 复盘日, and from that day on
 * the highlighted 开始季度复盘 card. "That day" is the review date on the server's clock.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { LoopEntry } from '@/packages/plan/components/loop-entry'
import { noteServerTime } from '@/api/server-clock'
import { navigations } from './support/taro'

const DAY = 24 * 60 * 60 * 1000
// 2026-03-01 00:00 in China (UTC+8): the 复盘日 the owner reads as 2026-03-01.
const REVIEW_AT = Date.UTC(2026, 1, 28, 16)
const REVIEW_DATE = '2026-03-01'

function entry(now?: number) {
  return render(<LoopEntry planId='p1' reviewAt={REVIEW_AT} reviewDate={REVIEW_DATE} now={now} />)
}

const card = () => document.querySelector('.loop-entry--due')

describe('LoopEntry around the 复盘日', () => {
  test('the day before: a quiet row to record data or review early, no highlighted card', () => {
    entry(REVIEW_AT - DAY)
    expect(card()).toBeNull()
    expect(screen.getByText('记录数据')).toBeInTheDocument()
    expect(screen.getByText('提前复盘')).toBeInTheDocument()
    expect(screen.queryByText('开始季度复盘')).not.toBeInTheDocument()
    expect(screen.getByText(/复盘日（2026-03-01）对照目标调整方案/)).toBeInTheDocument()
  })

  test('one millisecond before is still before', () => {
    entry(REVIEW_AT - 1)
    expect(card()).toBeNull()
  })

  test('on the review date: the highlighted card, and 开始季度复盘 opens the review', () => {
    entry(REVIEW_AT)
    expect(card()).not.toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('复盘日（2026-03-01）已到')
    expect(screen.queryByText('提前复盘')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('开始季度复盘'))
    expect(navigations).toEqual([{ kind: 'navigateTo', url: '/packages/results/review/index?id=p1' }])
  })

  test('weeks after: still the card, and 先记录数据 opens the record page', () => {
    entry(REVIEW_AT + 30 * DAY)
    expect(card()).not.toBeNull()
    fireEvent.click(screen.getByText('先记录数据'))
    expect(navigations).toEqual([{ kind: 'navigateTo', url: '/packages/results/record/index?id=p1' }])
  })

  test('without an injected time it reads the server’s clock, not the phone’s', () => {
    // The phone thinks it is a month before the 复盘日; the server's last answer says it has come.
    const phone = REVIEW_AT - 30 * DAY
    jest.spyOn(Date, 'now').mockReturnValue(phone)
    entry()
    expect(card()).toBeNull()
    cleanup()
    noteServerTime(REVIEW_AT + DAY, phone)
    entry()
    expect(card()).not.toBeNull()
  })
})
