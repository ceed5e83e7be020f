/** @jest-environment jsdom */
// The results sub-package as WeChat runs it: the record, trend and review pages boot against the
// fake cloud; the trend page's chart draws on the canvas node a selector query hands it.
const { bootPage } = require('./support/boot')
const { findByText, getByText, waitFor } = require('./support/dom')
const { planView, wire } = require('./support/plans')

const ok = (data) => ({ ok: true, data })

function ym(back) {
  const d = new Date()
  const x = new Date(d.getFullYear(), d.getMonth() - back, 1)
  return `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}`
}

const ITEMS = [1, 2, 3].map((back) => ({
  month: ym(back),
  values: { 'acquisition.newFollowers': 100 * back, 'team.posts': back },
  rev: 1,
  updatedAt: 0,
}))

function serve(cloud) {
  cloud.on('plan.get', () => ok(wire(planView())))
  cloud.on('results.list', () => ok({ items: ITEMS, readOnly: false }))
  cloud.on('reminder.status', () => ok({ banked: 0, reviewDate: '2027-02-24', last: null }))
  cloud.on('reminder.notices', () => ok({ items: [] }))
}

/** A canvas node whose 2D context records every call, as WeChat's `Canvas type="2d"` node would draw. */
function fakeCanvas() {
  const calls = []
  const props = {}
  const ctx = new Proxy(
    {},
    {
      get: (_t, key) => (key in props ? props[key] : (...args) => calls.push([key, ...args])),
      set: (_t, key, value) => {
        props[key] = value
        calls.push([`${String(key)}=`, value])
        return true
      },
    },
  )
  return { calls, node: { width: 0, height: 0, getContext: () => ctx } }
}

describe('results sub-package in the weapp build', () => {
  test('the record page boots with the plan’s metrics and the recorded months', async () => {
    const { page } = bootPage('packages/results/record/index', { query: { id: 'p1' }, cloudSetup: serve })
    // The first boot of the sub-package computes the plan: slow on a loaded machine, not a speed check.
    await waitFor(() => getByText(page, '按月填写'), { timeout: 20_000 })
    expect(getByText(page, '新增关注量（月）')).toBeTruthy()
    expect(getByText(page, '实际发布内容（月）')).toBeTruthy()
    await findByText(page, '已记录的月份')
  })

  test('the trend page draws each layer’s chart on the canvas node', async () => {
    const canvas = fakeCanvas()
    const wxSetup = (wx) => {
      const query = {
        in: () => query,
        select: () => query,
        selectAll: () => query,
        fields: () => query,
        exec: (cb) => setTimeout(() => cb([{ node: canvas.node, width: 300, height: 200 }]), 0),
      }
      wx.createSelectorQuery = () => query
      wx.getSystemInfoSync = () => ({ pixelRatio: 2, windowWidth: 375, windowHeight: 812, platform: 'devtools' })
    }
    const { page } = bootPage('packages/results/trend/index', { query: { id: 'p1' }, cloudSetup: serve, wxSetup })
    await findByText(page, '曝光层')
    await waitFor(() => expect(canvas.calls.some(([k]) => k === 'fillRect')).toBe(true))
    expect(canvas.node.width).toBe(600)
    expect(canvas.calls.find(([k]) => k === 'scale')).toEqual(['scale', 2, 2])
    const texts = canvas.calls.filter(([k]) => k === 'fillText').map(([, t]) => t)
    expect(texts).toContain('新增关注量（月）')
  })

  test('the review page boots with targets, assumptions and the reminder button', async () => {
    const { page } = bootPage('packages/results/review/index', { query: { id: 'p1' }, cloudSetup: serve })
    await findByText(page, '目标完成情况')
    await findByText(page, '复盘时提醒我')
    expect(getByText(page, '建议调整')).toBeTruthy()
  })
})
