/**
 * Stores outlive the page that asked (issue 13): reopening 历史版本, one version or 对比 must not
 * show, even for one render, what the last visit read — a list without the version saved since,
 * an old "（当前）" — before the page's own read says 加载中… and then shows the fresh answer.
 */
import { act, render, screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import Versions from '@/packages/plan/revisions'
import Version from '@/packages/plan/revision'
import Compare from '@/packages/plan/compare'
import { setRouterParams } from './support/taro'
import { cloud, ok } from './support/fake-api'
import { planView, revisionSummary, revisionView } from './support/plans'
import { held, recordScreens } from './support/record-screens'

jest.setTimeout(30_000)

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

/** Opens the page, lets its reads answer, closes it; returns what was on screen once loaded. */
async function visit(page: ReactElement, loadedText: string | RegExp): Promise<void> {
  const { unmount } = render(page)
  await screen.findByText(loadedText)
  unmount()
}

beforeEach(() => {
  setRouterParams({ id: 'p1' })
  cloud.on('plan.get', ok(planView({ version: 3 })))
})

describe('reopening a history page shows only what this visit read', () => {
  test('历史版本: the second visit shows 加载中… and then the list with the version saved since', async () => {
    cloud.on('plan.versions', ok({ items: [revisionSummary(1), revisionSummary(2, { current: true })] }))
    await visit(<Versions />, '第 2 版（当前）')

    // Meanwhile a third version was saved (on this phone or another).
    const later = held({
      items: [revisionSummary(1), revisionSummary(2), revisionSummary(3, { current: true })],
    })
    cloud.on('plan.versions', later.answer)
    const rec = recordScreens()
    render(<Versions />)
    expect(screen.queryByText('第 2 版（当前）')).toBeNull()
    expect(screen.getByText('加载中…')).toBeInTheDocument()
    await act(async () => later.release())
    await screen.findByText('第 3 版（当前）')
    rec.stop()
    expect(rec.texts.filter((t) => t.includes('第 2 版（当前）'))).toEqual([])
  })

  test('one version: the second visit does not say "（当前）" from the first', async () => {
    setRouterParams({ id: 'p1', v: '2' })
    cloud.on('plan.version', ok(revisionView(2, { current: true })))
    await visit(<Version />, /第 2 版（当前）/)

    const later = held(revisionView(2, { current: false }))
    cloud.on('plan.version', later.answer)
    const rec = recordScreens()
    render(<Version />)
    expect(screen.queryByText(/（当前）/)).toBeNull()
    await act(async () => later.release())
    await screen.findByText(/第 2 版（只读）/)
    rec.stop()
    expect(rec.texts.filter((t) => t.includes('（当前）'))).toEqual([])
  })

  test('对比: the second visit compares with the version that is current now, not the last visit’s', async () => {
    setRouterParams({ id: 'p1', a: '1', b: '0' })
    cloud.on('plan.versions', ok({ items: [revisionSummary(1), revisionSummary(2, { current: true })] }))
    cloud.on('plan.version', (input: { version: number }) => ok(revisionView(input.version)))
    await visit(<Compare />, '第 2 版与第 1 版相比的变化')

    const later = held({ items: [revisionSummary(1), revisionSummary(2), revisionSummary(3, { current: true })] })
    cloud.on('plan.versions', later.answer)
    const rec = recordScreens()
    render(<Compare />)
    await act(async () => later.release())
    await screen.findByText('第 3 版与第 1 版相比的变化')
    rec.stop()
    expect(rec.texts.filter((t) => t.includes('第 2 版与第 1 版'))).toEqual([])
    expect(
      cloud
        .callsTo('plan.version')
        .slice(-2)
        .map((c) => c.input.version)
        .sort(),
    ).toEqual([1, 3])
  })
})
