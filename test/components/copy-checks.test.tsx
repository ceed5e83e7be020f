/**
 * Saving a check to a plan, and the plan's ways into the checker: the 检查文案 page's
 * 保存到方案 (from a plan, or choosing one of the owner's plans), the compliance section's list of
 * saved checks (date, counts, open to re-check, delete), and each calendar slot's 检查文案.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import CopyPage from '@/packages/copy'
import { PlanView } from '@/packages/plan/components/plan-view'
import { copyCheckUrl } from '@/packages/copy/url'
import { useCopyCheck } from '@/stores/copy'
import { useSavedChecks } from '@/stores/copy-checks'
import { checkCopy } from '@/core/copy-check'
import type { CopyMark } from '@/core/copy-check'
import type { SavedCopyCheck } from '@/core/api'
import type { Industry } from '@/core/wizard/questions'
import { formatDate } from '@/components/format'
import { navigations, resetTaroFake, setRouterParams } from './support/taro'
import { cloud, err, ok } from './support/fake-api'
import { NOW, planAnswers, planContent } from './support/plans'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)
jest.setTimeout(30_000)

interface CheckInput {
  text: string
  industry?: Industry | null
  marks?: CopyMark[]
}

/** The copy function as the handlers answer it: the same core checker for check and save. */
function copyCloud(planName = '老街面馆') {
  const saved: SavedCopyCheck[] = []
  cloud.on('copy.check', (input: CheckInput) =>
    ok({
      ...checkCopy(input.text, { industry: input.industry ?? null, marks: input.marks }),
      platform: { status: 'pass', message: '微信内容安全检查已通过。' },
    }),
  )
  cloud.on('copy.save', (input: CheckInput & { planId: string }) => {
    const r = checkCopy(input.text, { industry: input.industry ?? null, marks: input.marks })
    const check: SavedCopyCheck = {
      id: `c${saved.length + 1}`,
      text: input.text,
      industry: input.industry ?? null,
      marks: input.marks ?? [],
      counts: r.counts,
      categories: [...new Set(r.findings.map((f) => f.categoryLabel))],
      savedAt: NOW,
    }
    saved.unshift(check)
    return ok({ check, planName, saved: saved.length, max: 20 })
  })
  cloud.on('copy.list', () => ok({ items: saved, max: 20 }))
  return saved
}

const press = (name: RegExp | string) => fireEvent.click(screen.getByText(name))

function openChecker(url: string) {
  setRouterParams(Object.fromEntries(new URLSearchParams(url.split('?')[1] ?? '')))
  render(<CopyPage />)
}

beforeEach(() => {
  cloud.reset()
  resetTaroFake()
  useCopyCheck.setState(useCopyCheck.getInitialState(), true)
  useSavedChecks.setState(useSavedChecks.getInitialState(), true)
})

