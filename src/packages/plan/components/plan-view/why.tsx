import { createContext, useContext, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Why } from '@/core/plan/schema'
import { ruleById } from '@/core/rules'
import { optionLabel, questionById, type QuestionId } from '@/core/wizard/questions'
import type { Answers } from '@/core/wizard/answers'
import { useVoice } from '../voice'

/** The answers the plan was computed from, so a "why" can quote them. */
export const AnswersContext = createContext<Answers | null>(null)

function answerText(id: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '未填写'
  const q = questionById(id)
  const label = (v: unknown) => (q && 'options' in q ? optionLabel(id as QuestionId, String(v)) : String(v))
  return Array.isArray(value) ? value.map(label).join('、') || '未选择' : label(value)
}

function whereInSource(origin: string, section: string): string {
  if (origin !== 'seed') return '合规资料'
  return section === '引言' || section === '结语' ? `原文${section}` : `原文第${section}部分`
}

/** "依据" under each recommendation: the rules (quoted from their source) and the answers behind it. */
export function WhyNote({ why }: { why: Why }) {
  const [open, setOpen] = useState(false)
  const answers = useContext(AnswersContext) as Record<string, unknown> | null
  const voice = useVoice()
  return (
    <View className='why'>
      <View className='why__toggle' role='button' aria-expanded={open} onClick={() => setOpen(!open)}>
        {why.assumption ? <Text className='tag tag--assumption'>推断</Text> : <Text className='tag'>原文依据</Text>}
        <Text className='why__link'>{open ? '收起依据' : '为什么？'}</Text>
      </View>
      {open ? (
        <View className='why__body'>
          {why.assumption ? (
            <View className='why__line why__line--assumption'>
              原文没有直接给出这一项，这是根据{voice.inferredFrom}做出的推断，请结合实际判断。
            </View>
          ) : null}
          {why.rules.map((id) => {
            const rule = ruleById(id)
            const where = rule ? whereInSource(rule.origin, rule.section) : ''
            return (
              <View className='why__line' key={id}>
                规则 {id}
                {rule ? `（${where}）：${rule.source}` : ''}
              </View>
            )
          })}
          {why.answers.map((id) => (
            <View className='why__line' key={id}>
              {voice.answers} · {questionById(id)?.title ?? id}：{answerText(id, answers?.[id])}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
