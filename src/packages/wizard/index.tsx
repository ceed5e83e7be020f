import { useEffect } from 'react'
import { Button, Progress, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { QUESTIONS } from '@/core/wizard/questions'
import { QuestionField } from '@/components/question-field'
import { STEPS, toDraftAnswers, useWizard, type SyncState } from '@/stores/wizard'
import { usePlan } from '@/stores/plan'
import { call } from '@/api'
import { WizardPreview } from './preview'
import './index.scss'

const SYNC_TEXT: Record<SyncState, string> = {
  idle: '',
  local: '已保存在本机',
  saving: '正在同步…',
  saved: '已同步到云端',
  offline: '网络不可用，已保存在本机',
}

async function planAnswers(planId: string) {
  const loaded = usePlan.getState().plan
  if (loaded?.id === planId) return toDraftAnswers(loaded.answers)
  const res = await call('plan', 'get', { planId })
  return res.ok ? toDraftAnswers(res.data.answers) : undefined
}

export default function Wizard() {
  const { params } = useRouter()
  const w = useWizard()

  useEffect(() => {
    const planId = params.planId
    const baseRev = params.rev ? Number(params.rev) : undefined
    // Editing a plan starts from its answers (unless a draft of that edit exists).
    void (planId ? planAnswers(planId) : Promise.resolve(undefined)).then((answers) =>
      useWizard.getState().start({ planId, baseRev, answers }),
    )
  }, [params.planId, params.rev])

  const step = STEPS[w.step]
  const questions = QUESTIONS.filter((q) => step.questionIds.includes(q.id))
  const last = w.step === STEPS.length - 1

  const onNext = async () => {
    if (!w.next()) return
    if (!last) return
    const editing = useWizard.getState().planId !== undefined
    const planId = await useWizard.getState().submit()
    if (!planId) return
    // Editing came from the plan page: go back to it (it reloads on show) rather than stacking a second one.
    if (editing && Taro.getCurrentPages().length > 1) void Taro.navigateBack()
    else void Taro.redirectTo({ url: `/packages/plan/index?id=${encodeURIComponent(planId)}` })
  }

  return (
    <View className='page wizard'>
      <View className='wizard__head'>
        <View className='wizard__step'>
          第 {w.step + 1} / {STEPS.length} 步 · {step.seed}、{step.title}
        </View>
        <Progress percent={Math.round(((w.step + 1) / STEPS.length) * 100)} strokeWidth={3} activeColor='#07c160' />
        <View className='wizard__sync' aria-live='polite'>
          {SYNC_TEXT[w.sync]}
        </View>
      </View>
      {questions.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          value={w.answers[q.id]}
          error={w.errors[q.id]}
          onChange={(v) => w.setAnswer(q.id, v)}
        />
      ))}
      <WizardPreview section={step.id} answers={w.answers} />
      {w.submitError ? (
        <View className='field-error wizard__submit-error' role='alert'>
          {w.submitError}
        </View>
      ) : null}
      <View className='btn-area wizard__nav'>
        <Button
          className='btn btn--primary'
          loading={w.submitting}
          disabled={w.submitting}
          onClick={() => void onNext()}
        >
          {last ? (w.planId ? '保存并重新生成方案' : '生成方案') : '下一步'}
        </Button>
        {w.step > 0 ? (
          <Button className='btn btn--default' onClick={() => w.back()}>
            上一步
          </Button>
        ) : null}
      </View>
    </View>
  )
}
