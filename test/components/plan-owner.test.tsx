/**
 * The owner's plan page (packages/plan/detail/index): the ten sections with their "why", KPI targets,
 * the changes panel and the owner's actions (share, edit answers, history, share links, delete).
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import PlanPage from '@/packages/plan/detail'
import { usePlan } from '@/stores/plan'
import { ruleLine } from '@/core/plan/explain'
import type { PlanContent, Why } from '@/core/plan/schema'
// At run time `@tarojs/taro` is the fake in ./support/taro (see jest.config.js); typed as the real one.
import Taro from '@tarojs/taro'
import { navigations, setRouterParams, shareAppMessage, triggerPageEvent } from './support/taro'
import { cloud, err, ok } from './support/fake-api'
import { itemOf, openAllSections, planView, sectionOf, token, versionData } from './support/plans'
import type { PlanWithContent } from './support/plans'
import * as scrollModule from '@/components/scroll'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

const SECTIONS = [
  '一、定位陈述',
  '二、微信工具组合',
  '三、人群与发布时间',
  '四、账号与发文节奏',
  '五、内容策略与四周日历',
  '六、指标看板与目标',
  '七、合规清单',
  '八、差异化策略',
  '九、技术要求',
  '十、季度复盘',
]

function stubModal(confirm: boolean) {
  return jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm, cancel: !confirm, errMsg: 'showModal:ok' } as never)
}

/** Every why the page renders, in the order the view shows them (the KPI board shows the target's
 *  why when the target is an assumption). */
function renderedWhys(c: PlanContent): Why[] {
  return [
    c.positioning.why,
    ...c.tools.map((t) => t.why),
    ...c.audience.bands.map((b) => b.why),
    ...c.accounts.map((a) => a.why),
    ...c.content.strategy.map((s) => s.why),
    ...c.kpis.map((k) => (k.target.why.assumption ? k.target.why : k.why)),
    ...c.compliance.map((x) => x.why),
    ...(c.playbook ?? []).map((p) => p.why),
    ...c.differentiation.map((d) => d.why),
    ...c.tech.map((t) => t.why),
    c.iteration.why,
  ]
}

async function openPage(view: PlanWithContent = planView()) {
  cloud.on('plan.get', () => ok(JSON.parse(JSON.stringify(view))))
  setRouterParams({ id: view.id })
  render(<PlanPage />)
  await screen.findByText(view.content.positioning.statement)
  await openAllSections()
  return view
}

/** The target input of the KPI whose metric is `metric`. */
function targetInput(metric: string): HTMLInputElement {
  return within(itemOf(metric)).getByRole('spinbutton') as HTMLInputElement
}

function typeTarget(metric: string, value: string) {
  fireEvent.input(targetInput(metric), { target: { value } })
}

/**
 * What WeChat's keyboard can deliver but jsdom's number input cannot hold (it empties any value
 * that is not a number): the Taro Input's own `input` event, with the raw text in its detail.
 */
function typeRawTarget(metric: string, value: string) {
  const host = targetInput(metric).closest('taro-input-core')!
  act(() => {
    host.dispatchEvent(new CustomEvent('input', { detail: { value, cursor: value.length }, bubbles: true }))
  })
}

jest.setTimeout(30_000)

beforeEach(() => {
  usePlan.setState(usePlan.getInitialState(), true)
  jest.restoreAllMocks()
})