describe('检查文案: 保存到方案', () => {
  test('opened from a plan: saves the checked text under it, says where, and goes back to the plan', async () => {
    const saved = copyCloud()
    openChecker(copyCheckUrl('全城最好吃的面', 'catering', { planId: 'p_1' }))
    press('检查')
    await screen.findByText('高风险 1')
    press('保存到方案')
    expect(await screen.findByRole('status')).toHaveTextContent(
      '已保存到方案「老街面馆」的文案检查（共 1 条，最多 20 条）。',
    )
    expect(cloud.callsTo('copy.save')[0].input).toEqual({ planId: 'p_1', text: '全城最好吃的面', industry: 'catering' })
    // The plan's list shows it at once, without another read.
    expect(useSavedChecks.getState().lists['p:p_1'].items).toEqual(saved)
    press('回到方案 ›')
    expect(navigations.at(-1)).toMatchObject({ kind: 'navigateBack' })
  })

  test('nothing is offered before a check, and an edited text must be checked again first', async () => {
    copyCloud()
    openChecker(copyCheckUrl('全城最好吃的面', 'catering', { planId: 'p_1' }))
    expect(screen.queryByText('保存到方案')).toBeNull()
    press('检查')
    await screen.findByText('保存到方案')
    // Taro's H5 textarea is a web component: wait for its inner <textarea>.
    const area = await waitFor(() => {
      const found = document.querySelector('textarea')
      if (!found) throw new Error('the text field has not rendered yet')
      return found
    })
    fireEvent.input(area, { target: { value: '全城最好吃的面！' } })
    await screen.findByText('文案已修改，点「重新检查」看最新结果。')
    expect(screen.queryByText('保存到方案')).toBeNull()
    expect(cloud.callsTo('copy.save')).toHaveLength(0)
  })

  test('opened from home: the owner chooses one of their plans', async () => {
    copyCloud('分店方案')
    cloud.on('plan.list', () =>
      ok({
        items: [
          { id: 'p_a', name: '总店方案', industry: null, industryLabel: null, updatedAt: NOW, version: 1, rev: 1 },
          { id: 'p_b', name: '分店方案', industry: null, industryLabel: null, updatedAt: NOW, version: 2, rev: 3 },
        ],
        nextCursor: null,
      }),
    )
    openChecker(copyCheckUrl('欢迎周末到店'))
    press('检查')
    await screen.findByText('没有发现问题')
    press('保存到方案')
    fireEvent.click(await screen.findByText('分店方案'))
    expect(await screen.findByRole('status')).toHaveTextContent('已保存到方案「分店方案」')
    expect(cloud.callsTo('copy.save')[0].input).toMatchObject({ planId: 'p_b', text: '欢迎周末到店' })
    press('去方案里看 ›')
    expect(navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/plan/detail/index?id=p_b' })
  })

  test('an owner without plans is told how to get one; 取消 closes the choice', async () => {
    copyCloud()
    cloud.on('plan.list', () => ok({ items: [], nextCursor: null }))
    openChecker(copyCheckUrl('欢迎周末到店'))
    press('检查')
    fireEvent.click(await screen.findByText('保存到方案'))
    expect(await screen.findByText('你还没有方案。先做一份定位方案，再把检查保存到它下面。')).toBeInTheDocument()
    fireEvent.click(document.querySelector('.copy-save__link')!)
    expect(await screen.findByText('保存到方案')).toBeInTheDocument()
  })

  test('a refused save shows the server’s message; nothing is marked saved', async () => {
    copyCloud()
    cloud.once('copy.save', err('LIMIT_EXCEEDED', '每份方案最多保存 20 条文案检查，请先删除不需要的'))
    openChecker(copyCheckUrl('全城最好吃的面', 'catering', { planId: 'p_1' }))
    press('检查')
    fireEvent.click(await screen.findByText('保存到方案'))
    expect(await screen.findByRole('alert')).toHaveTextContent('每份方案最多保存 20 条文案检查，请先删除不需要的')
    expect(useSavedChecks.getState().lists['p:p_1']).toBeUndefined()
  })

  test('a colleague (opened through a share link) can check but not save', async () => {
    copyCloud()
    openChecker(copyCheckUrl('全城最好吃的面', 'catering', { token: 'AAAAAAAAAAAAAAAAAAAAAA' }))
    press('检查')
    await screen.findByText('高风险 1')
    expect(screen.queryByText('保存到方案')).toBeNull()
  })

  test('a saved check opens by its id with its text, industry and marks, and is checked again', async () => {
    const saved = copyCloud()
    saved.push({
      id: 'c_old',
      text: '国家级非遗手艺，'.repeat(50),
      industry: 'localService',
      marks: [{ phrase: '国家级', kind: 'certified' }],
      counts: { high: 0, medium: 0, low: 0, total: 0 },
      categories: [],
      savedAt: NOW,
    })
    openChecker(copyCheckUrl(undefined, 'localService', { planId: 'p_1', saved: 'c_old' }))
    await waitFor(() => expect(cloud.callsTo('copy.check')).toHaveLength(1))
    expect(cloud.callsTo('copy.list')[0].input).toEqual({ planId: 'p_1' })
    expect(cloud.callsTo('copy.check')[0].input).toEqual({
      text: '国家级非遗手艺，'.repeat(50),
      industry: 'localService',
      marks: [{ phrase: '国家级', kind: 'certified' }],
    })
    expect(await screen.findByText('没有发现问题')).toBeInTheDocument()
  })

  test('a saved check deleted meanwhile says so', async () => {
    copyCloud()
    openChecker(copyCheckUrl(undefined, null, { planId: 'p_1', saved: 'c_gone' }))
    expect(await screen.findByText('这条检查已经删除了')).toBeInTheDocument()
  })
})

describe('the plan’s ways into the checker', () => {
  const head = (title: string) => screen.getByText(title).closest('.pv-sh') as HTMLElement

  function showPlan(checks?: { planId: string } | { token: string }) {
    const content = planContent()
    const answers = planAnswers()
    render(<PlanView content={content} answers={answers} targets={{}} checks={checks} />)
    return { content, answers }
  }

  test('each calendar slot opens the checker with its topic, the plan’s industry and the plan', () => {
    const { content, answers } = showPlan({ planId: 'p_1' })
    fireEvent.click(head('五、内容策略与四周日历'))
    const links = screen.getAllByText('检查文案')
    const slots = content.content.calendar
    expect(links).toHaveLength(slots.length)
    fireEvent.click(links[1])
    expect(navigations.at(-1)).toEqual({
      kind: 'navigateTo',
      url: copyCheckUrl(slots[1].topic, answers.industry, { planId: 'p_1' }),
    })
    expect(navigations.at(-1)!.url).toContain(`industry=${answers.industry}`)
  })

  test('the compliance section lists saved checks: date, counts by severity, kinds; tap to re-check', async () => {
    const checks: SavedCopyCheck[] = [
      {
        id: 'c2',
        text: '全城最好吃的面！转发到朋友圈领红包，再送一份小菜，名额有限先到先得，欢迎带朋友来，周末也不休息',
        industry: 'catering',
        marks: [],
        counts: { high: 2, medium: 0, low: 1, total: 3 },
        categories: ['诱导分享', '绝对化用语'],
        savedAt: NOW,
      },
      {
        id: 'c1',
        text: '周末到店',
        industry: 'catering',
        marks: [],
        counts: { high: 0, medium: 0, low: 0, total: 0 },
        categories: [],
        savedAt: NOW - 86_400_000,
      },
    ]
    cloud.on('copy.list', () => ok({ items: checks, max: 20 }))
    showPlan({ planId: 'p_1' })
    fireEvent.click(head('七、合规清单'))
    const row = (await screen.findByText(formatDate(NOW))).closest('.saved-check') as HTMLElement
    expect(cloud.callsTo('copy.list')[0].input).toEqual({ planId: 'p_1' })
    expect(screen.getByText('保存的检查（2）')).toBeInTheDocument()
    expect(within(row).getByText('高风险 2')).toBeInTheDocument()
    expect(within(row).getByText('提醒 1')).toBeInTheDocument()
    expect(within(row).queryByText(/中风险/)).toBeNull()
    expect(within(row).getByText('诱导分享、绝对化用语')).toBeInTheDocument()
    // A long text shows its first 40 characters.
    const excerpt = row.querySelector('.saved-check__text')!.textContent!
    expect(excerpt).toBe(`${[...checks[0].text].slice(0, 40).join('')}…`)
    const clean = screen.getByText(formatDate(NOW - 86_400_000)).closest('.saved-check') as HTMLElement
    expect(within(clean).getByText('没有发现问题')).toBeInTheDocument()
    fireEvent.click(within(row).getByText('重新检查 ›'))
    expect(navigations.at(-1)).toEqual({
      kind: 'navigateTo',
      url: copyCheckUrl(undefined, 'catering', { planId: 'p_1', saved: 'c2' }),
    })
  })

  test('检查一段文案 opens the checker for this plan; with nothing saved it says how', async () => {
    const { answers } = showPlan({ planId: 'p_1' })
    fireEvent.click(head('七、合规清单'))
    expect(
      await screen.findByText('还没有保存的检查。检查文案后点「保存到方案」，结果会列在这里。'),
    ).toBeInTheDocument()
    press('检查一段文案 ›')
    expect(navigations.at(-1)).toEqual({
      kind: 'navigateTo',
      url: copyCheckUrl(undefined, answers.industry, { planId: 'p_1' }),
    })
  })

  test('the owner deletes a saved check after confirming', async () => {
    const checks: SavedCopyCheck[] = [
      {
        id: 'c1',
        text: '周末到店',
        industry: null,
        marks: [],
        counts: { high: 0, medium: 0, low: 0, total: 0 },
        categories: [],
        savedAt: NOW,
      },
    ]
    cloud.on('copy.list', () => ok({ items: checks, max: 20 }))
    cloud.on('copy.delete', () => ok({ deleted: true }))
    const modal = jest
      .spyOn(Taro, 'showModal')
      .mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never)
    showPlan({ planId: 'p_1' })
    fireEvent.click(head('七、合规清单'))
    fireEvent.click(await screen.findByText('删除'))
    await waitFor(() => expect(screen.queryByText('周末到店')).toBeNull())
    expect(cloud.callsTo('copy.delete')[0].input).toEqual({ planId: 'p_1', id: 'c1' })
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除这条检查？' }))
    modal.mockRestore()
  })

  test('a colleague reads the owner’s saved checks through the link, without delete', async () => {
    cloud.on('copy.list', () =>
      ok({
        items: [
          {
            id: 'c1',
            text: '周末到店',
            industry: null,
            marks: [],
            counts: { high: 0, medium: 0, low: 0, total: 0 },
            categories: [],
            savedAt: NOW,
          },
        ],
        max: 20,
      }),
    )
    showPlan({ token: 'AAAAAAAAAAAAAAAAAAAAAA' })
    fireEvent.click(head('七、合规清单'))
    expect(await screen.findByText('方案主人保存的检查（1）')).toBeInTheDocument()
    expect(cloud.callsTo('copy.list')[0].input).toEqual({ token: 'AAAAAAAAAAAAAAAAAAAAAA' })
    expect(screen.queryByText('删除')).toBeNull()
  })

  test('a failed list says so in Chinese and retries', async () => {
    cloud.once('copy.list', err('NETWORK', 'x'))
    showPlan({ planId: 'p_1' })
    fireEvent.click(head('七、合规清单'))
    expect(await screen.findByRole('alert')).toHaveTextContent('网络不可用，联网后再看保存的检查')
    press('重试')
    expect(
      await screen.findByText('还没有保存的检查。检查文案后点「保存到方案」，结果会列在这里。'),
    ).toBeInTheDocument()
  })
})
