/** The stores behind the plan sub-package: plan (one plan), share (links and shared views), plans (the list). */
import { usePlan } from '@/stores/plan'
import { sharedPath, useShare } from '@/stores/share'
import { usePlans } from '@/stores/plans'
import type { PlanSummary } from '@/core/api'
import { cloud, err, ok } from './support/fake-api'
import { NOW, planView, shareLink, sharedView, token } from './support/plans'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

beforeEach(() => {
  usePlan.setState(usePlan.getInitialState(), true)
  useShare.setState(useShare.getInitialState(), true)
  usePlans.setState(usePlans.getInitialState(), true)
})

/** Resolves the next call of `key` only when the returned function is called. */
function held(key: string, result: unknown) {
  let release!: () => void
  cloud.on(key, () => new Promise((resolve) => (release = () => resolve(result as never))))
  return () => release()
}

describe('plan store', () => {
  test('open: loading, then ready with the plan', async () => {
    const release = held('plan.get', ok(planView()))
    const opening = usePlan.getState().open('p1')
    expect(usePlan.getState()).toMatchObject({ status: 'loading', error: undefined })
    await Promise.resolve()
    release()
    await opening
    expect(usePlan.getState()).toMatchObject({ status: 'ready', plan: { id: 'p1', rev: 3 } })
    expect(cloud.callsTo('plan.get')[0].input).toEqual({ planId: 'p1' })
  })

  test('open: a failure keeps the message; reopening the same plan keeps it on screen meanwhile', async () => {
    cloud.once('plan.get', err('NOT_FOUND', '找不到这份方案，可能已被删除'))
    await usePlan.getState().open('p1')
    expect(usePlan.getState()).toMatchObject({
      status: 'error',
      error: '找不到这份方案，可能已被删除',
      plan: undefined,
    })

    cloud.on('plan.get', ok(planView()))
    await usePlan.getState().open('p1')
    const release = held('plan.get', ok(planView({ rev: 4 })))
    const reopening = usePlan.getState().open('p1')
    expect(usePlan.getState().plan?.rev).toBe(3)
    await Promise.resolve()
    release()
    await reopening
    expect(usePlan.getState().plan?.rev).toBe(4)
  })

  test('open: another plan never shows the previous one while it loads', async () => {
    cloud.on('plan.get', ok(planView()))
    await usePlan.getState().open('p1')
    const release = held('plan.get', ok(planView({ id: 'p2' })))
    const opening = usePlan.getState().open('p2')
    expect(usePlan.getState().plan).toBeUndefined()
    await Promise.resolve()
    release()
    await opening
    expect(usePlan.getState().plan?.id).toBe('p2')
  })

  test('saveTargets: sends planId, baseRev and targets; success replaces the plan', async () => {
    cloud.on('plan.get', ok(planView({ rev: 7 })))
    cloud.on('plan.setTargets', (input) => ok(planView({ rev: 8, targets: input.targets })))
    await usePlan.getState().open('p1')
    expect(await usePlan.getState().saveTargets({ 'activity.sessionOpenRate': 12 })).toBeNull()
    expect(cloud.callsTo('plan.setTargets')[0].input).toEqual({
      planId: 'p1',
      baseRev: 7,
      targets: { 'activity.sessionOpenRate': 12 },
    })
    expect(usePlan.getState().plan).toMatchObject({ rev: 8, targets: { 'activity.sessionOpenRate': 12 } })
  })

  test('saveTargets: CONFLICT returns the reload message and reloads the plan', async () => {
    cloud.on('plan.get', ok(planView({ rev: 3 })))
    await usePlan.getState().open('p1')
    cloud.on('plan.get', ok(planView({ rev: 5 })))
    cloud.on('plan.setTargets', err('CONFLICT', '方案已在另一台设备上修改，请刷新后再保存', { currentRev: 5 }))
    expect(await usePlan.getState().saveTargets({ x: 1 })).toBe('方案已在另一台设备上修改，已刷新。请检查后再次保存。')
    await new Promise((r) => setTimeout(r, 0))
    expect(cloud.callsTo('plan.get')).toHaveLength(2)
    expect(usePlan.getState()).toMatchObject({ status: 'ready', plan: { rev: 5 } })
  })

  test("saveTargets: a field error gives the field's message, else the error's; the plan is unchanged", async () => {
    cloud.on('plan.get', ok(planView()))
    await usePlan.getState().open('p1')
    cloud.once(
      'plan.setTargets',
      err('INVALID_INPUT', '填写的内容有误', {
        fields: [{ path: 'targets.x', code: 'OUT_OF_RANGE', message: '数值超出范围' }],
      }),
    )
    cloud.once('plan.setTargets', err('NETWORK', '网络不可用'))
    expect(await usePlan.getState().saveTargets({ x: 1e12 })).toBe('数值超出范围')
    expect(await usePlan.getState().saveTargets({ x: 1 })).toBe('网络不可用')
    expect(usePlan.getState().plan?.rev).toBe(3)
  })

  test('saveTargets and remove without a plan never reach the cloud', async () => {
    expect(await usePlan.getState().saveTargets({ x: 1 })).toBe('方案还没有加载')
    expect(await usePlan.getState().remove()).toBeNull()
    expect(cloud.calls).toHaveLength(0)
  })

  test('remove: deletes the open plan and forgets it; a failure keeps it and returns the message', async () => {
    cloud.on('plan.get', ok(planView()))
    await usePlan.getState().open('p1')
    cloud.once('plan.delete', err('NETWORK', '网络不可用'))
    expect(await usePlan.getState().remove()).toBe('网络不可用')
    expect(usePlan.getState().plan?.id).toBe('p1')

    cloud.on('plan.delete', ok({ planId: 'p1', deletedAt: NOW, restoreUntil: NOW + 1 }))
    expect(await usePlan.getState().remove()).toBeNull()
    expect(cloud.callsTo('plan.delete').map((c) => c.input)).toEqual([{ planId: 'p1' }, { planId: 'p1' }])
    expect(usePlan.getState()).toMatchObject({ plan: undefined, status: 'idle' })
  })
})

