/** @jest-environment jsdom */
// The plan sub-package as WeChat runs it: every page of dist/weapp/packages/plan boots against the
// fake cloud and shows its key text; the plan page's share card asks the share function for a token.
const fs = require('fs')
const path = require('path')
const { bootPage, DIST } = require('./support/boot')
const { findByText, getByText, queryAllByText, tap, waitFor } = require('./support/dom')
const { planView, wire, NOW, DAY } = require('./support/plans')

const TOKEN = 'tok_weapp_0123456789abcdef'
const ok = (data) => ({ ok: true, data })
const fail = (code, message) => ({ ok: false, error: { code, message } })

function sharedView() {
  const p = planView()
  const keys = [
    'name',
    'industry',
    'industryLabel',
    'answers',
    'content',
    'targets',
    'version',
    'updatedAt',
    'rulebaseVersion',
  ]
  return { ...Object.fromEntries(keys.map((k) => [k, p[k]])), expiresAt: NOW + 30 * DAY }
}

/** The Taro node (in the page's setData tree) of the element whose only text is `text`. */
function taroNode(page, text) {
  const found = []
  const walk = (n) => {
    if (!n || typeof n !== 'object') return
    if (Array.isArray(n.cn) && n.cn.some((c) => c && c.v === text)) found.push(n)
    for (const v of Object.values(n)) walk(v)
  }
  walk(page.instance.data)
  if (found.length !== 1) throw new Error(`expected one Taro node with text ${text}, found ${found.length}`)
  return found[0]
}

/** The key Taro's base.wxml binds a <button> attribute to (e.g. open-type → p11). */
function buttonAttrKey(attr) {
  const wxml = fs.readFileSync(path.join(DIST, 'base.wxml'), 'utf8')
  const m = wxml.match(new RegExp(`<button[^>]*\\s${attr}="\\{\\{i\\.(\\w+)\\}\\}"`))
  if (!m) throw new Error(`base.wxml has no <button ${attr}> binding`)
  return m[1]
}

function stubModal(confirm) {
  const calls = []
  global.wx.showModal = (opts) => {
    calls.push(opts)
    const res = { confirm, cancel: !confirm, errMsg: 'showModal:ok' }
    setTimeout(() => {
      if (opts.success) opts.success(res)
      if (opts.complete) opts.complete(res)
    }, 0)
  }
  global.wx.showToast = (opts) => {
    if (opts && opts.success) setTimeout(() => opts.success({ errMsg: 'showToast:ok' }), 0)
  }
  return calls
}

