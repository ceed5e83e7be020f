import { Input, Text, View } from '@tarojs/components'
import type { Question } from '@/core/wizard/questions'
import type { DraftValue } from '@/core/api'
import { Phrases } from '../phrases'
import './index.scss'

interface Props {
  question: Question
  value: unknown
  error?: string
  onChange: (value: DraftValue | undefined) => void
}

/** Renders any question of the questionnaire; the wizard never knows a question by name. */
export function QuestionField({ question, value, error, onChange }: Props) {
  const errorId = `err-${question.id}`
  return (
    <View className={`question ${error ? 'question--invalid' : ''}`} id={`q-${question.id}`}>
      <View className='question__title'>
        {question.title}
        {question.required ? null : <Text className='question__optional'>（选填）</Text>}
      </View>
      {question.help ? <View className='question__help'>{question.help}</View> : null}
      <View className='question__control'>{control(question, value, onChange, error ? errorId : undefined)}</View>
      {error ? (
        <View className='field-error' id={errorId} role='alert'>
          {error}
        </View>
      ) : null}
    </View>
  )
}

/** Up to this many characters an option fits a chip three to a row on a 320 px phone. */
const CHIP_LABEL_MAX = 7

/**
 * Short options become a compact chip grid (a ten-industry list fits in three rows instead of a
 * screen); options with explanations stay a full-width list so nothing is cut.
 */
function layout(options: readonly { label: string }[]): string {
  return options.every((o) => o.label.length <= CHIP_LABEL_MAX) ? 'choices--chips' : 'choices--list'
}

function control(q: Question, value: unknown, onChange: (v: DraftValue | undefined) => void, describedBy?: string) {
  switch (q.kind) {
    case 'text': {
      const text = typeof value === 'string' ? value : ''
      return (
        <View className='question__input-row'>
          <Input
            className='question__input'
            value={text}
            name={q.id}
            placeholder={q.placeholder}
            // Accept more than the limit so an over-long paste is shown and explained, not cut.
            maxlength={q.maxLength * 2}
            aria-describedby={describedBy}
            onInput={(e) => onChange(e.detail.value)}
          />
          <Text className={`question__count ${text.trim().length > q.maxLength ? 'question__count--over' : ''}`}>
            {text.trim().length}/{q.maxLength}
          </Text>
        </View>
      )
    }
    case 'number': {
      const shown =
        typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value : ''
      return (
        <View className='question__input-row'>
          <Input
            className='question__input'
            type='digit'
            name={q.id}
            value={shown}
            placeholder={`${q.min}–${q.max}`}
            aria-describedby={describedBy}
            onInput={(e) => {
              const raw = e.detail.value.trim()
              onChange(raw === '' ? undefined : Number.isNaN(Number(raw)) ? raw : Number(raw))
            }}
          />
          {q.unit ? <Text className='question__unit'>{q.unit}</Text> : null}
        </View>
      )
    }
    case 'boolean':
      // Two explicit choices, not a switch: a switch shows "否" before the owner has answered.
      return (
        <View className='choices choices--chips choices--two' role='radiogroup'>
          {[
            { v: true, label: '是' },
            { v: false, label: '否' },
          ].map(({ v, label }) => (
            <View
              key={label}
              className={`choice ${value === v ? 'choice--selected' : ''}`}
              role='radio'
              aria-checked={value === v}
              onClick={() => onChange(v)}
            >
              <Text className='choice__label'>{label}</Text>
              <Text className='choice__mark'>{value === v ? '✓' : ''}</Text>
            </View>
          ))}
        </View>
      )
    case 'single':
      return (
        <View className={`choices ${layout(q.options)}`} role='radiogroup'>
          {q.options.map((o) => {
            const selected = value === o.value
            return (
              <View
                key={o.value}
                className={`choice ${selected ? 'choice--selected' : ''}`}
                role='radio'
                aria-checked={selected}
                onClick={() => onChange(o.value)}
              >
                <Text className='choice__label'>
                  <Phrases text={o.label} />
                </Text>
                <Text className='choice__mark'>{selected ? '✓' : ''}</Text>
              </View>
            )
          })}
        </View>
      )
    case 'multi': {
      const chosen = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
      return (
        <View className={`choices ${layout(q.options)}`} role='group'>
          {q.options.map((o) => {
            const selected = chosen.includes(o.value)
            return (
              <View
                key={o.value}
                className={`choice ${selected ? 'choice--selected' : ''}`}
                role='checkbox'
                aria-checked={selected}
                onClick={() => onChange(selected ? chosen.filter((v) => v !== o.value) : [...chosen, o.value])}
              >
                <Text className='choice__label'>
                  <Phrases text={o.label} />
                </Text>
                <Text className='choice__mark'>{selected ? '✓' : ''}</Text>
              </View>
            )
          })}
        </View>
      )
    }
  }
}
