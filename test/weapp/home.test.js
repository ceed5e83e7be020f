/** @jest-environment jsdom */
// miniprogram-simulate renders into jsdom; the weapp bundle itself uses Taro's own DOM.
const { bootPage } = require('./support/boot')
const { findByText, getByText, tap, waitFor } = require('./support/dom')

describe('weapp build: home page', () => {
  test('boots, asks the cloud for the plan list and shows the empty state', async () => {
    const { page, cloud } = bootPage('pages/home/index')
    expect(await findByText(page, '还没有方案')).toBeTruthy()
    expect(getByText(page, '开始定位')).toBeTruthy()
    expect(cloud.callsTo('plan.list')).toHaveLength(1)
    expect(cloud.callsTo('plan.list')[0].input).toEqual({ limit: 20 })
    // Taro.cloud is initialised before the first call, once.
    expect(cloud.inited).toHaveLength(1)
  })

  test('tapping 开始定位 opens the wizard sub-package', async () => {
    const { page, navigations } = bootPage('pages/home/index')
    tap(await findByText(page, '开始定位'))
    await waitFor(() =>
      expect(navigations).toEqual([{ kind: 'navigateTo', url: '/packages/wizard/index', delta: undefined }]),
    )
  })

  test('lists the plans the cloud returns, with name and revision', async () => {
    const { page } = bootPage('pages/home/index', {
      cloudSetup: (cloud) =>
        cloud.on('plan.list', {
          ok: true,
          data: {
            items: [
              {
                id: 'p1',
                name: '老街面馆',
                industry: 'catering',
                industryLabel: '餐饮',
                updatedAt: Date.now(),
                rev: 3,
                version: 3,
              },
            ],
            nextCursor: null,
          },
        }),
    })
    expect(await findByText(page, '老街面馆')).toBeTruthy()
    expect(getByText(page, /餐饮.*第 3 版/)).toBeTruthy()
    expect(() => getByText(page, '还没有方案')).toThrow()
  })

  test('a cloud failure shows the error state with 重试', async () => {
    // The list is asked for as the page's code loads; here the failure is answered once the page
    // has been shown (its 最近删除 request is the sign). The failure before the show: next test.
    let shown
    const pageShown = new Promise((resolve) => (shown = resolve))
    const { page, cloud } = bootPage('pages/home/index', {
      cloudSetup: (c) =>
        c
          .on('plan.deleted', () => {
            shown()
            return { ok: true, data: { items: [] } }
          })
          .on('plan.list', () =>
            pageShown.then(() => ({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } })),
          ),
    })
    expect(await findByText(page, '服务暂时不可用，请稍后再试')).toBeTruthy()
    expect(cloud.callsTo('plan.list')).toHaveLength(1)
    cloud.on('plan.list', { ok: true, data: { items: [], nextCursor: null } })
    const before = cloud.callsTo('plan.list').length
    tap(getByText(page, '重试'))
    expect(await findByText(page, '还没有方案')).toBeTruthy()
    expect(cloud.callsTo('plan.list')).toHaveLength(before + 1)
  })

  test('a list that failed before home was shown: the error once, never error → 加载中… → error', async () => {
    // WeChat loads home's code (which asks for the list) before it creates the page; offline, the
    // answer can fail before the page's first show. That show used to ask again, so the owner saw
    // the error, then 加载中…, then the same error. What is drawn is recorded in order.
    const MESSAGE = '服务暂时不可用，请稍后再试'
    const FAILED = { ok: false, error: { code: 'INTERNAL', message: MESSAGE } }
    const drawn = []
    // A later ask is answered only once the page has sent its next drawing: on a phone an ask takes
    // far longer than a drawing, so whatever the page shows meanwhile is seen.
    let drawing = null
    let answered = 0
    const { page, cloud, attach } = bootPage('pages/home/index', {
      deferAttach: true,
      onSetData: (data) => {
        const text = JSON.stringify(data)
        const state = text.includes(MESSAGE) ? 'error' : text.includes('加载中…') ? 'loading' : null
        if (state && drawn[drawn.length - 1] !== state) drawn.push(state)
        if (drawing) setTimeout(drawing, 0)
        drawing = null
      },
      cloudSetup: (c) =>
        c.on('plan.list', () => {
          const first = answered === 0
          answered += 1
          return first ? FAILED : new Promise((resolve) => (drawing = resolve)).then(() => FAILED)
        }),
    })
    await waitFor(() => expect(answered).toBe(1))
    // One more turn: the failed answer reaches the store before WeChat creates the page.
    await new Promise((resolve) => setTimeout(resolve, 0))
    attach()
    await waitFor(() => {
      expect(cloud.callsTo('plan.deleted').length).toBeGreaterThan(0)
      expect(answered).toBe(cloud.callsTo('plan.list').length)
      getByText(page, MESSAGE)
    })
    expect(drawn).toEqual(['error'])
    expect(cloud.callsTo('plan.list')).toHaveLength(1)
    // The error is the page's word, and 重试 asks again.
    cloud.on('plan.list', { ok: true, data: { items: [], nextCursor: null } })
    tap(getByText(page, '重试'))
    expect(await findByText(page, '还没有方案')).toBeTruthy()
    expect(cloud.callsTo('plan.list')).toHaveLength(2)
  })

  // Issue 13 follow-up: 重试 once sent nothing after the error box was drawn again. Not a stale
  // handler of ours: the second test shows the one case where a tap is lost, and why that is right.
  const FAILED = { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }

  /** Boots home with the list failing, and waits until its error is on screen and every ask answered. */
  async function failedHome(options = {}) {
    let answered = 0
    const booted = bootPage('pages/home/index', {
      ...options,
      cloudSetup: (c) =>
        c.on('plan.list', () => {
          answered += 1
          return FAILED
        }),
    })
    // Wait for the show (its 最近删除 request) and for every list ask to be answered: the error is
    // then the page's last word.
    await waitFor(() => {
      expect(booted.cloud.callsTo('plan.deleted').length).toBeGreaterThan(0)
      expect(answered).toBe(booted.cloud.callsTo('plan.list').length)
      getByText(booted.page, '服务暂时不可用，请稍后再试')
    })
    return booted
  }

  /** Holds the next list answer until `release` is called; then it fails again. */
  function holdNextList(cloud) {
    const held = {}
    cloud.on('plan.list', () => new Promise((resolve) => (held.release = resolve)).then(() => FAILED))
    return held
  }

  test('重试 asks again after the error box was drawn again (shown again: 加载中…, then the error)', async () => {
    const { page, cloud } = await failedHome()
    const held = holdNextList(cloud)
    // Back from a sub-page: home is shown again and reloads.
    global.getCurrentPages()[0].onShow()
    await findByText(page, '加载中…')
    expect(() => getByText(page, '重试')).toThrow()
    held.release()
    await findByText(page, '服务暂时不可用，请稍后再试')

    const before = cloud.callsTo('plan.list').length
    cloud.on('plan.list', { ok: true, data: { items: [], nextCursor: null } })
    tap(getByText(page, '重试'))
    expect(await findByText(page, '还没有方案')).toBeTruthy()
    expect(cloud.callsTo('plan.list')).toHaveLength(before + 1)
  })

  test('a tap on an error box the page has already replaced with 加载中… asks nothing: that load is the answer', async () => {
    // WeChat draws in another thread than the page's code runs: for a moment after the page took
    // the box down (its update sent, not yet drawn) a finger can still land on it. Taro finds no
    // node for the tap's data-sid and drops it (@tarojs/runtime eventHandler), as on a phone.
    let onUpdate = null
    const { page, cloud } = await failedHome({ onSetData: (data) => onUpdate?.(data) })
    const held = holdNextList(cloud)
    const staleBox = getByText(page, '重试')
    let inTheWindow = null
    onUpdate = (data) => {
      if (inTheWindow) return
      const before = cloud.callsTo('plan.list').length
      tap(staleBox)
      inTheWindow = { sent: cloud.callsTo('plan.list').length - before, drawing: JSON.stringify(data) }
    }
    global.getCurrentPages()[0].onShow()
    await waitFor(() => expect(inTheWindow).not.toBeNull())
    expect(inTheWindow.drawing).toContain('加载中…')
    expect(inTheWindow.sent).toBe(0)
    // The reload under way is what the tap asked for: its answer is what the owner sees next.
    cloud.on('plan.list', { ok: true, data: { items: [], nextCursor: null } })
    held.release()
    expect(await findByText(page, '服务暂时不可用，请稍后再试')).toBeTruthy()
    tap(getByText(page, '重试'))
    expect(await findByText(page, '还没有方案')).toBeTruthy()
  })
})
