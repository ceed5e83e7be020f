import { act } from '@testing-library/react'
import { STEPS, useWizard } from '@/stores/wizard'
import { readLocalDraft } from '@/stores/draft-sync'
import { QUESTIONS } from '@/core/wizard/questions'
import { cloud, err, ok } from './support/fake-api'
import { validAnswers } from './support/answers'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const SAVE_DEBOUNCE_MS = 2000 // longer than the store's save delay

const w = () => useWizard.getState()

/** What a fresh app launch sees: store state back to its initial value (device storage survives). */
function relaunch() {
  useWizard.setState(useWizard.getInitialState(), true)
}

beforeEach(() => {
  jest.useFakeTimers()
  relaunch()
})
afterEach(() => {
  jest.useRealTimers()
})

describe('wizard store', () => {
  test('every answer is kept on the phone at once: a relaunch while offline restores it', async () => {
    await w().start()
    w().setAnswer('name', '老街面馆')
    w().setAnswer('customerModel', 'toB')
    // The app is killed before the cloud save goes out; on the next launch the network is down.
    relaunch()
    cloud.reset()
    cloud.on('draft.get', err('NETWORK'))
    await w().start()
    expect(w().answers).toMatchObject({ name: '老街面馆', customerModel: 'toB' })
  })

  test('answers are saved to the cloud as a draft after a short pause, with the step', async () => {
    await w().start()
    w().setAnswer('name', '老')
    w().setAnswer('name', '老街面馆')
    expect(cloud.callsTo('draft.save')).toHaveLength(0)
    await act(() => jest.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS))
    const saves = cloud.callsTo('draft.save')
    expect(saves).toHaveLength(1)
    expect(saves[0].input).toMatchObject({ answers: { name: '老街面馆' }, step: 0 })
    expect(w().sync).toBe('saved')
  })

  test('a newer cloud draft wins over an older one on this phone (the owner switched phones)', async () => {
    cloud.on(
      'draft.get',
      ok({ planId: null, answers: { name: '云端的名字' }, step: 0, version: 3, updatedAt: Date.now() + 60_000 }),
    )
    localStorage.clear()
    await w().start()
    expect(w().answers).toEqual({ name: '云端的名字' })
  })

  test('next is refused with a message per invalid field of the current step, and only that step', async () => {
    await w().start()
    expect(w().next()).toBe(false)
    expect(w().step).toBe(0)
    const stepIds = STEPS[0].questionIds
    const required = QUESTIONS.filter((q) => stepIds.includes(q.id) && q.required).map((q) => q.id)
    expect(Object.keys(w().errors).sort()).toEqual([...required].sort())
    expect(w().errors.name).toBe('请填写企业或品牌名称')
  })

  test('next moves on once the step is valid, and fixing a field clears its message', async () => {
    await w().start()
    w().next()
    expect(w().errors.name).toBeDefined()
    w().setAnswer('name', '老街面馆')
    expect(w().errors.name).toBeUndefined()
    const answers = validAnswers()
    for (const id of STEPS[0].questionIds) w().setAnswer(id, answers[id])
    expect(w().next()).toBe(true)
    expect(w().step).toBe(1)
    expect(w().errors).toEqual({})
  })

  test('an over-long name is refused with the too-long message', async () => {
    await w().start()
    const answers = validAnswers({ name: '名'.repeat(31) })
    for (const id of STEPS[0].questionIds) w().setAnswer(id, answers[id])
    expect(w().next()).toBe(false)
    expect(w().errors.name).toMatch(/不能超过\s*30\s*个字/)
  })

  test('on CONFLICT the cloud answers are kept and the unsaved local edits laid on top, then saved again', async () => {
    await w().start()
    await act(() => jest.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS))
    cloud.reset()
    const remote = {
      planId: null,
      answers: { name: '另一台手机写的', stage: 'mature' },
      step: 0,
      version: 7,
      updatedAt: Date.now(),
    }
    cloud.once('draft.save', err('CONFLICT', '草稿已在另一台设备上修改', { currentRev: 7, current: remote }))
    cloud.on('draft.get', ok(remote))
    w().setAnswer('customerModel', 'toC')
    await act(() => jest.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS))

    const saves = cloud.callsTo('draft.save')
    expect(saves).toHaveLength(2)
    const retry = saves[1].input
    expect(retry.baseVersion).toBe(7)
    expect(retry.answers).toEqual({ name: '另一台手机写的', stage: 'mature', customerModel: 'toC' })
    expect(w().answers).toEqual(retry.answers)
    expect(w().sync).toBe('saved')
  })

  test('submit sends the parsed answers to plan.create and returns the new plan id', async () => {
    await w().start()
    const answers = validAnswers()
    for (const [id, v] of Object.entries(answers)) w().setAnswer(id, v)
    cloud.on('plan.create', ok({ id: 'p_new' }))
    const id = await w().submit()
    expect(id).toBe('p_new')
    const creates = cloud.callsTo('plan.create')
    expect(creates).toHaveLength(1)
    expect(creates[0].input.answers.name).toBe('老街面馆')
    // The finished draft is not offered again.
    expect(cloud.callsTo('draft.discard')).toHaveLength(1)
    relaunch()
    cloud.on('draft.get', err('NETWORK'))
    await w().start()
    expect(w().answers).toEqual({})
  })

  test('submit maps the server field errors (answers.x paths) onto the fields and keeps the message', async () => {
    await w().start()
    const answers = validAnswers()
    for (const [id, v] of Object.entries(answers)) w().setAnswer(id, v)
    const lastStep = STEPS.length - 1
    useWizard.setState({ step: lastStep })
    cloud.on(
      'plan.create',
      err('INVALID_INPUT', '填写的内容有误，请检查标出的项目', {
        fields: [{ path: 'answers.name', code: 'BAD_WORD', message: '名称里有不允许的词' }],
      }),
    )
    const id = await w().submit()
    expect(id).toBeNull()
    expect(w().submitError).toBe('填写的内容有误，请检查标出的项目')
    expect(w().errors).toEqual({ name: '名称里有不允许的词' })
    expect(w().submitting).toBe(false)
  })

  test('submit with invalid answers does not call the cloud and points at the first bad step', async () => {
    await w().start()
    useWizard.setState({ step: STEPS.length - 1 })
    const id = await w().submit()
    expect(id).toBeNull()
    expect(cloud.callsTo('plan.create')).toHaveLength(0)
    expect(w().step).toBe(0)
    expect(w().errors.name).toBe('请填写企业或品牌名称')
  })

  test('offline: the save is retried by itself, without waiting for another answer', async () => {
    await w().start()
    cloud.once('draft.save', err('NETWORK'))
    w().setAnswer('name', '断网面包房')
    await act(() => jest.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS))
    expect(w().sync).toBe('offline')
    expect(cloud.callsTo('draft.save')).toHaveLength(1)
    // The network is back (the fake's default save succeeds); nobody types anything.
    await act(() => jest.advanceTimersByTimeAsync(5000))
    expect(cloud.callsTo('draft.save')).toHaveLength(2)
    expect(cloud.callsTo('draft.save')[1].input.answers).toMatchObject({ name: '断网面包房' })
    expect(w().sync).toBe('saved')
  })

  test('a draft discarded on another phone is started again, so the edits typed here survive', async () => {
    await w().start()
    w().setAnswer('name', '老街面馆')
    await act(() => jest.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS))
    cloud.once('draft.save', err('CONFLICT'))
    cloud.on('draft.get', ok(null))
    w().setAnswer('customerModel', 'toB')
    await act(() => jest.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS))
    const retry = cloud.callsTo('draft.save').at(-1)
    expect(retry?.input.baseVersion).toBeUndefined()
    expect(retry?.input.answers).toMatchObject({ customerModel: 'toB' })
    expect(w().sync).toBe('saved')
  })

  test('an edit keeps the answers it started from when another phone submits and discards the draft', async () => {
    // Two phones of one owner edit one plan; the other phone submits first, which discards the
    // shared draft. The answers this phone loaded from the plan were never typed here, yet they
    // must not vanish: the owner still has to be able to submit this edit.
    await w().start({ planId: 'p1', baseRev: 1, answers: { name: '双机茶馆', industry: 'catering' } })
    cloud.once('draft.save', err('CONFLICT'))
    cloud.on('draft.get', ok(null))
    w().setAnswer('customerModel', 'ecommerce')
    await act(() => jest.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS))
    expect(w().answers).toMatchObject({ name: '双机茶馆', industry: 'catering', customerModel: 'ecommerce' })
    expect(cloud.callsTo('draft.save').at(-1)?.input.answers).toMatchObject({ name: '双机茶馆', industry: 'catering' })
  })

  test('an edit submitted after the plan changed elsewhere is held for the owner, then overwrites only on request', async () => {
    await w().start({ planId: 'p1', baseRev: 1, answers: {} })
    for (const [id, v] of Object.entries(validAnswers())) w().setAnswer(id, v)
    // Target edits and renames moved the token to 5; the owner still sees 第 2 版.
    cloud.once('plan.update', err('CONFLICT', '冲突', { currentRev: 5, currentVersion: 2 }))
    expect(await w().submit()).toBeNull()
    expect(w().editConflict).toEqual({ currentRev: 5, currentVersion: 2 })
    expect(cloud.callsTo('plan.update')).toHaveLength(1)
    expect(w().answers.name).toBe('老街面馆')

    cloud.on('plan.update', ok({ id: 'p1' }))
    expect(await w().overwrite()).toBe('p1')
    const updates = cloud.callsTo('plan.update')
    expect(updates).toHaveLength(2)
    expect(updates[1].input).toMatchObject({ planId: 'p1', baseRev: 5 })
    expect(w().editConflict).toBeUndefined()
  })

  test('an edit resumed later still submits against the revision it started from', async () => {
    await w().start({ planId: 'p1', baseRev: 1, answers: {} })
    for (const [id, v] of Object.entries(validAnswers())) w().setAnswer(id, v)
    // Abandoned; meanwhile the plan reached revision 3 elsewhere, and the owner comes back to edit.
    relaunch()
    await w().start({ planId: 'p1', baseRev: 3, answers: {} })
    expect(w().answers.name).toBe('老街面馆')
    cloud.on('plan.update', (input: { baseRev: number }) =>
      input.baseRev === 3 ? ok({ id: 'p1' }) : err('CONFLICT', '冲突', { currentRev: 3 }),
    )
    expect(await w().submit()).toBeNull()
    expect(cloud.callsTo('plan.update')[0].input.baseRev).toBe(1)
    expect(w().editConflict).toEqual({ currentRev: 3 })
  })

  test('a save still under way at submit neither writes the finished draft back here nor outlives the discard', async () => {
    await w().start({ planId: 'p1', baseRev: 1, fromVersion: 1, answers: {} })
    for (const [id, v] of Object.entries(validAnswers())) w().setAnswer(id, v)
    // The save timer fires; its answer is slow (a loaded server), and the owner taps submit meanwhile.
    let answerSave: (() => void) | undefined
    cloud.on(
      'draft.save',
      () => new Promise((resolve) => (answerSave = () => resolve(ok({ version: 5, updatedAt: Date.now() })))),
    )
    await act(() => jest.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS))
    expect(cloud.callsTo('draft.save')).toHaveLength(1)
    cloud.on('plan.update', ok({ id: 'p1' }))
    expect(await w().submit()).toBe('p1')
    await act(() => jest.advanceTimersByTimeAsync(0))
    // The discard waits for the save, so the cloud cannot receive them the wrong way round.
    expect(cloud.callsTo('draft.discard')).toHaveLength(0)
    answerSave!()
    await act(() => jest.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS))
    expect(cloud.callsTo('draft.discard')).toHaveLength(1)
    expect(readLocalDraft('p1')).toBeUndefined()
    expect(w().sync).toBe('idle')
    expect(cloud.callsTo('draft.save')).toHaveLength(1)
  })

  test('an edit carries the version whose answers it began with: in its draft, on this phone, and on submit', async () => {
    await w().start({ planId: 'p1', baseRev: 1, fromVersion: 1, answers: {} })
    for (const [id, v] of Object.entries(validAnswers())) w().setAnswer(id, v)
    await act(() => jest.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS))
    expect(cloud.callsTo('draft.save').at(-1)?.input).toMatchObject({ planId: 'p1', baseRev: 1, fromVersion: 1 })
    // Resumed after a rename here (the plan is at revision 2, still 第 1 版): the draft's pair is kept.
    relaunch()
    await w().start({ planId: 'p1', baseRev: 2, fromVersion: 1, answers: {} })
    cloud.on('plan.update', ok({ id: 'p1' }))
    expect(await w().submit()).toBe('p1')
    expect(cloud.callsTo('plan.update')[0].input).toMatchObject({ baseRev: 1, fromVersion: 1 })
  })

  test('a draft from before fromVersion keeps only its revision; an overwrite names the version shown', async () => {
    localStorage.clear()
    cloud.on(
      'draft.get',
      ok({ planId: 'p1', answers: validAnswers(), step: 7, version: 4, updatedAt: Date.now() + 60_000, baseRev: 1 }),
    )
    // Opened on 第 3 版: that version is not the one the old draft began from, so it is not borrowed.
    await w().start({ planId: 'p1', baseRev: 5, fromVersion: 3, answers: {} })
    cloud.once('plan.update', err('CONFLICT', '冲突', { currentRev: 5, currentVersion: 3 }))
    expect(await w().submit()).toBeNull()
    expect(cloud.callsTo('plan.update')[0].input.baseRev).toBe(1)
    expect(cloud.callsTo('plan.update')[0].input.fromVersion).toBeUndefined()
    cloud.on('plan.update', ok({ id: 'p1' }))
    expect(await w().overwrite()).toBe('p1')
    expect(cloud.callsTo('plan.update')[1].input).toMatchObject({ baseRev: 5, fromVersion: 3 })
  })

  test('an edit begun on another phone is checked against the revision it began from there', async () => {
    localStorage.clear()
    cloud.on(
      'draft.get',
      ok({ planId: 'p1', answers: validAnswers(), step: 7, version: 4, updatedAt: Date.now() + 60_000, baseRev: 1 }),
    )
    await w().start({ planId: 'p1', baseRev: 3, answers: {} })
    expect(w().baseRev).toBe(1)
    cloud.on('plan.update', err('CONFLICT', '冲突', { currentRev: 3 }))
    expect(await w().submit()).toBeNull()
    expect(cloud.callsTo('plan.update')[0].input.baseRev).toBe(1)
    // And this phone's own saves carry it on.
    w().setAnswer('name', '老街面馆二店')
    await act(() => jest.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS))
    expect(cloud.callsTo('draft.save').at(-1)?.input).toMatchObject({ planId: 'p1', baseRev: 1 })
  })
})
