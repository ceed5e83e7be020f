import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Wizard from '@/packages/wizard/index'
import { STEPS, useWizard } from '@/stores/wizard'
import { NAME_MAX_LENGTH } from '@/core/wizard/questions'
import Taro from '@tarojs/taro'
import { QUESTIONS } from '@/core/wizard/questions'
import { navigations, setRouterParams, triggerPageEvent } from './support/taro'
import { cloud, err, ok } from './support/fake-api'
import { fillCurrentStep, questionBox, stepHeading, waitForStep } from './support/wizard-ui'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

beforeEach(() => {
  useWizard.setState(useWizard.getInitialState(), true)
})

async function openWizard(params: Record<string, string> = {}) {
  setRouterParams(params, '/packages/wizard/index')
  render(<Wizard />)
  await waitForStep(0)
  await waitFor(() => expect(cloud.callsTo('draft.get')).toHaveLength(1))
}

const nameInput = () => within(questionBox('name')).findByRole('textbox')
const nextButton = () => screen.getByText('下一步')

describe('wizard page', () => {
  test('opens on step 1 with the first section and the name question', async () => {
    await openWizard()
    expect(screen.getByText(new RegExp(`${STEPS[0].seed}、${STEPS[0].title}`))).toBeInTheDocument()
    expect(screen.getByText('企业或品牌名称')).toBeInTheDocument()
    expect(screen.queryByText('上一步')).not.toBeInTheDocument()
  })

  test('next with an empty name shows 请填写企业或品牌名称 next to the name field and stays', async () => {
    await openWizard()
    fireEvent.click(nextButton())
    const box = questionBox('name')
    expect(await within(box).findByRole('alert')).toHaveTextContent('请填写企业或品牌名称')
    expect(screen.getByText(/第 1 \//)).toBeInTheDocument()
  })

  test('a name of only spaces counts as empty', async () => {
    await openWizard()
    fireEvent.input(await nameInput(), { target: { value: '   ' } })
    fireEvent.click(nextButton())
    expect(await within(questionBox('name')).findByRole('alert')).toHaveTextContent('请填写企业或品牌名称')
  })

  test('an over-long name shows the too-long message and the counter marks it', async () => {
    await openWizard()
    await fillCurrentStep()
    fireEvent.input(await nameInput(), { target: { value: '名'.repeat(NAME_MAX_LENGTH + 1) } })
    fireEvent.click(nextButton())
    const alert = await within(questionBox('name')).findByRole('alert')
    expect(alert).toHaveTextContent(new RegExp(`不能超过\\s*${NAME_MAX_LENGTH}\\s*个字`))
    expect(screen.getByText(`${NAME_MAX_LENGTH + 1}/${NAME_MAX_LENGTH}`)).toBeInTheDocument()
    expect(screen.getByText(/第 1 \//)).toBeInTheDocument()
  })

  test('the message goes away as soon as the name is fixed', async () => {
    await openWizard()
    fireEvent.click(nextButton())
    await within(questionBox('name')).findByRole('alert')
    fireEvent.input(await nameInput(), { target: { value: '老街面馆' } })
    await waitFor(() => expect(within(questionBox('name')).queryByRole('alert')).not.toBeInTheDocument())
  })

  test('a valid first step moves on to step 2, and back returns with the answers kept', async () => {
    await openWizard()
    await fillCurrentStep()
    fireEvent.click(nextButton())
    await waitForStep(1)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('上一步'))
    await waitForStep(0)
    await waitFor(async () => expect(await nameInput()).toHaveValue('老街面馆'))
  })

  test('answering every step and submitting creates the plan and opens its page', async () => {
    cloud.on('plan.create', ok({ id: 'plan_42' }))
    await openWizard()
    for (let i = 0; i < STEPS.length; i += 1) {
      await waitForStep(i)
      await fillCurrentStep()
      const last = i === STEPS.length - 1
      fireEvent.click(screen.getByText(last ? '生成方案' : '下一步'))
    }
    // Each 下一步 pushed a step page (so the phone's back button goes back a step); the plan replaces them all.
    await waitFor(() => expect(navigations).toHaveLength(STEPS.length))
    expect(navigations.slice(0, -1).map((n) => `${n.kind} ${n.url}`)).toEqual(
      STEPS.slice(1).map((_, i) => `navigateTo /packages/wizard/index?step=${i + 2}`),
    )
    expect(navigations.at(-1)).toMatchObject({ kind: 'reLaunch', url: '/packages/plan/detail/index?id=plan_42' })
    const creates = cloud.callsTo('plan.create')
    expect(creates).toHaveLength(1)
    expect(creates[0].input.answers).toMatchObject({ name: '老街面馆' })
  })

  test('a server rejection on submit is shown and the page stays', async () => {
    cloud.on('plan.create', err('INVALID_INPUT', '填写的内容有误，请检查标出的项目', { fields: [] }))
    await openWizard()
    for (let i = 0; i < STEPS.length; i += 1) {
      await waitForStep(i)
      await fillCurrentStep()
      fireEvent.click(screen.getByText(i === STEPS.length - 1 ? '生成方案' : '下一步'))
    }
    expect(await screen.findByText('填写的内容有误，请检查标出的项目')).toHaveAttribute('role', 'alert')
    expect(navigations.filter((n) => n.kind !== 'navigateTo')).toHaveLength(0)
  })

  test('下一步 with errors scrolls to the first invalid field and says how many remain', async () => {
    const scroll = jest.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'pageScrollTo:ok' } as never)
    await openWizard()
    fireEvent.click(nextButton())
    const count = STEPS[0].questionIds.filter((id) => QUESTIONS.find((q) => q.id === id)?.required).length
    expect(await screen.findByText(`还有 ${count} 项需要修改，已跳到第一项`)).toHaveAttribute('role', 'alert')
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#q-name' }))
    expect(navigations).toHaveLength(0)
    // Fixing one field lowers the count at once.
    fireEvent.input(await nameInput(), { target: { value: '老街面馆' } })
    await screen.findByText(`还有 ${count - 1} 项需要修改，已跳到第一项`)
  })

  test('the phone back button returns to the previous step: the page below shows its step again', async () => {
    await openWizard()
    await fillCurrentStep()
    fireEvent.click(nextButton())
    await waitFor(() => expect(navigations).toHaveLength(1))
    // The step page pushed on top hides this one; back pops it and this page shows again.
    triggerPageEvent('didHide')
    expect(screen.queryByText(stepHeading(1))).not.toBeInTheDocument()
    triggerPageEvent('didShow')
    await waitForStep(0)
    expect(useWizard.getState().step).toBe(0)
  })

  test('更多 → 放弃草稿 asks first, then deletes the draft here and in the cloud and goes home', async () => {
    const modal = jest
      .spyOn(Taro, 'showModal')
      .mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never)
    jest
      .spyOn(Taro, 'showActionSheet')
      .mockImplementation((o) => Promise.resolve({ tapIndex: o.itemList.indexOf('放弃草稿'), errMsg: 'ok' }))
    await openWizard()
    fireEvent.input(await nameInput(), { target: { value: '老街面馆' } })
    fireEvent.click(screen.getByText('更多'))
    await waitFor(() => expect(navigations).toEqual([{ kind: 'reLaunch', url: '/pages/home/index', delta: undefined }]))
    expect(modal.mock.calls[0][0]).toMatchObject({ title: '放弃这份草稿？', confirmText: '放弃' })
    expect(cloud.callsTo('draft.discard')).toHaveLength(1)
    expect(localStorage.getItem('wp:draft:new')).toBeNull()
  })

  test('更多 → 新建方案 with a draft open: confirmed, the draft goes and a fresh wizard opens', async () => {
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never)
    jest
      .spyOn(Taro, 'showActionSheet')
      .mockImplementation((o) => Promise.resolve({ tapIndex: o.itemList.indexOf('新建方案'), errMsg: 'ok' }))
    await openWizard()
    fireEvent.input(await nameInput(), { target: { value: '老街面馆' } })
    fireEvent.click(screen.getByText('更多'))
    await waitFor(() =>
      expect(navigations).toEqual([{ kind: 'reLaunch', url: '/packages/wizard/index', delta: undefined }]),
    )
    expect(useWizard.getState().answers).toEqual({})
  })

  test('cancelling 放弃草稿 keeps everything', async () => {
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never)
    jest
      .spyOn(Taro, 'showActionSheet')
      .mockImplementation((o) => Promise.resolve({ tapIndex: o.itemList.indexOf('放弃草稿'), errMsg: 'ok' }))
    await openWizard()
    fireEvent.input(await nameInput(), { target: { value: '老街面馆' } })
    fireEvent.click(screen.getByText('更多'))
    await Promise.resolve()
    await Promise.resolve()
    expect(navigations).toEqual([])
    expect(useWizard.getState().answers).toEqual({ name: '老街面馆' })
  })
})