describe('share store', () => {
  test('createLink: the token, or null on failure', async () => {
    cloud.once('share.create', ok({ token: token('new001'), createdAt: NOW, expiresAt: NOW + 1 }))
    cloud.once('share.create', err('LIMIT_EXCEEDED'))
    expect(await useShare.getState().createLink('p1')).toBe(token('new001'))
    expect(await useShare.getState().createLink('p1')).toBeNull()
    expect(cloud.callsTo('share.create').map((c) => c.input)).toEqual([{ planId: 'p1' }, { planId: 'p1' }])
  })

  test('sharedPath: the shared page with the token, encoded', () => {
    expect(sharedPath('abc_DEF-123')).toBe('/packages/plan/shared/index?token=abc_DEF-123')
    expect(sharedPath('a b&c')).toBe('/packages/plan/shared/index?token=a%20b%26c')
  })

  test('loadLinks: loading, then ready with the links; a failure keeps the message', async () => {
    const release = held('share.list', ok({ items: [shareLink('AAA111')] }))
    const loading = useShare.getState().loadLinks('p1')
    expect(useShare.getState().linksStatus).toBe('loading')
    await Promise.resolve()
    release()
    await loading
    expect(useShare.getState()).toMatchObject({ linksStatus: 'ready', links: [{ token: token('AAA111') }] })

    cloud.on('share.list', err('FORBIDDEN', '没有权限进行此操作'))
    await useShare.getState().loadLinks('p1')
    expect(useShare.getState()).toMatchObject({ linksStatus: 'error', error: '没有权限进行此操作' })
  })

  test('revoke: revokes, then reloads the list; a failure returns the message without reloading', async () => {
    cloud.on('share.list', ok({ items: [shareLink('AAA111', { status: 'revoked', revokedAt: NOW })] }))
    cloud.once('share.revoke', err('NOT_FOUND', '找不到'))
    expect(await useShare.getState().revoke('p1', token('AAA111'))).toBe('找不到')
    expect(cloud.callsTo('share.list')).toHaveLength(0)

    cloud.on('share.revoke', ok({ token: token('AAA111'), revokedAt: NOW }))
    expect(await useShare.getState().revoke('p1', token('AAA111'))).toBeNull()
    expect(cloud.calls.slice(-2).map((c) => [`${c.fn}.${c.action}`, c.input])).toEqual([
      ['share.revoke', { planId: 'p1', token: token('AAA111') }],
      ['share.list', { planId: 'p1' }],
    ])
    expect(useShare.getState().links[0].status).toBe('revoked')
  })

  test('openShared: forgets the previous shared plan, then ready; a dead link keeps its code', async () => {
    cloud.once('share.open', ok(sharedView({ name: '第一家' })))
    await useShare.getState().openShared(token('one111'))
    expect(useShare.getState()).toMatchObject({ sharedStatus: 'ready', shared: { name: '第一家' } })

    const release = held('share.open', err('SHARE_REVOKED', '分享链接已被撤销'))
    const opening = useShare.getState().openShared(token('two222'))
    expect(useShare.getState()).toMatchObject({ sharedStatus: 'loading', shared: undefined, sharedError: undefined })
    await Promise.resolve()
    release()
    await opening
    expect(useShare.getState()).toMatchObject({
      sharedStatus: 'error',
      shared: undefined,
      sharedError: { code: 'SHARE_REVOKED', message: '分享链接已被撤销' },
    })
    expect(cloud.callsTo('share.open').map((c) => c.input)).toEqual([
      { token: token('one111') },
      { token: token('two222') },
    ])
  })

  test("copy: the new plan's id, or the message", async () => {
    cloud.once('share.copy', ok(planView({ id: 'p_new' })))
    cloud.once('share.copy', err('LIMIT_EXCEEDED', '已达到数量上限'))
    expect(await useShare.getState().copy(token('cpy001'))).toEqual({ id: 'p_new' })
    expect(await useShare.getState().copy(token('cpy001'))).toEqual({ error: '已达到数量上限' })
    expect(cloud.callsTo('share.copy')[0].input).toEqual({ token: token('cpy001') })
  })
})

