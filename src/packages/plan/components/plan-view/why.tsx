import { createContext, useContext, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Why } from '@/core/plan/schema'
import { explainWhy } from '@/core/plan/explain'
import type { Answers } from '@/core/wizard/answers'
import { useVoice } from '../voice'

/** The answers the plan was computed from, so a "why" can quote them. */
export const AnswersContext = createContext<Answers | null>(null)

/** "为什么？" under each recommendation: sentences naming the sources and quoting the answers. */
export function WhyNote({ why }: { why: Why }) {
  const [open, setOpen] = useState(false)
  const answers = useContext(AnswersContext) as Record<string, unknown> | null
  const voice = useVoice()
  return (
    <View className='why'>
      <View className='why__toggle' role='button' aria-expanded={open} onClick={() => setOpen(!open)}>
        {why.assumption ? (
          <Text className='tag tag--assumption'>我们的判断</Text>
        ) : (
          <Text className='tag'>原文依据</Text>
        )}
        <Text className='why__link'>{open ? '收起依据' : '为什么？'}</Text>
      </View>
      {open ? (
        <View className='why__body'>
          {explainWhy(why, answers, voice.answers).map((line, i) => (
            <View className={`why__line ${why.assumption && i === 0 ? 'why__line--assumption' : ''}`} key={i}>
              {line}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
