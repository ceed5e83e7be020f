/** Issue 13: server data that pages used to load by hand now lives in stores; what they keep and when. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { RecentlyDeleted } from '@/pages/home/recently-deleted'
import { useDeletedPlans } from '@/stores/deleted-plans'
import { useVersions, versionKey } from '@/packages/plan/stores/versions'
import { cloud, err, ok } from './support/fake-api'
import { NOW, DAY, revisionSummary, revisionView } from './support/plans'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const deleted = (planId: string, name: string) => ({
  planId,
  name,
  industryLabel: '餐饮',
  deletedAt: NOW - DAY,
  restoreUntil: NOW + 29 * DAY,
})

describe('deleted plans store (最近删除)', () => {
  test('load keeps the list; a failed read keeps what it had and says nothing', async () => {
    cloud.on('plan.deleted', ok({ items: [deleted('p1', '老店'), deleted('p2', '新店')] }))
    await useDeletedPlans.getState().load()
    expect(useDeletedPlans.getState().items.map((p) => p.name)).toEqual(['老店', '新店'])
    cloud.once('plan.deleted', err('NETWORK', '网络不可用'))
    await useDeletedPlans.getState().load()
    expect(useDeletedPlans.getState().status).toBe('error')
    expect(useDeletedPlans.getState().items.map((p) => p.name)).toEqual(['老店', '新店'])
  })

  test('restore takes the plan off the list; a refused restore keeps it and returns the message', async () => {
    cloud.on('plan.deleted', ok({ items: [deleted('p1', '老店'), deleted('p2', '新店')] }))
    await useDeletedPlans.getState().load()
    cloud.once('plan.restore', err('NOT_FOUND', '这个方案已被彻底清除'))
    expect(await useDeletedPlans.getState().restore('p1')).toBe('这个方案已被彻底清除')
    expect(useDeletedPlans.getState().items).toHaveLength(2)
    cloud.on('plan.restore', ok({ planId: 'p2' }))
    expect(await useDeletedPlans.getState().restore('p2')).toBeNull()
    expect(useDeletedPlans.getState().items.map((p) => p.name)).toEqual(['老店'])
  })

  test('the section reads through the store: one request after the first screen, restore shown and the error beside it', async () => {
    cloud.on('plan.deleted', ok({ items: [deleted('p1', '老店')] }))
    cloud.once('plan.restore', err('CONFLICT', '方案名称已被占用'))
    const onRestored = jest.fn()
    render(<RecentlyDeleted liveCount={0} onRestored={onRestored} />)
    // Not in the first screen's way: asked for a moment after the page is shown (after-first-screen.ts).
    expect(cloud.callsTo('plan.deleted')).toHaveLength(0)
    await waitFor(() => expect(cloud.callsTo('plan.deleted')).toHaveLength(1))
    fireEvent.click(await screen.findByText('最近删除（1）'))
    fireEvent.click(screen.getByText('恢复'))
    expect(await screen.findByText('方案名称已被占用')).toBeInTheDocument()
    expect(onRestored).not.toHaveBeenCalled()
    expect(cloud.callsTo('plan.deleted')).toHaveLength(1)
  })
})

describe('versions store (历史版本, one version, 对比)', () => {
  test('each plan keeps its own list, newest first; of two reads of one list the later answer wins', async () => {
    const release: Record<string, () => void> = {}
    cloud.on('plan.versions', (input: { planId: string }) =>
      input.planId === 'old'
        ? new Promise((resolve) => (release.old = () => resolve(ok({ items: [revisionSummary(9)] }))))
        : ok({ items: [revisionSummary(1), revisionSummary(2, { current: true })] }),
    )
    const first = useVersions.getState().load('old')
    await useVersions.getState().load('p1')
    release.old!()
    await first
    const versionsOf = (planId: string) => {
      const list = useVersions.getState().lists[planId]
      return list?.status === 'ready' ? list.items.map((i) => i.version) : list?.status
    }
    expect(versionsOf('p1')).toEqual([2, 1])
    expect(versionsOf('old')).toEqual([9])

    // The slow first read of p2 answers last with an older list: the second read's answer stays.
    let p2Reads = 0
    cloud.on('plan.versions', () =>
      ++p2Reads === 1
        ? new Promise((resolve) => (release.p2 = () => resolve(ok({ items: [revisionSummary(1)] }))))
        : ok({ items: [revisionSummary(1), revisionSummary(2)] }),
    )
    const slow = useVersions.getState().load('p2')
    await useVersions.getState().load('p2')
    release.p2!()
    await slow
    expect(versionsOf('p2')).toEqual([2, 1])
  })

  test('a failed list says why; each version is kept under its plan and number', async () => {
    cloud.once('plan.versions', err('NOT_FOUND', '找不到这个方案'))
    await useVersions.getState().load('gone')
    expect(useVersions.getState().lists.gone).toMatchObject({ status: 'error', error: '找不到这个方案' })
    cloud.on('plan.version', (input: { version: number }) =>
      input.version === 3 ? err('NOT_FOUND', '找不到这个版本') : ok(revisionView(input.version)),
    )
    await Promise.all([useVersions.getState().loadVersion('p1', 1), useVersions.getState().loadVersion('p1', 3)])
    const views = useVersions.getState().views
    expect(views[versionKey('p1', 1)]).toMatchObject({ status: 'ready', view: { version: 1 } })
    expect(views[versionKey('p1', 3)]).toMatchObject({ status: 'error', error: '找不到这个版本' })
    await waitFor(() => expect(cloud.callsTo('plan.version')).toHaveLength(2))
  })
})
