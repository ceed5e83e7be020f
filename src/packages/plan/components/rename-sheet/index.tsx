import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { DraftValue } from '@/core/api'
import { QUESTIONS } from '@/core/wizard/questions'
import type { Question } from '@/core/wizard/questions'
import { Button } from '@/components/button'
import { QuestionField } from '@/components/question-field'
import { usePlan } from '@/stores/plan'
import './index.scss'

// The questionnaire's own name question: the same title, limit and counter as when the plan was
// created, and the server applies the same rule to it.
const NAME_QUESTION = QUESTIONS.find((q) => q.id === 'name') as Question

interface Props {
  name: string
  onClose: () => void
}

/**
 * Renames the plan from the page's 更多 sheet. A rename is an owner edit, not a new version: the
 * history lists it. What the owner typed stays in the field whatever the server answers.
 */
export function RenameSheet({ name, onClose }: Props) {
  const [value, setValue] = useState<string>(name)
  const [fieldError, setFieldError] = useState<string | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const save = async () => {
    setBusy(true)
    setError(undefined)
    const outcome = await usePlan.getState().rename(value)
    setBusy(false)
    if (outcome.ok) {
      onClose()
      void Taro.showToast({ title: '已重命名', icon: 'success' })
      return
    }
    setFieldError(outcome.field)
    setError(outcome.field ? undefined : outcome.message)
  }
  const onChange = (next: DraftValue | undefined) => {
    setValue(typeof next === 'string' ? next : '')
    setFieldError(undefined)
  }

  return (
    <View className='rename-sheet'>
      <View className='rename-sheet__mask' onClick={busy ? undefined : onClose} />
      <View className='rename-sheet__panel' role='dialog' aria-label='重命名方案'>
        <View className='rename-sheet__title'>重命名方案</View>
        <View className='rename-sheet__desc'>改名不会生成新版本，历史版本里会记下这次改名。</View>
        <QuestionField question={NAME_QUESTION} value={value} error={fieldError} onChange={onChange} />
        {error ? (
          <View className='field-error rename-sheet__error' role='alert'>
            {error}
          </View>
        ) : null}
        <View className='btn-area'>
          <Button kind='primary' loading={busy} disabled={busy} onClick={() => void save()}>
            保存名称
          </Button>
          <Button disabled={busy} onClick={onClose}>
            取消
          </Button>
        </View>
      </View>
    </View>
  )
}