describe('weapp build: plan page (packages/plan/detail/index)', () => {
  test('boots with the plan from the cloud: name, revision, the ten sections and the actions', async () => {
    const view = planView()
    const { page, cloud } = bootPage('packages/plan/detail/index', {
      query: { id: 'p1' },
      cloudSetup: (c) => c.on('plan.get', ok(wire(view))),
    })
    expect(await findByText(page, view.content.positioning.statement)).toBeTruthy()
    expect(getByText(page, /^第 3 版（修改回答）· 更新于/)).toBeTruthy()
    for (const heading of ['一、定位陈述', '六、指标看板与目标', '十、季度复盘'])
      expect(getByText(page, heading)).toBeTruthy()
    // One primary action, the rest behind 更多, 删除方案 apart.
    for (const label of ['分享给同事', '更多', '删除方案']) {
      expect(getByText(page, label, { tag: 'wx-button' })).toBeTruthy()
    }
    // The KPI board opens from the section index, with one target input per KPI.
    expect(page.dom.querySelectorAll('wx-input')).toHaveLength(0)
    tap(getByText(page, '六 指标看板与目标'))
    expect(await findByText(page, '保存目标')).toBeTruthy()
    expect(page.dom.querySelectorAll('wx-input')).toHaveLength(view.content.kpis.length)
    expect(cloud.callsTo('plan.get').map((c) => c.input)).toEqual([{ planId: 'p1' }])
  })

  test('"分享给同事" is a WeChat share button (open-type share), not a link', async () => {
    const view = planView()
    const { page } = bootPage('packages/plan/detail/index', {
      query: { id: 'p1' },
      cloudSetup: (c) => c.on('plan.get', ok(wire(view))),
    })
    await findByText(page, '分享给同事')
    expect(taroNode(page, '分享给同事')[buttonAttrKey('open-type')]).toBe('share')
    // The browser's link UI is not in the WeChat build.
    expect(queryAllByText(page, '复制链接')).toHaveLength(0)
  })

  test('onShareAppMessage: a title naming the business and a promise of a fresh shared path', async () => {
    const view = planView()
    const { page, cloud } = bootPage('packages/plan/detail/index', {
      query: { id: 'p1' },
      cloudSetup: (c) => {
        c.on('plan.get', ok(wire(view)))
        c.on('share.create', ok({ token: TOKEN, createdAt: NOW, expiresAt: NOW + 30 * DAY }))
      },
    })
    await findByText(page, view.content.positioning.statement)
    expect(typeof page.instance.onShareAppMessage).toBe('function')
    expect(cloud.callsTo('share.create')).toHaveLength(0)

    const card = page.instance.onShareAppMessage({ from: 'button', target: {} })
    expect(card.title).toBe(`${view.name}的微信定位方案`)
    expect(card.title).toContain('老街面馆')
    expect(card.path).toBe('/pages/home/index')
    expect(card.promise).toBeInstanceOf(Promise)
    const resolved = await card.promise
    expect(resolved).toEqual({ title: '老街面馆的微信定位方案', path: `/packages/plan/shared/index?token=${TOKEN}` })
    expect(cloud.callsTo('share.create').map((c) => c.input)).toEqual([{ planId: 'p1' }])
  })

  test('onShareAppMessage: when no token can be made the promise rejects, so the card keeps the home path', async () => {
    const view = planView()
    const { page } = bootPage('packages/plan/detail/index', {
      query: { id: 'p1' },
      cloudSetup: (c) => {
        c.on('plan.get', ok(wire(view)))
        c.on('share.create', fail('INTERNAL', '服务暂时不可用，请稍后再试'))
      },
    })
    await findByText(page, view.content.positioning.statement)
    const card = page.instance.onShareAppMessage({ from: 'menu' })
    expect(card.path).toBe('/pages/home/index')
    await expect(card.promise).rejects.toBeUndefined()
  })

  test('tapping 为什么？ shows the rules and the answers behind a recommendation', async () => {
    const view = planView()
    const { page } = bootPage('packages/plan/detail/index', {
      query: { id: 'p1' },
      cloudSetup: (c) => c.on('plan.get', ok(wire(view))),
    })
    await findByText(page, view.content.positioning.statement)
    expect(queryAllByText(page, /^原文开头（/)).toHaveLength(0)
    tap(getByText(page, '一 定位陈述'))
    tap(await findByText(page, '为什么？'))
    await findByText(page, '收起依据')
    // Sentences naming the source in Chinese, never a rule id.
    expect(getByText(page, /^原文开头（原文观点）：企业需明确自身在微信生态中的角色/)).toBeTruthy()
    expect(getByText(page, '你的回答「名称」：老街面馆')).toBeTruthy()
    expect(queryAllByText(page, /intro\.roles/)).toHaveLength(0)
  })

  test('删除方案: after the confirmation, deletes and relaunches home with ?deleted=', async () => {
    const view = planView()
    const { page, cloud, navigations } = bootPage('packages/plan/detail/index', {
      query: { id: 'p1' },
      cloudSetup: (c) => {
        c.on('plan.get', ok(wire(view)))
        c.on('plan.delete', ok({ planId: 'p1', deletedAt: NOW, restoreUntil: NOW + 30 * DAY }))
      },
    })
    const modals = stubModal(true)
    tap(await findByText(page, '删除方案'))
    await waitFor(() => expect(navigations).toHaveLength(1))
    expect(modals[0]).toMatchObject({ title: '删除这份方案？' })
    expect(cloud.callsTo('plan.delete').map((c) => c.input)).toEqual([{ planId: 'p1' }])
    expect(navigations[0]).toEqual({ kind: 'reLaunch', url: '/pages/home/index?deleted=p1', delta: undefined })
  })
})

