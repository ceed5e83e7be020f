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
    const { page, cloud } = bootPage('pages/home/index', {
      cloudSetup: (c) =>
        c.on('plan.list', { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }),
    })
    // The error on screen is not yet the state to tap in: the list asked for as the page's code
    // loaded can fail before the page is shown, and showing it then asks once more (a failed
    // preload is not reused). So wait for the show (its 最近删除 request) and for every list
    // request to be answered; only then is the error the page's last word, and 重试 the next ask.
    await waitFor(() => {
      expect(cloud.callsTo('plan.deleted').length).toBeGreaterThan(0)
      expect(cloud.pendingTo('plan.list')).toBe(0)
      getByText(page, '服务暂时不可用，请稍后再试')
    })
    cloud.on('plan.list', { ok: true, data: { items: [], nextCursor: null } })
    const before = cloud.callsTo('plan.list').length
    tap(getByText(page, '重试'))
    expect(await findByText(page, '还没有方案')).toBeTruthy()
    expect(cloud.callsTo('plan.list')).toHaveLength(before + 1)
  })
})
