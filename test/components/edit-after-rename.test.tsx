/**
 * Issue 13, the journey behind "这份方案在别处被修改过" after a rename: an edit begun on another
 * phone, a rename here, then 修改回答 here picks that draft up and saves. The phone's stores and
 * wizard page talk to the real handlers (SQLite in memory) through the fake transport, so the
 * client's basis and the server's check meet exactly as in the app.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Wizard from '@/packages/wizard/index'
import { STEPS, useWizard } from '@/stores/wizard'
import { usePlan } from '@/stores/plan'
import type { PlanView } from '@/core/api'
import { dispatch, HANDLERS, type HandlerContext } from '../../cloudfunctions/handlers'
import { createSqliteStore } from '../../cloudfunctions/store/sqlite'
import { setRouterParams } from './support/taro'
import { cloud } from './support/fake-api'
import { validAnswers } from './support/answers'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const OWNER = 'o_owner_aaaaaaaaaaaaaaaaaaaa'
let clock = Date.UTC(2026, 10, 24, 1, 30)
let ctx: HandlerContext

/** The owner's other phone: straight to the handlers, with the same identity. */
async function elsewhere<T>(fn: 'plan' | 'draft', action: string, input: unknown): Promise<T> {
  clock += 1000
  const r = await dispatch(fn, { openid: OWNER }, { action, input }, ctx)
  if (!r.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(r.error)}`)
  return r.data as T
}

beforeEach(() => {
  useWizard.setState(useWizard.getInitialState(), true)
  usePlan.setState(usePlan.getInitialState(), true)
  ctx = { store: createSqliteStore({ file: ':memory:' }), clock: { now: () => clock }, writesPerMinute: false }
  // This phone: every plan and draft action answered by the real handlers, with the server's clock.
  for (const fn of ['plan', 'draft'] as const) {
    for (const action of Object.keys(HANDLERS[fn])) {
      cloud.on(`${fn}.${action}`, async (input: unknown) => {
        clock += 1000
        return { ...(await dispatch(fn, { openid: OWNER }, { action, input }, ctx)), now: clock }
      })
    }
  }
})
afterEach(() => ctx.store.close())

/** The other phone opened 修改回答 on the plan as it was and changed the weekly capacity. */
async function editBegunElsewhere(plan: PlanView, weeklyCapacity: number) {
  await elsewhere('draft', 'save', {
    planId: plan.id,
    answers: { ...validAnswers(), weeklyCapacity },
    step: STEPS.length - 1,
    baseRev: plan.rev,
    fromVersion: plan.version,
  })
}

/** 修改回答 here, on the plan page's current plan: the wizard opens on the draft and it is saved. */
async function editHereAndSave(): Promise<void> {
  const plan = usePlan.getState().plan!
  setRouterParams({ planId: plan.id, rev: String(plan.rev) }, '/packages/wizard/index')
  render(<Wizard />)
  const save = await screen.findByText('保存并重新生成方案')
  await waitFor(() => expect(useWizard.getState().answers.weeklyCapacity).toBe(9))
  fireEvent.click(save)
  await waitFor(() => expect(useWizard.getState().submitting).toBe(false))
}

describe('修改回答 after a rename here, on an edit begun on another phone', () => {
  test('saves as the next version, keeps the new name, and says nothing about a conflict', async () => {
    const created = await elsewhere<PlanView>('plan', 'create', { answers: validAnswers() })
    await editBegunElsewhere(created, 9)
    await usePlan.getState().open(created.id)
    expect(await usePlan.getState().rename('老街面馆（总店）')).toEqual({ ok: true })

    await editHereAndSave()
    expect(screen.queryByText(/这份方案在别处被修改过/)).not.toBeInTheDocument()
    expect(useWizard.getState().editConflict).toBeUndefined()
    const now = await elsewhere<PlanView>('plan', 'get', { planId: created.id })
    expect(now).toMatchObject({ version: 2, cause: 'edit', name: '老街面馆（总店）' })
    expect(now.answers).toMatchObject({ weeklyCapacity: 9 })
  })

  test('answers changed on a third phone meanwhile: the conflict card, naming the version', async () => {
    const created = await elsewhere<PlanView>('plan', 'create', { answers: validAnswers() })
    await editBegunElsewhere(created, 9)
    await elsewhere('plan', 'update', {
      planId: created.id,
      answers: { ...validAnswers(), weeklyCapacity: 2 },
      baseRev: created.rev,
      fromVersion: created.version,
    })
    await usePlan.getState().open(created.id)
    expect(await usePlan.getState().rename('老街面馆（总店）')).toEqual({ ok: true })

    await editHereAndSave()
    expect(await screen.findByText(/这份方案在别处被修改过/)).toBeInTheDocument()
    expect(screen.getByText('（现在是第 2 版）')).toBeInTheDocument()
    const now = await elsewhere<PlanView>('plan', 'get', { planId: created.id })
    expect(now).toMatchObject({ version: 2, answers: { weeklyCapacity: 2 } })
  })
})
