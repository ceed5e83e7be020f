/** The 检查文案 page: paste, check, highlighted spans, findings, apply a suggestion, states. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import CopyPage from '@/packages/copy'
import { copyCheckUrl } from '@/packages/copy/url'
import { useCopyCheck } from '@/stores/copy'
import { checkCopy } from '@/core/copy-check'
import type { Industry } from '@/core/wizard/questions'
import { setRouterParams } from './support/taro'
import { cloud, err, ok } from './support/fake-api'

jest.mock(
  '@/api/transport',
  () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport,
)

/** The copy function as the handler answers it: the same core checker, WeChat's check passed. */
function checkingCloud() {
  cloud.on('copy.check', (input: { text: string; industry?: Industry | null }) =>
    ok({
      ...checkCopy(input.text, { industry: input.industry ?? null }),
      platform: { status: 'pass', message: '微信内容安全检查已通过。' },
    }),
  )
}

async function textarea(): Promise<HTMLTextAreaElement> {
  return (await waitFor(() => {
    const el = document.querySelector('textarea')
    if (!el) throw new Error('no textarea yet')
    return el
  })) as HTMLTextAreaElement
}

function open(params: Record<string, string | undefined> = {}) {
  setRouterParams(params)
  render(<CopyPage />)
}

async function type(text: string) {
  fireEvent.input(await textarea(), { target: { value: text } })
}

const press = (name: RegExp | string) => fireEvent.click(screen.getByText(name))

beforeEach(() => {
  cloud.reset()
  useCopyCheck.setState(useCopyCheck.getInitialState(), true)
})

