import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import PlanPage from '@/packages/plan/detail'
import { usePlan } from '@/stores/plan'
import { computePlan } from '@/core/plan/engine'
import { setRouterParams } from './support/taro'
import { cloud, err, ok } from './support/fake-api'
import { parsedAnswers } from './support/answers'
import { openAllSections } from './support/plans'

// The machine running the suite may be shared and slow: rendering a whole plan can take seconds.
jest.setTimeout(30_000)

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const NOW = new Date(2026, 10, 24, 9, 30).getTime()
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function planView(id = 'p1') {
  const answers = parsedAnswers({ name: '老街面馆' })
  const content = computePlan(answers, NOW)
  return {
    id,
    name: '老街面馆',
    industry: null,
    industryLabel: null,
    answers,
    content,
    targets: {},
    rev: 2,
    version: 2,
    createdAt: NOW,
    updatedAt: NOW,
    rulebaseVersion: content.rulebaseVersion,
    computedAt: NOW,
    savedAt: NOW,
    cause: 'edit' as const,
    restoredFrom: null,
    snapshot: null,
    previous: null,
    events: [],
  }
}

beforeEach(() => {
  usePlan.setState(usePlan.getInitialState(), true)
})

describe('plan page', () => {
  test('shows loading until the plan arrives, then its positioning and every recommended tool', async () => {
    let release: (() => void) | undefined
    const view = planView()
    cloud.on('plan.get', () => new Promise((resolve) => (release = () => resolve(ok(view)))))
    setRouterParams({ id: 'p1' })
    render(<PlanPage />)
    expect(screen.getByText('加载中…')).toBeInTheDocument()
    await waitFor(() => expect(release).toBeDefined())
    expect(screen.getByText('加载中…')).toBeInTheDocument()
    release!()

    expect(await screen.findByText(view.content.positioning.statement)).toBeInTheDocument()
    await openAllSections()
    expect(screen.queryByText('加载中…')).not.toBeInTheDocument()
    expect(screen.getByText(/第 2 版/)).toBeInTheDocument()
    expect(view.content.tools.length).toBeGreaterThan(0)
    for (const t of view.content.tools) {
      expect(
        screen.getByText(new RegExp(`^${t.rank}\\.\\s*${escape(t.label)}`), { selector: '.item__title' }),
      ).toBeInTheDocument()
    }
    expect(cloud.callsTo('plan.get')[0].input).toEqual({ planId: 'p1' })
  })

  test('a failed load shows the error with a retry that loads again', async () => {
    cloud.once('plan.get', err('NOT_FOUND', '找不到这份方案，可能已被删除'))
    cloud.on('plan.get', ok(planView()))
    setRouterParams({ id: 'p1' })
    render(<PlanPage />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('找不到这份方案，可能已被删除')
    fireEvent.click(within(alert).getByText('重试'))
    expect(await screen.findByText(planView().content.positioning.statement)).toBeInTheDocument()
    expect(cloud.callsTo('plan.get')).toHaveLength(2)
  })

  test('a link without a plan id says so and asks the cloud nothing', async () => {
    setRouterParams({})
    render(<PlanPage />)
    expect(screen.getByRole('alert')).toHaveTextContent('找不到方案')
    await Promise.resolve()
    expect(cloud.calls).toHaveLength(0)
  })
})
