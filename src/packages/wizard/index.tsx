import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro'
import { QUESTIONS } from '@/core/wizard/questions'
import { QuestionField } from '@/components/question-field'
import { scrollToTop } from '@/components/scroll'
import { Button } from '@/components/button'
import { confirmDanger, openActionSheet } from '@/components/actions'
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

const WIZARD_ROUTE = 'packages/wizard/index'
const HOME = '/pages/home/index'

/** The plan's answers for an edit, with what the edit starts from: its revision and version. */
async function planAnswers(planId: string) {
  const loaded = usePlan.getState().plan
  const plan =
    loaded?.id === planId ? loaded : await call('plan', 'get', { planId }).then((r) => (r.ok ? r.data : null))
  return plan ? { answers: toDraftAnswers(plan.answers), baseRev: plan.rev, fromVersion: plan.version } : undefined
}

function stack(): { route?: string }[] {
  try {
    return Taro.getCurrentPages()
  } catch {
    return []
  }
}

/**
 * After submit: an edit returns to the plan page it came from (it reloads on show), dropping the
 * step pages; a new plan replaces the whole wizard, so back from the plan never re-enters it.
 */
function showPlan(planId: string, editing: boolean) {
  const pages = stack()
  let planAt = -1
  pages.forEach((p, i) => {
    if ((p.route ?? '').includes('packages/plan/detail/index')) planAt = i
  })
  const url = `/packages/plan/detail/index?id=${encodeURIComponent(planId)}`
  if (editing && planAt >= 0) void Taro.navigateBack({ delta: pages.length - 1 - planAt })
  else void Taro.reLaunch({ url })
}

/**
 * One wizard page per step in the page stack (WeChat) and browser history (H5), so the phone's
 * back button returns to the previous step instead of leaving the wizard. All of them share one
 * store; only the page on top renders the questions, so ids stay unique on screen.
 */
