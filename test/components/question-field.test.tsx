import { useState } from 'react'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { QuestionField } from '@/components/question-field'
import type { Question } from '@/core/wizard/questions'

// QuestionField renders whatever the questionnaire holds: these fixtures are one of each kind.
const text: Question = {
  id: 'brand',
  section: 'strategy',
  kind: 'text',
  title: '品牌名称',
  required: true,
  minLength: 1,
  maxLength: 5,
  placeholder: '例如：老街面馆',
}
const single: Question = {
  id: 'size',
  section: 'strategy',
  kind: 'single',
  title: '门店规模',
  required: true,
  options: [
    { value: 'one', label: '单店' },
    { value: 'chain', label: '连锁' },
  ],
}
const multi: Question = {
  id: 'channels',
  section: 'audience',
  kind: 'multi',
  title: '用户从哪里来',
  required: false,
  minItems: 0,
  maxItems: 3,
  options: [
    { value: 'walkIn', label: '到店' },
    { value: 'search', label: '搜索' },
    { value: 'friends', label: '朋友推荐' },
  ],
}
const number: Question = {
  id: 'staff',
  section: 'content',
  kind: 'number',
  title: '员工人数',
  required: true,
  min: 1,
  max: 500,
  unit: '人',
}
const boolean: Question = { id: 'hasShop', section: 'tech', kind: 'boolean', title: '有线下门店吗？', required: true }

/** A field wired like the wizard wires it: the value lives in state and every change is recorded. */
function Harness({ question, initial, error }: { question: Question; initial?: unknown; error?: string }) {
  const [value, setValue] = useState<unknown>(initial)
  return (
    <QuestionField
      question={question}
      value={value}
      error={error}
      onChange={(v) => {
        changes.push(v)
        setValue(v)
      }}
    />
  )
}
let changes: unknown[] = []
beforeEach(() => {
  changes = []
})

describe('QuestionField', () => {
  test('text: shows the title, reports what is typed and counts characters against the limit', async () => {
    render(<Harness question={text} />)
    expect(screen.getByText('品牌名称')).toBeInTheDocument()
    const input = await screen.findByRole('textbox')
    fireEvent.input(input, { target: { value: '老街面馆' } })
    expect(changes).toEqual(['老街面馆'])
    await waitFor(() => expect(screen.getByText('4/5')).toBeInTheDocument())
  })

  test('text: an optional question says so, a required one does not', () => {
    const { unmount } = render(<Harness question={{ ...text, required: false }} />)
    expect(screen.getByText('（选填）')).toBeInTheDocument()
    unmount()
    render(<Harness question={text} />)
    expect(screen.queryByText('（选填）')).not.toBeInTheDocument()
  })

  test('single: tapping an option chooses it and only it', async () => {
    render(<Harness question={single} />)
    const group = screen.getByRole('radiogroup')
    const radios = within(group).getAllByRole('radio')
    expect(radios).toHaveLength(2)
    expect(radios.every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true)

    fireEvent.click(within(group).getByText('连锁'))
    expect(changes).toEqual(['chain'])
    await waitFor(() => expect(within(group).getByRole('radio', { checked: true })).toHaveTextContent('连锁'))
    expect(within(group).getByRole('radio', { checked: false })).toHaveTextContent('单店')

    fireEvent.click(within(group).getByText('单店'))
    expect(changes).toEqual(['chain', 'one'])
  })

  test('multi: taps add and remove options, keeping the others', async () => {
    render(<Harness question={multi} />)
    fireEvent.click(screen.getByText('搜索'))
    await waitFor(() => expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(1))
    fireEvent.click(screen.getByText('到店'))
    await waitFor(() => expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(2))
    fireEvent.click(screen.getByText('搜索'))
    expect(changes).toEqual([['search'], ['search', 'walkIn'], ['walkIn']])
    await waitFor(() => expect(screen.getByRole('checkbox', { checked: true })).toHaveTextContent('到店'))
  })

  test('number: digits become numbers, a cleared input becomes unanswered, the unit is shown', async () => {
    render(<Harness question={number} />)
    expect(screen.getByText('人')).toBeInTheDocument()
    const input = await screen.findByRole('spinbutton')
    fireEvent.input(input, { target: { value: '12' } })
    fireEvent.input(input, { target: { value: '' } })
    expect(changes).toEqual([12, undefined])
  })

  test('boolean: nothing is chosen until the owner taps 是 or 否', async () => {
    render(<Harness question={boolean} />)
    expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('是'))
    await waitFor(() => expect(screen.getByRole('radio', { checked: true })).toHaveTextContent('是'))
    fireEvent.click(screen.getByText('否'))
    expect(changes).toEqual([true, false])
    await waitFor(() => expect(screen.getByRole('radio', { checked: true })).toHaveTextContent('否'))
  })

  test.each([
    ['text', text],
    ['single', single],
    ['multi', multi],
    ['number', number],
    ['boolean', boolean],
  ])('%s: an error is announced (role alert) inside the field it belongs to', (_kind, question) => {
    render(
      <>
        <Harness question={question} error='这一项有问题' />
        <Harness question={{ ...text, id: 'other', title: '另一个问题' }} />
      </>,
    )
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('这一项有问题')
    // Next to its own field: inside the block that carries the field's title, not the other one.
    const own = screen.getByText(question.title).parentElement!
    expect(own).toContainElement(alert)
    expect(screen.getByText('另一个问题').parentElement).not.toContainElement(alert)
  })

  test('no error, no alert', () => {
    render(<Harness question={text} />)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