describe('weapp build: versions (packages/plan/revisions/index)', () => {
  test('boots with the versions newest first; tapping an old one opens it by its number', async () => {
    const { page, cloud, navigations } = bootPage('packages/plan/revisions/index', {
      query: { id: 'p1' },
      cloudSetup: (c) => {
        c.on(
          'plan.versions',
          ok({
            items: [
              {
                version: 1,
                savedAt: NOW - 2 * DAY,
                rulebaseVersion: '1',
                cause: 'create',
                restoredFrom: null,
                current: false,
              },
              { version: 2, savedAt: NOW, rulebaseVersion: '1', cause: 'edit', restoredFrom: null, current: true },
            ],
          }),
        )
        c.on('plan.get', ok(wire(planView({ version: 2 }))))
      },
    })
    expect(await findByText(page, '第 2 版（当前）')).toBeTruthy()
    const text = page.dom.textContent
    expect(text.indexOf('第 2 版')).toBeLessThan(text.indexOf('第 1 版'))
    expect(getByText(page, /修改回答/)).toBeTruthy()
    expect(getByText(page, /创建方案/)).toBeTruthy()
    expect(cloud.callsTo('plan.versions').map((c) => c.input)).toEqual([{ planId: 'p1' }])

    tap(getByText(page, '第 1 版'))
    await waitFor(() => expect(navigations).toHaveLength(1))
    expect(navigations[0]).toEqual({
      kind: 'navigateTo',
      url: '/packages/plan/revision/index?id=p1&v=1',
      delta: undefined,
    })
  })
})

describe('weapp build: one version (packages/plan/revision/index)', () => {
  test('boots with that version, read-only: no inputs, no owner actions, and a restore button', async () => {
    const view = planView()
    const { page, cloud } = bootPage('packages/plan/revision/index', {
      query: { id: 'p1', v: '1' },
      cloudSetup: (c) =>
        c.on('plan.version', (input) =>
          ok({
            planId: input.planId,
            version: input.version,
            name: view.name,
            answers: view.answers,
            targets: {},
            savedAt: NOW - 2 * DAY,
            rulebaseVersion: view.rulebaseVersion,
            computedAt: view.computedAt,
            cause: 'create',
            restoredFrom: null,
            snapshot: null,
            previous: null,
            current: false,
          }),
        ),
    })
    expect(await findByText(page, /^第 1 版（只读）· 创建方案 · 保存于/)).toBeTruthy()
    expect(getByText(page, view.content.positioning.statement)).toBeTruthy()
    expect(getByText(page, '十、季度复盘')).toBeTruthy()
    expect(getByText(page, '恢复为这个版本', { tag: 'wx-button' })).toBeTruthy()
    expect(cloud.callsTo('plan.version').map((c) => c.input)).toEqual([{ planId: 'p1', version: 1 }])
    expect(page.dom.querySelectorAll('wx-input')).toHaveLength(0)
    for (const label of ['分享给同事', '修改回答', '删除方案', '保存目标'])
      expect(queryAllByText(page, label)).toHaveLength(0)
  })
})