describe('plans store (my plans)', () => {
  const summary = (id: string): PlanSummary => ({
    id,
    name: `方案${id}`,
    industry: null,
    industryLabel: null,
    updatedAt: NOW,
    version: 1,
    rev: 1,
  })

  test('load asks for 20, loadMore follows the cursor and appends, and stops at the last page', async () => {
    cloud.once('plan.list', ok({ items: [summary('a'), summary('b')], nextCursor: 'c1' }))
    cloud.once('plan.list', ok({ items: [summary('c')], nextCursor: null }))
    await usePlans.getState().load()
    expect(usePlans.getState()).toMatchObject({ status: 'ready', nextCursor: 'c1' })
    await usePlans.getState().loadMore()
    expect(usePlans.getState().items.map((p) => p.id)).toEqual(['a', 'b', 'c'])
    expect(usePlans.getState().nextCursor).toBeNull()
    await usePlans.getState().loadMore()
    expect(cloud.callsTo('plan.list').map((c) => c.input)).toEqual([{ limit: 20 }, { limit: 20, cursor: 'c1' }])
  })

  test('a failed load is an error state; a failed loadMore keeps the items and the cursor', async () => {
    cloud.once('plan.list', err('INTERNAL', '服务暂时不可用，请稍后再试'))
    await usePlans.getState().load()
    expect(usePlans.getState()).toMatchObject({ status: 'error', error: '服务暂时不可用，请稍后再试' })

    cloud.once('plan.list', ok({ items: [summary('a')], nextCursor: 'c1' }))
    cloud.once('plan.list', err('NETWORK', '网络不可用'))
    await usePlans.getState().load()
    await usePlans.getState().loadMore()
    expect(usePlans.getState()).toMatchObject({ status: 'ready', nextCursor: 'c1', error: '网络不可用' })
    expect(usePlans.getState().items.map((p) => p.id)).toEqual(['a'])
  })
})
