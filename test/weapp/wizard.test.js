/** @jest-environment jsdom */
const { bootPage } = require('./support/boot')
const { findByText, getByText, tap, type, waitFor } = require('./support/dom')
const { questions, validAnswers } = require('./support/core')

/** The question block of a question: the node that holds its title. */
function questionBlock(page, title) {
  return getByText(page, title).parentElement
}

describe('weapp build: wizard page', () => {
  test('boots on step 1 and asks the cloud for a saved draft', async () => {
    const { page, cloud } = bootPage('packages/wizard/index')
    expect(await findByText(page, /第 1 \/ \d+ 步/)).toBeTruthy()
    expect(getByText(page, '企业或品牌名称')).toBeTruthy()
    await waitFor(() => expect(cloud.callsTo('draft.get')).toHaveLength(1))
  })

  test('next with an empty name shows 请填写企业或品牌名称 in the name block', async () => {
    const { page } = bootPage('packages/wizard/index')
    tap(await findByText(page, '下一步'))
    const message = await findByText(page, '请填写企业或品牌名称')
    expect(questionBlock(page, '企业或品牌名称').contains(message)).toBe(true)
    expect(getByText(page, /第 1 \//)).toBeTruthy()
  })

  test('typing a name and tapping a choice update the page and go to the cloud as a draft', async () => {
    const { page, cloud, storage } = bootPage('packages/wizard/index')
    await findByText(page, /第 1 \//)
    tap(getByText(page, '下一步'))
    await findByText(page, '请填写企业或品牌名称')

    const nameBlock = questionBlock(page, '企业或品牌名称')
    type(nameBlock.querySelector('wx-input'), '老街面馆')
    expect(await findByText(page, '4/30')).toBeTruthy()
    await waitFor(() => expect(() => getByText(page, '请填写企业或品牌名称')).toThrow())

    const industry = questions().find((q) => q.id === 'industry')
    const option = industry.options[1]
    tap(getByText(page, option.label))
    await waitFor(() => expect(getByText(page, option.label).parentElement.textContent).toContain('✓'))

    // Local first: already in WeChat storage; then, after a pause, saved through the draft function.
    await waitFor(() => expect(String(storage.map.get('wp:draft:new'))).toContain('老街面馆'))
    await waitFor(() => expect(cloud.callsTo('draft.save').length).toBeGreaterThan(0))
    const last = cloud.callsTo('draft.save').at(-1)
    expect(last.input.answers).toMatchObject({ name: '老街面馆', industry: option.value })
  })

  test('submitting a finished draft calls plan.create through wx.cloud.callFunction and opens the plan', async () => {
    const answers = validAnswers()
    const steps = new Set(questions().map((q) => q.section)).size
    const draft = { answers, step: steps - 1, updatedAt: Date.now() }
    const { page, cloud, navigations } = bootPage('packages/wizard/index', {
      storage: { 'wp:draft:new': JSON.stringify(draft) },
    })
    expect(await findByText(page, new RegExp(`第 ${steps} / ${steps} 步`))).toBeTruthy()
    tap(getByText(page, '生成方案'))
    await waitFor(() => expect(navigations).toHaveLength(1))
    // A finished new plan replaces the whole wizard (its step pages), so back does not reopen it.
    expect(navigations[0]).toEqual({
      kind: 'reLaunch',
      url: '/packages/plan/detail/index?id=plan_1',
      delta: undefined,
    })
    const creates = cloud.callsTo('plan.create')
    expect(creates).toHaveLength(1)
    expect(creates[0].input.answers).toMatchObject({ name: '老街面馆' })
    await waitFor(() => expect(cloud.callsTo('draft.discard')).toHaveLength(1))
    expect(cloud.calls.map((c) => c.name)).toEqual(expect.arrayContaining(['draft', 'plan']))
  })
})