export default function Wizard() {
  const { params } = useRouter()
  const w = useWizard()
  const [active, setActive] = useState(true)
  /** The step this page showed when the next step was pushed on top of it. */
  const ownStep = useRef<number | undefined>(undefined)
  const [errorCount, setErrorCount] = useState(0)
  // The first page shows its fields once the draft it opens is in the store: an H5 input whose
  // value changes before Taro has drawn it throws (watchValue on an undefined input).
  const [started, setStarted] = useState(params.step !== undefined)

  useEffect(() => {
    // Step pages pushed by 下一步 continue the draft the first page opened.
    if (params.step !== undefined) return
    const planId = params.planId
    const rev = params.rev ? Number(params.rev) : undefined
    // Editing a plan starts from its answers (unless a draft of that edit exists).
    void (planId ? planAnswers(planId) : Promise.resolve(undefined)).then((plan) => {
      // start() puts this phone's draft in the store at once, then asks the cloud for a newer one.
      void useWizard.getState().start({ planId, baseRev: plan?.baseRev ?? rev, ...plan })
      setStarted(true)
    })
  }, [params.planId, params.rev, params.step])

  useDidShow(() => {
    if (ownStep.current !== undefined) useWizard.getState().goTo(ownStep.current)
    ownStep.current = undefined
    setActive(true)
  })
  useDidHide(() => setActive(false))

  if (!active || !started) return <View className='page wizard' />

  const step = STEPS[w.step]
  const questions = QUESTIONS.filter((q) => step.questionIds.includes(q.id))
  const last = w.step === STEPS.length - 1
  const editing = w.planId !== undefined

  const showFirstError = () => {
    const errors = useWizard.getState().errors
    const ids = QUESTIONS.map((q) => q.id).filter((id) => id in errors)
    setErrorCount(ids.length)
    if (ids.length === 0) return
    // Whatever was above or below the fold: the first flagged field comes into view.
    Taro.pageScrollTo({ selector: `#q-${ids[0]}`, offsetTop: -12, duration: 200 }).catch(() => undefined)
  }

  const onNext = async () => {
    const from = w.step
    if (!useWizard.getState().next()) {
      showFirstError()
      return
    }
    setErrorCount(0)
    if (!last) {
      ownStep.current = from
      const query = [`step=${from + 2}`, w.planId ? `planId=${encodeURIComponent(w.planId)}` : ''].filter(Boolean)
      // WeChat keeps at most ten pages: past that the step simply changes in place.
      Taro.navigateTo({ url: `/${WIZARD_ROUTE}?${query.join('&')}` }).catch(() => {
        ownStep.current = undefined
        scrollToTop()
      })
      return
    }
    const planId = await useWizard.getState().submit()
    if (planId) showPlan(planId, editing)
    else showFirstError()
  }

  const onBack = () => {
    const pages = stack()
    const below = pages[pages.length - 2]?.route ?? ''
    setErrorCount(0)
    if (below.includes(WIZARD_ROUTE)) void Taro.navigateBack()
    else {
      useWizard.getState().back()
      scrollToTop()
    }
  }

  const discard = async (then: 'home' | 'new') => {
    const ok = editing
      ? await confirmDanger('放弃这次修改？', '方案保持原样，这次改过的回答不会保存。', '放弃')
      : await confirmDanger(
          then === 'new' ? '放弃这份草稿并新建？' : '放弃这份草稿？',
          '回答会被删除，不能恢复。',
          '放弃',
        )
    if (!ok) return
    const planId = w.planId
    await useWizard.getState().discard()
    if (planId) showPlan(planId, true)
    else if (then === 'new') void Taro.reLaunch({ url: `/${WIZARD_ROUTE}` })
    else void Taro.reLaunch({ url: HOME })
  }

  const more = () =>
    openActionSheet(
      editing
        ? [{ label: '放弃修改', onTap: () => void discard('home') }]
        : [
            { label: '新建方案', onTap: () => void discard('new') },
            { label: '放弃草稿', onTap: () => void discard('home') },
          ],
    )

  const onOverwrite = async () => {
    const planId = await useWizard.getState().overwrite()
    if (planId) showPlan(planId, true)
  }
  const onAbandon = async () => {
    const planId = w.planId
    await useWizard.getState().discard()
    if (planId) showPlan(planId, true)
  }

  const percent = Math.round(((w.step + 1) / STEPS.length) * 100)
  return (
    <View className='page wizard'>
      <View className='wizard__body'>
        <View className='wizard__head'>
          <View className='wizard__head-text'>
            <View className='wizard__step'>
              第 {w.step + 1} / {STEPS.length} 步 · {step.seed}、{step.title}
            </View>
            <View className='wizard__sync' aria-live='polite'>
              {SYNC_TEXT[w.sync]}
            </View>
          </View>
          <Button kind='text' small className='wizard__more' onClick={() => void more()}>
            更多
          </Button>
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
            <View className='conflict__title'>
              这份方案在别处被修改过
              {w.editConflict.currentVersion === undefined ? null : (
                <Text className='conflict__version'>（现在是第 {w.editConflict.currentVersion} 版）</Text>
              )}
            </View>
            <View className='conflict__desc'>
              你的回答都还在。可以用你的回答生成新版本（旧版本仍可在历史中查看），或放弃这次修改。
            </View>
            <View className='btn-area'>
              <Button kind='primary' loading={w.submitting} onClick={() => void onOverwrite()}>
                用我的回答生成新版本
              </Button>
              <Button onClick={() => void onAbandon()}>放弃我的修改</Button>
            </View>
          </View>
        ) : null}
        {w.submitError ? (
          <View className='field-error wizard__submit-error' role='alert'>
            {w.submitError}
          </View>
        ) : null}
      </View>
      <View className='wizard-bar'>
        <View className='wizard-bar__progress' aria-hidden='true'>
          <View className='wizard-bar__fill' style={{ width: `${percent}%` }} />
        </View>
        {errorCount > 0 && Object.keys(w.errors).length > 0 ? (
          <View className='wizard-bar__errors' role='alert'>
            还有 {Object.keys(w.errors).length} 项需要修改，已跳到第一项
          </View>
        ) : null}
        <View className='wizard-bar__buttons'>
          {w.step > 0 ? (
            <Button className='wizard-bar__back' onClick={onBack}>
              上一步
            </Button>
          ) : null}
          {/* While the conflict card asks how to go on, its two buttons are the only way forward. */}
          {w.editConflict ? null : (
            <Button
              kind='primary'
              className='wizard-bar__next'
              loading={w.submitting}
              disabled={w.submitting}
              onClick={() => void onNext()}
            >
              {last ? (editing ? '保存并重新生成方案' : '生成方案') : '下一步'}
            </Button>
          )}
        </View>
      </View>
    </View>
  )
}