describe('检查文案 page', () => {
  test('opens prefilled from a URL (a calendar slot’s topic), with what it checks', async () => {
    const url = copyCheckUrl('冬至特辑：全城最好吃的饺子', 'catering')
    const query = Object.fromEntries(new URLSearchParams(url.split('?')[1]))
    open(query)
    await waitFor(() => expect(useCopyCheck.getState().text).toBe('冬至特辑：全城最好吃的饺子'))
    // The picker's own option list (hidden until opened) names 餐饮 too: read the chosen cell.
    expect(document.querySelector('.cell__title')).toHaveTextContent('餐饮')
    expect(screen.getByText('会检查什么')).toBeInTheDocument()
    expect(screen.getByText(/\/ 2500$/)).toHaveTextContent('13 / 2500')
  })

  test('an empty text gets a message next to the field and no call', async () => {
    open()
    await type('   ')
    press('检查')
    expect(await screen.findByRole('alert')).toHaveTextContent('请先粘贴或输入要检查的文案')
    expect(cloud.callsTo('copy.check')).toHaveLength(0)
  })

  test('more than 2,500 characters: the counter turns red and the check says so', async () => {
    open()
    await type('字'.repeat(2501))
    expect(screen.getByText('2501 / 2500').className).toContain('copy__count--over')
    press('检查')
    expect(await screen.findByRole('alert')).toHaveTextContent('文案不能超过 2500 个字，请分段检查')
  })

  test('check: counts by severity, flagged spans, findings with rule and why; tapping a span selects its finding', async () => {
    checkingCloud()
    open({ industry: 'catering' })
    await type('全城最好吃的面！转发本文到朋友圈，截图即可领取红包。顶级食材。')
    press('检查')
    expect(await screen.findByText('高风险 2')).toBeInTheDocument()
    expect(screen.getByText('中风险 0')).toBeInTheDocument()
    expect(screen.getByText('提醒 1')).toBeInTheDocument()
    expect(screen.getByText('微信内容安全检查已通过。')).toBeInTheDocument()
    expect(screen.getByText('发现的问题（3）')).toBeInTheDocument()
    expect(cloud.callsTo('copy.check')[0].input).toEqual({
      text: '全城最好吃的面！转发本文到朋友圈，截图即可领取红包。顶级食材。',
      industry: 'catering',
    })

    const mark = screen.getByText('最好吃', { selector: '.copy-mark' })
    expect(mark.className).toContain('copy-mark--high')
    expect(screen.getByText('顶级', { selector: '.copy-mark' }).className).toContain('copy-mark--low')
    fireEvent.click(mark)
    const card = document.getElementById('finding-0')!
    expect(card.className).toContain('copy-finding--selected')
    expect(card).toHaveTextContent('绝对化用语')
    // 最好 is not among the words the law names: the regulator's guide reads it in, and the card says so.
    expect(card).toHaveTextContent(
      '依据：市场监管总局2023年《广告绝对化用语执法指南》（执法指南）；广告法第九条第三项（法律条文）',
    )
    expect(document.getElementById('finding-1')!.className).not.toContain('copy-finding--selected')
  })

  test('one tap applies a suggestion and checks again', async () => {
    checkingCloud()
    open({ industry: 'catering' })
    await type('全城最好吃的面')
    press('检查')
    const apply = await screen.findByText('采用：改为「很好吃」')
    fireEvent.click(apply)
    await waitFor(() => expect(useCopyCheck.getState().text).toBe('全城很好吃的面'))
    expect(await screen.findByText('没有发现问题')).toBeInTheDocument()
    expect(cloud.callsTo('copy.check')).toHaveLength(2)
  })

  test('a missing notice is appended to the end', async () => {
    checkingCloud()
    open({ industry: 'medical' })
    await type('保健品新品，每天一粒')
    press('检查')
    fireEvent.click(await screen.findByText('采用：在文末加上「本品不能代替药物。」'))
    await waitFor(() => expect(useCopyCheck.getState().text).toBe('保健品新品，每天一粒\n本品不能代替药物。'))
  })

  test('editing after a check says the result is stale and holds the apply buttons', async () => {
    checkingCloud()
    open()
    await type('全城最好吃的面')
    press('检查')
    await screen.findByText('高风险 1')
    await type('全城最好吃的面，欢迎来')
    expect(screen.getByText('文案已修改，点「重新检查」看最新结果。')).toBeInTheDocument()
    expect(screen.getByText('采用：改为「很好吃」')).toHaveProperty('disabled', true)
  })

  test('a failed check shows the error and retries', async () => {
    cloud.once('copy.check', err('INTERNAL', '服务暂时不可用，请稍后再试'))
    checkingCloud()
    open()
    await type('欢迎光临')
    press('检查')
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeInTheDocument()
    await act(async () => press('重试'))
    expect(await screen.findByText('没有发现问题')).toBeInTheDocument()
  })

  test('offline: checks on the phone and says WeChat was not asked', async () => {
    cloud.on('copy.check', err('NETWORK', '网络不可用'))
    open({ industry: 'finance' })
    await type('保本保息的理财')
    press('检查')
    expect(await screen.findByText(/网络不可用，这次没能请微信做内容安全检查/)).toBeInTheDocument()
    expect(screen.getByText('金融承诺')).toBeInTheDocument()
  })

  test('says what it left alone and why', async () => {
    checkingCloud()
    open({ industry: 'catering' })
    await type('最近天气转凉，本店最受欢迎的是羊肉汤')
    press('检查')
    expect(await screen.findByText('没有发现问题')).toBeInTheDocument()
    expect(screen.getByText(/没有标出/)).toHaveTextContent(
      '「最近」（序数或时间用语）、「最受欢迎」（自家范围内的比较）',
    )
  })
})

describe('检查文案: the owner marks a certified title', () => {
  beforeEach(() => {
    cloud.reset()
    useCopyCheck.setState(useCopyCheck.getInitialState(), true)
  })

  test('marking 国家级 as certified sends the mark, clears the finding, and can be undone', async () => {
    cloud.on(
      'copy.check',
      (input: { text: string; industry?: Industry | null; marks?: { phrase: string; kind: 'certified' | 'name' }[] }) =>
        ok({
          ...checkCopy(input.text, { industry: input.industry ?? null, marks: input.marks }),
          platform: { status: 'pass', message: '微信内容安全检查已通过。' },
        }),
    )
    open({ industry: 'localService' })
    await type('国家级非遗传承人亲自授课')
    press('检查')
    fireEvent.click(await screen.findByText('这是有证书的称号'))
    expect(await screen.findByText('没有发现问题')).toBeInTheDocument()
    expect(cloud.callsTo('copy.check')[1].input.marks).toEqual([{ phrase: '国家级', kind: 'certified' }])
    expect(screen.getByText('已标注「国家级」为有证书的称号，不再标出')).toBeInTheDocument()
    fireEvent.click(screen.getByText('撤销'))
    expect(await screen.findByText('高风险 1')).toBeInTheDocument()
    expect(cloud.callsTo('copy.check')[2].input).toEqual({ text: '国家级非遗传承人亲自授课', industry: 'localService' })
  })
})