describe('weapp build: share links (packages/plan/shares/index)', () => {
  const links = [
    {
      token: 'tok_aaaaaaaaaaaaaaaaAAA111',
      createdAt: NOW - DAY,
      expiresAt: NOW + 29 * DAY,
      revokedAt: null,
      status: 'active',
    },
    {
      token: 'tok_bbbbbbbbbbbbbbbbBBB222',
      createdAt: NOW - 3 * DAY,
      expiresAt: NOW + 27 * DAY,
      revokedAt: NOW - DAY,
      status: 'revoked',
    },
  ]

  test('boots with the links and their status; revoking asks, revokes, then reloads', async () => {
    let current = links.map((l) => ({ ...l }))
    const { page, cloud } = bootPage('packages/plan/shares/index', {
      query: { id: 'p1' },
      cloudSetup: (c) => {
        c.on('share.list', () => ok({ items: current }))
        c.on('share.revoke', (input) => {
          current = current.map((l) => (l.token === input.token ? { ...l, status: 'revoked', revokedAt: NOW } : l))
          return ok({ token: input.token, revokedAt: NOW })
        })
      },
    })
    expect(await findByText(page, '链接 2 · 有效')).toBeTruthy()
    expect(getByText(page, '链接 1 · 已撤销')).toBeTruthy()
    expect(queryAllByText(page, '撤销', { tag: 'wx-button' })).toHaveLength(1)

    const modals = stubModal(true)
    tap(getByText(page, '撤销', { tag: 'wx-button' }))
    expect(await findByText(page, '链接 2 · 已撤销')).toBeTruthy()
    expect(modals[0]).toMatchObject({ title: '撤销这个链接？' })
    expect(cloud.callsTo('share.revoke').map((c) => c.input)).toEqual([{ planId: 'p1', token: links[0].token }])
    expect(cloud.callsTo('share.list')).toHaveLength(2)
  })
})

describe('weapp build: shared plan (packages/plan/shared/index)', () => {
  test('boots read-only from the token, with 保存副本 that copies and opens the new plan', async () => {
    const shared = sharedView()
    const { page, cloud, navigations } = bootPage('packages/plan/shared/index', {
      query: { token: TOKEN },
      cloudSetup: (c) => {
        c.on('share.open', ok(shared))
        c.on('share.copy', ok(wire(planView({ id: 'p_copy', rev: 1, version: 1 }))))
      },
    })
    expect(await findByText(page, `${shared.name}分享给你的方案`)).toBeTruthy()
    expect(getByText(page, /^只读 · 第 3 版/)).toBeTruthy()
    expect(getByText(page, shared.content.positioning.statement)).toBeTruthy()
    expect(cloud.callsTo('share.open').map((c) => c.input)).toEqual([{ token: TOKEN }])
    expect(page.dom.querySelectorAll('wx-input')).toHaveLength(0)
    for (const label of ['分享给同事', '修改回答', '删除方案', '保存目标'])
      expect(queryAllByText(page, label)).toHaveLength(0)

    tap(getByText(page, '保存副本到我的方案'))
    await waitFor(() => expect(navigations).toHaveLength(1))
    expect(cloud.callsTo('share.copy').map((c) => c.input)).toEqual([{ token: TOKEN }])
    expect(navigations[0]).toEqual({
      kind: 'redirectTo',
      url: '/packages/plan/detail/index?id=p_copy',
      delta: undefined,
    })
  })

  test('a revoked token shows 分享人已撤销这个链接 with a way home', async () => {
    const { page, navigations } = bootPage('packages/plan/shared/index', {
      query: { token: TOKEN },
      cloudSetup: (c) => c.on('share.open', fail('SHARE_REVOKED', '分享链接已被撤销，请向分享人索取新的链接')),
    })
    expect(await findByText(page, '分享人已撤销这个链接')).toBeTruthy()
    expect(queryAllByText(page, '出错了')).toHaveLength(0)
    expect(queryAllByText(page, '保存副本到我的方案')).toHaveLength(0)
    tap(getByText(page, '去我的方案'))
    await waitFor(() => expect(navigations).toEqual([{ kind: 'reLaunch', url: '/pages/home/index', delta: undefined }]))
  })
})
