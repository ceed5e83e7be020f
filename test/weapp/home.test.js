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
    // The list is asked for as the page's code loads; if that answer came before the page is shown,
    // showing it would ask again (a failed preload is not reused) and the error on screen would
    // stand for a request still to come. So the failure is answered once the page has been shown
    // (its 最近删除 request is the sign): then the error is the page's last word and 重试 the next ask.
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
})
