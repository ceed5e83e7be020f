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

/** Editing came from the plan page: go back to it (it reloads on show) rather than stack a second one. */
function showPlan(planId: string, editing: boolean) {
  const pages = editing ? Taro.getCurrentPages() : []
  const from = pages.length > 1 ? pages[pages.length - 2] : undefined
  if (from?.route?.includes('packages/plan/detail/index')) void Taro.navigateBack()
  else void Taro.redirectTo({ url: `/packages/plan/detail/index?id=${encodeURIComponent(planId)}` })
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
    if (planId) showPlan(planId, editing)
  }

  const onOverwrite = async () => {
    const planId = await useWizard.getState().overwrite()
    if (planId) showPlan(planId, true)
  }
  const onAbandon = async () => {
    const planId = w.planId
    await useWizard.getState().discard()
    if (planId) showPlan(planId, true)
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
      {w.editConflict ? (
        <View className='conflict' role='alert'>
          <View className='conflict__title'>这份方案在别处被修改过（现在是第 {w.editConflict.currentRev} 版）</View>
          <View className='conflict__desc'>
            你的回答都还在。可以用你的回答生成新版本（旧版本仍可在历史中查看），或放弃这次修改。
          </View>
          <View className='btn-area'>
            <Button className='btn btn--primary' loading={w.submitting} onClick={() => void onOverwrite()}>
              用我的回答生成新版本
            </Button>
            <Button className='btn btn--default' onClick={() => void onAbandon()}>
              放弃我的修改
            </Button>
          </View>
        </View>
      ) : null}
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