describe('plan page: the ten sections', () => {
  test('shows the name, revision, rule-base version and all ten sections in order', async () => {
    const view = await openPage(planView({ rev: 3 }))
    expect(screen.getByText('老街面馆', { selector: '.page__title' })).toBeInTheDocument()
    expect(view.rulebaseVersion).toBeTruthy()
    // (the date is its own unbreakable piece inside the line)
    expect(document.querySelector('.page__desc')?.textContent).toBe('第 3 版（修改回答）· 更新于 2026-11-24 09:30')
    const headings = SECTIONS.map((t) => screen.getByText(t))
    for (let i = 1; i < headings.length; i++) {
      // Each heading comes after the previous one in the document.
      expect(headings[i - 1].compareDocumentPosition(headings[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    }
  })

  test('renders real content in every section: tools, bands, accounts, KPIs, compliance, tech, review', async () => {
    const { content: c } = await openPage()
    expect(within(sectionOf(SECTIONS[1])).getAllByText(/^\d+\.\s/)).toHaveLength(c.tools.length)
    for (const b of c.audience.bands) {
      expect(screen.getByText(`${b.label}：${b.hours.from}–${b.hours.to}`)).toBeInTheDocument()
    }
    for (const a of c.accounts) expect(screen.getByText(`${a.label} · ${a.cadence}`)).toBeInTheDocument()
    for (const k of c.kpis) expect(within(sectionOf(SECTIONS[5])).getByText(k.metric)).toBeInTheDocument()
    for (const x of c.compliance)
      expect(screen.getByText(`${x.priority === 'check' ? '怎么查：' : '应对：'}${x.measure}`)).toBeInTheDocument()
    for (const t of c.tech) expect(screen.getByText(`${t.module}：${t.requirement}`)).toBeInTheDocument()
    expect(screen.getByText(`下次复盘：${c.iteration.reviewDate}`)).toBeInTheDocument()
    const weeks = within(sectionOf(SECTIONS[4])).getAllByText(/^第 \d 周/)
    expect(weeks).toHaveLength(4)
  })
})

describe('plan page: why notes and assumptions', () => {
  test('"为什么？" expands to the rules quoted from their source and the owner\'s answers, and collapses', async () => {
    const { content } = await openPage()
    const item = itemOf(content.positioning.statement)
    const toggle = within(item).getByRole('button', { name: /为什么？/ })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(within(item).queryByText(/^原文开头/)).not.toBeInTheDocument()

    fireEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(toggle).toHaveTextContent('收起依据')
    const why = content.positioning.why
    expect(why.rules.length).toBeGreaterThan(0)
    for (const id of why.rules) expect(within(item).getByText(ruleLine(id)!)).toBeInTheDocument()
    // Where in the source each rule sits, in words: the article's opening by name, its sections by number.
    expect(why.rules).toEqual(expect.arrayContaining(['intro.roles', 'strategy.goals']))
    expect(
      within(item).getByText(/^原文开头（原文观点）：企业需明确自身在微信生态中的角色（如服务窗口/),
    ).toBeInTheDocument()
    expect(within(item).getByText(/^原文第一部分（原文观点）：企业需首先明确/)).toBeInTheDocument()
    // The answers, with option labels rather than stored values; never an id.
    expect(within(item).getByText('你的回答「名称」：老街面馆')).toBeInTheDocument()
    expect(within(item).getByText('你的回答「行业」：餐饮')).toBeInTheDocument()
    expect(within(item).queryByText(/catering|intro\.roles|strategy\./)).not.toBeInTheDocument()

    fireEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(within(item).queryByText(/^原文开头/)).not.toBeInTheDocument()
  })

  test('a compliance rule cites its source and the answer that triggered it', async () => {
    const { content } = await openPage()
    const phone = content.compliance.find((x) => x.trigger === '收集手机号')
    const share = content.compliance.find((x) => x.why.rules.length > 0 && !x.why.assumption && x.source)!
    expect(share).toBeDefined()
    const item = itemOf(`应对：${share.measure}`)
    expect(within(item).getByText(`出处：${share.source!.ref}`, { exact: false })).toBeInTheDocument()
    fireEvent.click(within(item).getByRole('button', { name: /为什么？/ }))
    for (const id of share.why.rules) expect(within(item).getByText(ruleLine(id)!)).toBeInTheDocument()
    // Rules from the law and platform rules are named in Chinese with their strength in words.
    expect(within(item).getAllByText(/^《小程序平台运营规范》第5\.1条（平台规则）：/).length).toBeGreaterThan(0)
    expect(within(item).queryByText(/[A-Za-z]{3,}/)).not.toBeInTheDocument()
    // Our own advice beyond the sources is an assumption, and says so.
    expect(phone?.why.assumption).toBe(true)
    const phoneItem = itemOf(`应对：${phone!.measure}`)
    fireEvent.click(within(phoneItem).getByRole('button', { name: /我们的判断/ }))
    expect(within(phoneItem).getByText(/原文没有直接给出这一项/)).toBeInTheDocument()
    expect(within(phoneItem).getByText(/^你的回答「计划活动」：.*收集手机号/)).toBeInTheDocument()
  })

  test('every assumption is tagged 我们的判断 and every sourced item 原文依据, one tag per recommendation', async () => {
    const { content } = await openPage()
    const whys = renderedWhys(content)
    const assumptions = whys.filter((w) => w.assumption).length
    expect(assumptions).toBeGreaterThan(0)
    expect(whys.length - assumptions).toBeGreaterThan(0)
    expect(screen.getAllByRole('button', { name: /^我们的判断/ })).toHaveLength(assumptions)
    expect(screen.getAllByRole('button', { name: /^原文依据/ })).toHaveLength(whys.length - assumptions)
  })

  test("the older age band (not in the seed's tables) is an assumption with the explanation", async () => {
    const { content } = await openPage()
    const older = content.audience.bands.find((b) => b.band === '46+')!
    expect(older.why.assumption).toBe(true)
    const item = itemOf(`${older.label}：${older.hours.from}–${older.hours.to}`)
    const toggle = within(item).getByRole('button', { name: /为什么？/ })
    expect(toggle).toHaveTextContent('我们的判断')
    fireEvent.click(toggle)
    expect(
      within(item).getByText('原文没有直接给出这一项，这是我们根据你的回答做的判断，请结合实际情况取舍。'),
    ).toBeInTheDocument()
    expect(within(item).getByText(/^你的回答「目标年龄段」：.*46岁以上/)).toBeInTheDocument()

    // A band the seed covers carries no such line.
    const young = content.audience.bands.find((b) => b.band === '18-25')!
    const youngItem = itemOf(`${young.label}：${young.hours.from}–${young.hours.to}`)
    fireEvent.click(within(youngItem).getByRole('button', { name: /原文依据/ }))
    expect(within(youngItem).queryByText(/原文没有直接给出/)).not.toBeInTheDocument()
    expect(
      within(youngItem).getAllByText(/^原文第二部分（原文表格）：18-25岁，晚间20:00-23:00/).length,
    ).toBeGreaterThan(0)
  })
})

describe('plan page: KPI targets', () => {
  test("each KPI shows its suggestion; an edited target is saved with the plan's rev as baseRev", async () => {
    const view = planView({ rev: 3, targets: { 'activity.sessionOpenRate': 8 } })
    const [first] = view.content.kpis
    expect(first.target.value).not.toBeNull()
    cloud.on('plan.setTargets', (input) =>
      ok({ ...planView({ rev: 4, targets: input.targets }), updatedAt: view.updatedAt + 60_000 }),
    )
    await openPage(view)

    expect(targetInput(first.metric).value).toBe(String(first.target.value))
    expect(within(itemOf(first.metric)).getByText(`建议：${first.target.basis}`)).toBeInTheDocument()
    // The owner's own value wins over the suggestion.
    expect(targetInput('会话打开率').value).toBe('8')
    expect(within(itemOf('会话打开率')).getByText('你设置的目标')).toBeInTheDocument()

    typeTarget(first.metric, '250')
    fireEvent.click(screen.getByText('保存目标'))

    expect(await screen.findByRole('status')).toHaveTextContent('目标已保存')
    expect(cloud.callsTo('plan.setTargets')).toEqual([
      {
        fn: 'plan',
        action: 'setTargets',
        input: { planId: 'p1', baseRev: 3, targets: { [first.id]: 250, 'activity.sessionOpenRate': 8 } },
      },
    ])
    // A target edit is not a new version: same number, a later update time.
    await waitFor(() =>
      expect(document.querySelector('.page__desc')?.textContent).toBe('第 3 版（修改回答）· 更新于 2026-11-24 09:31'),
    )
    expect(targetInput(first.metric).value).toBe('250')
    expect(within(itemOf(first.metric)).getByText('你设置的目标')).toBeInTheDocument()
  })

  test('clearing a target the owner had set removes it (back to the suggestion)', async () => {
    const view = planView({ targets: { 'activity.sessionOpenRate': 8 } })
    cloud.on('plan.setTargets', (input) => ok(planView({ rev: 4, targets: input.targets })))
    await openPage(view)
    typeTarget('会话打开率', '')
    fireEvent.click(screen.getByText('保存目标'))
    await screen.findByText('目标已保存')
    expect(cloud.callsTo('plan.setTargets')[0].input.targets).toEqual({})
  })

  test('"保存目标" is disabled until a target is edited, and again while one is invalid', async () => {
    const { content } = await openPage()
    const button = () => screen.getByText('保存目标').closest('taro-button-core')!
    expect(button()).toHaveProperty('disabled', true)
    typeTarget(content.kpis[0].metric, '7')
    await waitFor(() => expect(button()).toHaveProperty('disabled', false))
    typeTarget(content.kpis[0].metric, '-7')
    await waitFor(() => expect(button()).toHaveProperty('disabled', true))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  test.each([
    ['a negative number', '-5', typeTarget],
    ['text', '很多', typeRawTarget],
    ['two decimal points', '1.2.3', typeRawTarget],
  ])('%s shows the message next to that KPI and never reaches the cloud', async (_what, value, enter) => {
    const { content } = await openPage()
    const [first, second] = content.kpis
    enter(first.metric, value)
    const alert = await within(itemOf(first.metric)).findByRole('alert')
    expect(alert).toHaveTextContent('请填写不小于 0 的数字')
    expect(within(itemOf(second.metric)).queryByRole('alert')).not.toBeInTheDocument()

    fireEvent.click(screen.getByText('保存目标'))
    await act(async () => {})
    expect(cloud.callsTo('plan.setTargets')).toHaveLength(0)

    // Correcting it clears the message and the save goes through.
    cloud.on('plan.setTargets', (input) => ok(planView({ rev: 4, targets: input.targets })))
    typeTarget(first.metric, '12')
    await waitFor(() => expect(within(itemOf(first.metric)).queryByRole('alert')).not.toBeInTheDocument())
    fireEvent.click(screen.getByText('保存目标'))
    await screen.findByText('目标已保存')
    expect(cloud.callsTo('plan.setTargets')[0].input.targets).toEqual({ [first.id]: 12 })
  })

  test('a field error from the cloud is shown as it came', async () => {
    cloud.on(
      'plan.setTargets',
      err('INVALID_INPUT', '输入有误', { fields: [{ path: 'targets.x', code: 'OUT_OF_RANGE', message: '超出范围' }] }),
    )
    const { content } = await openPage()
    typeTarget(content.kpis[0].metric, '99')
    fireEvent.click(screen.getByText('保存目标'))
    expect(await screen.findByRole('status')).toHaveTextContent('超出范围')
    expect(targetInput(content.kpis[0].metric).value).toBe('99')
  })

  /** Another phone saved meanwhile: the cloud is at rev 5 with a target of its own. */
  async function conflictAfterTyping(metric: string, value: string) {
    cloud.on('plan.get', () => ok(planView({ rev: 5, version: 4, targets: { 'activity.sessionOpenRate': 9 } })))
    cloud.once('plan.setTargets', err('CONFLICT', '方案已被修改'))
    typeTarget(metric, value)
    fireEvent.click(screen.getByText('保存目标'))
    expect(await screen.findByRole('status')).toHaveTextContent('方案已在另一台设备上修改，已刷新。请检查后再次保存。')
    await waitFor(() => expect(screen.getByText(/^第 4 版/)).toBeInTheDocument())
  }

  test('CONFLICT shows the reload message, reloads the plan, and the next save is based on the reload', async () => {
    const { content } = await openPage(planView({ rev: 3 }))
    const [first] = content.kpis
    await conflictAfterTyping(first.metric, '321')
    expect(cloud.callsTo('plan.get')).toHaveLength(2)
    expect(cloud.callsTo('plan.setTargets')[0].input.baseRev).toBe(3)
    // The reload shows the other phone's target.
    expect(targetInput('会话打开率').value).toBe('9')

    cloud.on('plan.setTargets', (input) => ok(planView({ rev: 6, targets: input.targets })))
    typeTarget(first.metric, '321')
    fireEvent.click(screen.getByText('保存目标'))
    await screen.findByText('目标已保存')
    expect(cloud.callsTo('plan.setTargets').at(-1)!.input).toEqual({
      planId: 'p1',
      baseRev: 5,
      targets: { 'activity.sessionOpenRate': 9, [first.id]: 321 },
    })
  })

  // The CONFLICT reload brings a new `targets` object; what the owner typed must survive it.
  test('CONFLICT keeps what the owner typed on screen after the reload', async () => {
    const { content } = await openPage(planView({ rev: 3 }))
    const [first] = content.kpis
    await conflictAfterTyping(first.metric, '321')
    expect(targetInput(first.metric).value).toBe('321')
  })
})

describe('plan page: what changed', () => {
  test('after an update it lists what changed since the previous version, computed on the phone', async () => {
    await openPage(planView({ version: 4, previous: versionData(3, { industry: 'retail', ageBands: ['26-35'] }) }))
    expect(screen.getByText('与第 3 版相比的变化')).toBeInTheDocument()
    expect(document.querySelectorAll('.change').length).toBeGreaterThan(0)
    expect(screen.getAllByText(/行业/).length).toBeGreaterThan(0)
  })

  test('a version whose answers and plan are the same as the previous one says so', async () => {
    await openPage(planView({ version: 3, previous: versionData(2) }))
    expect(screen.getByText('与第 2 版相比的变化')).toBeInTheDocument()
    expect(screen.getByText('两个版本的回答和方案内容相同。')).toBeInTheDocument()
  })

  test('version 1 has no changes panel', async () => {
    await openPage(planView({ version: 1, previous: null }))
    expect(screen.queryByText(/相比的变化/)).not.toBeInTheDocument()
  })
})

describe('plan page: owner actions', () => {
  test.each([
    ['修改回答', '/packages/wizard/index?planId=p1&rev=3'],
    ['历史版本', '/packages/plan/revisions/index?id=p1'],
    ['管理分享链接', '/packages/plan/shares/index?id=p1'],
    ['生成海报', '/packages/poster/plan/index?id=p1'],
  ])('更多 → %s opens %s', async (label, url) => {
    await openPage(planView({ rev: 3 }))
    const sheet = jest
      .spyOn(Taro, 'showActionSheet')
      .mockImplementation((opts) =>
        Promise.resolve({ tapIndex: opts.itemList.indexOf(label), errMsg: 'showActionSheet:ok' }),
      )
    // Secondary actions are not buttons on the page: they sit behind 更多.
    expect(screen.queryByText(label)).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('更多'))
    await waitFor(() => expect(navigations).toEqual([{ kind: 'navigateTo', url, delta: undefined }]))
    expect(sheet.mock.calls[0][0].itemList).toEqual(['修改回答', '重命名', '历史版本', '管理分享链接', '生成海报'])
  })

  /** Opens 更多 → 重命名 and returns the sheet's name input. */
  async function openRename(): Promise<HTMLInputElement> {
    jest
      .spyOn(Taro, 'showActionSheet')
      .mockImplementation((opts) =>
        Promise.resolve({ tapIndex: opts.itemList.indexOf('重命名'), errMsg: 'showActionSheet:ok' }),
      )
    fireEvent.click(screen.getByText('更多'))
    const dialog = await screen.findByRole('dialog', { name: '重命名方案' })
    // Taro's H5 input is a web component: its inner <input> appears a tick after the dialog.
    return waitFor(() => {
      const input = dialog.querySelector('input')
      if (!input) throw new Error('the name field has not rendered its input yet')
      return input
    })
  }

  test('更多 → 重命名: the name field holds the current name; 保存名称 renames, toasts and closes', async () => {
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' } as never)
    const view = await openPage(planView({ rev: 3 }))
    const input = await openRename()
    expect(input.value).toBe(view.name)
    cloud.on('plan.rename', (i: { name: string }) => ok({ ...view, name: i.name, rev: 4 }))
    fireEvent.input(input, { target: { value: '新的店名' } })
    fireEvent.click(screen.getByText('保存名称'))
    await waitFor(() => expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已重命名' })))
    expect(cloud.callsTo('plan.rename')[0].input).toEqual({ planId: 'p1', name: '新的店名', baseRev: 3 })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(document.querySelector('.page__title')).toHaveTextContent('新的店名')
  })

  test('a refused name: the server’s message next to the field, the typed text kept, nothing renamed', async () => {
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' } as never)
    const view = await openPage(planView({ rev: 3 }))
    const input = await openRename()
    cloud.on(
      'plan.rename',
      err('INVALID_INPUT', '填写的内容有误', {
        fields: [{ path: 'name', code: 'BAD_CHARACTERS', message: '包含无法显示的控制字符，请删除后重新输入' }],
      }),
    )
    fireEvent.input(input, { target: { value: '坏\u0007名字' } })
    fireEvent.click(screen.getByText('保存名称'))
    const message = await screen.findByText('包含无法显示的控制字符，请删除后重新输入')
    expect(message.closest('.question')).toContainElement(input)
    expect(input.value).toBe('坏\u0007名字')
    expect(toast).not.toHaveBeenCalled()
    expect(document.querySelector('.page__title')).toHaveTextContent(view.name)
    // Typing again clears the message; 取消 closes without a call.
    fireEvent.input(input, { target: { value: '好名字' } })
    expect(screen.queryByText('包含无法显示的控制字符，请删除后重新输入')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('取消'))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(cloud.callsTo('plan.rename')).toHaveLength(1)
  })

  test('a rename that meets a change from another phone keeps the name typed and says so', async () => {
    const view = await openPage(planView({ rev: 3 }))
    const input = await openRename()
    cloud.on('plan.rename', err('CONFLICT', '冲突', { currentRev: 5, currentVersion: 3 }))
    cloud.on('plan.get', () => ok({ ...view, rev: 5 }))
    fireEvent.input(input, { target: { value: '另一个名字' } })
    fireEvent.click(screen.getByText('保存名称'))
    expect(await screen.findByText(/方案刚在另一台设备上修改过，已刷新/)).toBeInTheDocument()
    expect(input.value).toBe('另一个名字')
    cloud.on('plan.rename', (i: { name: string; baseRev: number }) => ok({ ...view, name: i.name, rev: i.baseRev + 1 }))
    await waitFor(() => expect(usePlan.getState().plan?.rev).toBe(5))
    fireEvent.click(screen.getByText('保存名称'))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(cloud.callsTo('plan.rename')[1].input).toMatchObject({ name: '另一个名字', baseRev: 5 })
  })

  test('one primary action, 更多, and 删除方案 apart; cancelling the sheet does nothing', async () => {
    await openPage(planView({ rev: 3 }))
    jest.spyOn(Taro, 'showActionSheet').mockRejectedValue({ errMsg: 'showActionSheet:fail cancel' })
    const actions = document.querySelector('.plan__actions') as HTMLElement
    const labels = Array.from(actions.querySelectorAll('.btn')).map((b) => b.textContent?.trim())
    expect(labels).toEqual(['分享给同事', '更多', '删除方案'])
    expect(actions.querySelectorAll('.btn--primary')).toHaveLength(1)
    expect(actions.querySelector('.actions__danger')).toHaveTextContent('删除方案')
    fireEvent.click(screen.getByText('更多'))
    await Promise.resolve()
    expect(navigations).toEqual([])
  })

  test('back from the wizard with a new revision: the page scrolls to the top, where the change list is', async () => {
    // (How a page scrolls is src/components/scroll's business, checked in the real H5 build by the
    // browser test; jsdom has no layout. Here: the page asks for it, naming itself.)
    const scroll = jest.spyOn(scrollModule, 'scrollToTop').mockImplementation(() => undefined)
    await openPage(planView({ rev: 3 }))
    triggerPageEvent('didHide')
    cloud.on('plan.get', () => ok(planView({ rev: 4 })))
    triggerPageEvent('didShow')
    await waitFor(() => expect(screen.getByText(/^第 \d+ 版/)).toBeInTheDocument())
    await waitFor(() => expect(scroll).toHaveBeenCalled())
  })

  test('coming back with the same revision keeps the scroll position', async () => {
    const scroll = jest.spyOn(scrollModule, 'scrollToTop').mockImplementation(() => undefined)
    await openPage(planView({ rev: 3 }))
    triggerPageEvent('didHide')
    triggerPageEvent('didShow')
    await waitFor(() => expect(cloud.callsTo('plan.get')).toHaveLength(2))
    expect(scroll).not.toHaveBeenCalled()
  })

  test('coming back to the page (didShow) loads the latest revision', async () => {
    await openPage(planView({ rev: 3 }))
    cloud.on('plan.get', () => ok(planView({ version: 4 })))
    triggerPageEvent('didShow')
    await waitFor(() => expect(screen.getByText(/^第 4 版/)).toBeInTheDocument())
    expect(cloud.callsTo('plan.get')).toHaveLength(2)
    // The plan stays on screen while it reloads: no flash of the loading state.
    expect(screen.queryByText('加载中…')).not.toBeInTheDocument()
  })

  test('share (browser): creates a link for this plan and offers to copy it', async () => {
    const tok = token('abc123')
    cloud.on('share.create', ok({ token: tok, createdAt: 1, expiresAt: 2 }))
    const clip = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never)
    await openPage()
    fireEvent.click(screen.getByText('分享给同事'))
    const url = await screen.findByText(new RegExp(`#/packages/plan/shared/index\\?token=${tok}$`))
    expect(cloud.callsTo('share.create')).toEqual([{ fn: 'share', action: 'create', input: { planId: 'p1' } }])
    expect(
      screen.getByText(
        (_, el) => el?.textContent === '把这个链接发给同事（只读，可随时撤销）：' && el.matches('.item__meta'),
      ),
    ).toBeInTheDocument()
    fireEvent.click(screen.getByText('复制链接'))
    expect(clip).toHaveBeenCalledWith({ data: url.textContent })
  })

  test('share (browser): a failure says so and shows no link', async () => {
    cloud.on('share.create', err('INTERNAL'))
    await openPage()
    fireEvent.click(screen.getByText('分享给同事'))
    expect(await screen.findByRole('alert')).toHaveTextContent('生成分享链接失败，请稍后再试')
    expect(screen.queryByText(/packages\/plan\/shared/)).not.toBeInTheDocument()
  })

  test('share card (WeChat): titled with the business, its path waits for a fresh token', async () => {
    const tok = token('card01')
    cloud.on('share.create', ok({ token: tok, createdAt: 1, expiresAt: 2 }))
    await openPage()
    const [card] = shareAppMessage() as { title: string; path: string; promise: Promise<unknown> }[]
    expect(card.title).toBe('老街面馆的微信定位方案')
    // Until the token arrives the card may only open the home page, never the plan.
    expect(card.path).toBe('/pages/home/index')
    await expect(card.promise).resolves.toEqual({
      title: '老街面馆的微信定位方案',
      path: `/packages/plan/shared/index?token=${tok}`,
    })
    expect(cloud.callsTo('share.create')).toEqual([{ fn: 'share', action: 'create', input: { planId: 'p1' } }])

    // Every share gets its own token.
    cloud.on('share.create', ok({ token: token('card02'), createdAt: 1, expiresAt: 2 }))
    const [again] = shareAppMessage() as { promise: Promise<{ path: string }> }[]
    await expect(again.promise).resolves.toMatchObject({ path: `/packages/plan/shared/index?token=${token('card02')}` })
  })

  test('share card (WeChat): if no token can be made the promise rejects (the card falls back to home)', async () => {
    cloud.on('share.create', err('NETWORK'))
    await openPage()
    const [card] = shareAppMessage() as { path: string; promise: Promise<unknown> }[]
    expect(card.path).toBe('/pages/home/index')
    await expect(card.promise).rejects.toBeUndefined()
  })

  test('delete asks first; cancelling keeps the plan and calls nothing', async () => {
    const modal = stubModal(false)
    await openPage()
    fireEvent.click(screen.getByText('删除方案'))
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0][0]).toMatchObject({ title: '删除这份方案？', confirmText: '删除' })
    await act(async () => {})
    expect(cloud.callsTo('plan.delete')).toHaveLength(0)
    expect(navigations).toEqual([])
  })

  test('delete, confirmed, deletes this plan and relaunches home with ?deleted=<id>', async () => {
    stubModal(true)
    cloud.on('plan.delete', ok({ planId: 'p1', deletedAt: 1, restoreUntil: 2 }))
    await openPage()
    fireEvent.click(screen.getByText('删除方案'))
    await waitFor(() => expect(navigations).toHaveLength(1))
    expect(cloud.callsTo('plan.delete')).toEqual([{ fn: 'plan', action: 'delete', input: { planId: 'p1' } }])
    expect(navigations[0]).toEqual({ kind: 'reLaunch', url: '/pages/home/index?deleted=p1', delta: undefined })
  })

  test('a failed delete shows the message and stays on the plan', async () => {
    stubModal(true)
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' } as never)
    cloud.on('plan.delete', err('NETWORK', '网络不给力，请稍后再试'))
    const view = await openPage()
    fireEvent.click(screen.getByText('删除方案'))
    await waitFor(() =>
      expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '网络不给力，请稍后再试' })),
    )
    expect(navigations).toEqual([])
    expect(screen.getByText(view.content.positioning.statement)).toBeInTheDocument()
  })
})
