/** @jest-environment jsdom */
// What opening a plan costs the phone: Taro sends the page's render tree from the logic layer to
// the view layer through setData, and large payloads are what make a mini program page slow to
// open (WeChat warns above 256 KB; a few KB keeps it instant). The plan page opens with
// 先做这三件事, the index and closed sections: its first render must stay within 8 KB.
// `npm run bench:plan-setdata` prints the figures this test records.
const fs = require('fs')
const path = require('path')
const { bootPage } = require('./support/boot')
const { findByText, getByText, queryAllByText, tap } = require('./support/dom')
const { planView, wire } = require('./support/plans')

const LIMIT = 8 * 1024
const ok = (data) => ({ ok: true, data })
const bytes = (data) => Buffer.byteLength(JSON.stringify(data), 'utf8')

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('weapp build: the plan page’s first render', () => {
  test('boots with 先做这三件事 and the section index, and sends at most 8 KB through setData', async () => {
    const view = planView()
    const calls = []
    const { page } = bootPage('packages/plan/detail/index', {
      query: { id: 'p1' },
      cloudSetup: (c) => c.on('plan.get', ok(wire(view))),
      onSetData: (data) => {
        calls.push(bytes(data))
        if (process.env.WP_DUMP_SETDATA) fs.appendFileSync(process.env.WP_DUMP_SETDATA, JSON.stringify(data) + '\n')
      },
    })
    expect(await findByText(page, view.content.positioning.statement)).toBeTruthy()
    await settle()
    expect(getByText(page, '先做这三件事')).toBeTruthy()
    view.content.firstMoves.forEach((m, i) => expect(getByText(page, `${i + 1}. ${m.title}`)).toBeTruthy())
    expect(getByText(page, '九 技术要求')).toBeTruthy()
    // Closed sections show their summary and none of their items.
    expect(queryAllByText(page, /^第 1 周/)).toHaveLength(0)

    const total = calls.reduce((a, b) => a + b, 0)
    const largest = Math.max(...calls)
    const out = path.join(__dirname, '../../test-artifacts')
    fs.mkdirSync(out, { recursive: true })
    fs.writeFileSync(
      path.join(out, 'plan-setdata.json'),
      JSON.stringify({ calls: calls.length, totalBytes: total, largestBytes: largest, limitBytes: LIMIT }, null, 2),
    )
    expect(total).toBeLessThanOrEqual(LIMIT)

    // Opening a section later sends its items then, not on first render.
    const before = calls.length
    tap(getByText(page, '五 内容策略与四周日历'))
    expect(await findByText(page, /^第 1 周/)).toBeTruthy()
    expect(calls.length).toBeGreaterThan(before)
  })
})
