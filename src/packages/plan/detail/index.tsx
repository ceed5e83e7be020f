import { useEffect, useRef, useState } from 'react'
import { Button, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro'
import { RULEBASE_VERSION } from '@/core/rules'
import { usePlan } from '@/stores/plan'
import { ErrorState, Loading } from '@/components/states'
import { Actions } from '@/components/actions'
import { currentPagePath, scrollToTop } from '@/components/scroll'
import { PlanView } from '../components/plan-view'
import { Changes } from '../components/changes'
import { causeLabel, changesBetween, computeVersion } from '../components/computed'
import { ShareAction } from '../components/share-action'
import { RenameSheet } from '../components/rename-sheet'
import { LoopEntry } from '../components/loop-entry'
import './index.scss'
import { DateTime } from '@/components/date-time'

export default function PlanPage() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const { plan, status, error, open, saveTargets, remove, upgrade } = usePlan()
  const [renaming, setRenaming] = useState(false)

  useEffect(() => {
    if (planId) void open(planId)
  }, [planId, open])
  // Coming back from the wizard or the history: show the latest.
  useDidShow(() => {
    const { status: now, plan: shown } = usePlan.getState()
    if (planId && now === 'ready' && shown?.id === planId) void open(planId)
  })
  // Back from the wizard with a new revision (保存并重新生成方案): read it from the top, where
  // its change list is, not from wherever the owner had scrolled to before leaving. The new
  // revision may arrive while the wizard is still animating away on top of this page, so the
  // scroll names this page rather than whichever is on top.
  const rev = plan?.id === planId ? plan.rev : undefined
  const pagePath = useRef(currentPagePath())
  const leftAtRev = useRef<number | undefined>(undefined)
  useDidHide(() => {
    leftAtRev.current = usePlan.getState().plan?.rev
  })
  useEffect(() => {
    if (rev === undefined || leftAtRev.current === undefined || leftAtRev.current === rev) return
    leftAtRev.current = undefined
    scrollToTop(pagePath.current)
  }, [rev])

  if (!planId) return <ErrorState message='链接不完整，找不到方案' />
  if (status === 'error' && !plan) return <ErrorState message={error ?? '加载失败'} onRetry={() => void open(planId)} />
  if (!plan || plan.id !== planId) return <Loading />

  const computed = computeVersion(plan)
  if (!computed.ok) return <ErrorState message={computed.message} />
  const go = (url: string) => Taro.navigateTo({ url })
  const outdated = plan.rulebaseVersion !== RULEBASE_VERSION
  const accept = async () => {
    const failed = await upgrade()
    void Taro.showToast({ title: failed ?? '已按新规则重新生成', icon: failed ? 'none' : 'success' })
  }
  const deletePlan = async () => {
    const failed = await remove()
    if (failed) void Taro.showToast({ title: failed, icon: 'none' })
    else void Taro.reLaunch({ url: `/pages/home/index?deleted=${encodeURIComponent(planId)}` })
  }

  return (
    <View className='page plan'>
      <View className='page__title'>{plan.name}</View>
      <View className='page__desc'>
        第 {plan.version} 版（{causeLabel(plan)}）· <DateTime prefix='更新于' ms={plan.updatedAt} />
      </View>
      {outdated ? (
        <View className='plan__notice'>
          <View className='plan__notice-text'>这个版本按旧规则生成。规则已更新，可以用同样的回答重新生成。</View>
          <Button className='btn btn--default btn--small' onClick={() => void accept()}>
            按新规则重新生成
          </Button>
        </View>
      ) : null}
      <Changes changes={changesBetween(plan.previous, plan)} fromVersion={plan.previous?.version ?? null} />
      <LoopEntry
        planId={plan.id}
        reviewAt={computed.content.iteration.reviewAt}
        reviewDate={computed.content.iteration.reviewDate}
      />
      <PlanView
        content={computed.content}
        answers={plan.answers}
        targets={plan.targets}
        onSaveTargets={saveTargets}
        checks={{ planId: plan.id }}
      />
      <View className='plan__actions'>
        <Actions
          primary={<ShareAction planId={plan.id} planName={plan.name} />}
          more={[
            { label: '修改回答', onTap: () => go(`/packages/wizard/index?planId=${plan.id}&rev=${plan.rev}`) },
            { label: '重命名', onTap: () => setRenaming(true) },
            { label: '历史版本', onTap: () => go(`/packages/plan/revisions/index?id=${plan.id}`) },
            { label: '管理分享链接', onTap: () => go(`/packages/plan/shares/index?id=${plan.id}`) },
            { label: '生成海报', onTap: () => go(`/packages/poster/plan/index?id=${plan.id}`) },
          ]}
          destructive={{
            label: '删除方案',
            confirmTitle: '删除这份方案？',
            confirmContent: '删除后 30 天内可以在首页「最近删除」中恢复。',
            onConfirm: () => void deletePlan(),
          }}
        />
      </View>
      {renaming ? <RenameSheet name={plan.name} onClose={() => setRenaming(false)} /> : null}
    </View>
  )
}
