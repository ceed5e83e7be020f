/** @jest-environment jsdom */
// The 检查文案 sub-package as WeChat runs it: boots from a link with a prefilled text, types,
// calls the copy function, highlights the span, applies a suggestion with one tap.
const { bootPage } = require('./support/boot')
const { findByText, getByText, queryAllByText, tap, type, waitFor } = require('./support/dom')

const TEXT = '全城最好吃的面'
const ok = (data) => ({ ok: true, data })

/** What copy.check answers for TEXT (餐饮): one 绝对化用语 finding on 最好吃 (code points 2–5). */
function flagged(text) {
  if (!text.includes('最好吃')) {
    return ok({
      findings: [],
      counts: { high: 0, medium: 0, low: 0, total: 0 },
      exempted: [],
      industry: 'catering',
      length: [...text].length,
      platform: { status: 'pass', message: '微信内容安全检查已通过。' },
    })
  }
  const start = [...text].indexOf('最')
  return ok({
    findings: [
      {
        id: `abs.most@${start}`,
        ruleId: 'abs.most',
        category: 'absolute',
        categoryLabel: '绝对化用语',
        severity: 'high',
        severityLabel: '高风险',
        span: { start, end: start + 3 },
        excerpt: '最好吃',
        basis: { ref: '广告法第九条第三项', strength: 'statute', strengthLabel: '法律条文', legalRuleId: 'cm.adLaw9' },
        why: '"最好""最佳"这类最高级用语是广告法第九条第三项禁止的。',
        suggestion: { replacement: '很好吃', advice: '去掉"最"。' },
      },
    ],
    counts: { high: 1, medium: 0, low: 0, total: 1 },
    exempted: [],
    industry: 'catering',
    length: [...text].length,
    platform: { status: 'pass', message: '微信内容安全检查已通过。' },
  })
}

describe('weapp build: copy checker', () => {
  test('opens with the text from its link, checks it and shows the finding with its rule', async () => {
    const { page, cloud } = bootPage('packages/copy/index', {
      query: { text: encodeURIComponent(TEXT), industry: 'catering' },
      cloudSetup: (c) => c.on('copy.check', (input) => flagged(input.text)),
    })
    expect(await findByText(page, /^粘贴准备发到朋友圈/)).toBeTruthy()
    expect(await findByText(page, '餐饮')).toBeTruthy()
    tap(getByText(page, '检查'))
    expect(await findByText(page, '高风险 1')).toBeTruthy()
    expect(cloud.callsTo('copy.check')[0].input).toEqual({ text: TEXT, industry: 'catering' })
    expect(getByText(page, '绝对化用语')).toBeTruthy()
    expect(getByText(page, /依据：广告法第九条第三项/)).toBeTruthy()
    // The flagged words are their own tappable piece of the text.
    const marks = queryAllByText(page, '最好吃')
    expect(marks.length).toBeGreaterThanOrEqual(1)
  })

  test('typing a new text and applying the suggestion re-checks the new wording', async () => {
    const { page, cloud } = bootPage('packages/copy/index', {
      cloudSetup: (c) => c.on('copy.check', (input) => flagged(input.text)),
    })
    await findByText(page, '会检查什么')
    const textarea = page.dom.querySelector('wx-textarea')
    expect(textarea).toBeTruthy()
    type(textarea, '老街最好吃的面')
    tap(getByText(page, '检查'))
    tap(await findByText(page, '采用：改为「很好吃」'))
    expect(await findByText(page, '没有发现问题')).toBeTruthy()
    await waitFor(() =>
      expect(cloud.callsTo('copy.check').map((c) => c.input.text)).toEqual(['老街最好吃的面', '老街很好吃的面']),
    )
  })

  test('an empty text is refused next to the field without a call', async () => {
    const { page, cloud } = bootPage('packages/copy/index')
    tap(await findByText(page, '检查'))
    expect(await findByText(page, '请先粘贴或输入要检查的文案')).toBeTruthy()
    expect(cloud.callsTo('copy.check')).toHaveLength(0)
  })
})
