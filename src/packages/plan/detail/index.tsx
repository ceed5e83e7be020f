import { useEffect } from 'react'
import { Button, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { RULEBASE_VERSION } from '@/core/rules'
import { usePlan } from '@/stores/plan'
import { ErrorState, Loading } from '@/components/states'
import { formatDate } from '@/components/format'
import { PlanView } from '../components/plan-view'
import { Changes } from '../components/changes'
import { causeLabel, changesBetween, computeVersion } from '../components/computed'
import { ShareAction } from '../components/share-action'
import './index.scss'

export default function PlanPage() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const { plan, status, error, open, saveTargets, remove, upgrade } = usePlan()

  useEffect(() => {
    if (planId) void open(planId)
  }, [planId, open])
  // Coming back from the wizard or the history: show the latest.
  useDidShow(() => {
    const { status: now, plan: shown } = usePlan.getState()
    if (planId && now === 'ready' && shown?.id === planId) void open(planId)
  })

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
  const confirmDelete = async () => {
    const { confirm } = await Taro.showModal({
      title: '删除这份方案？',
      content: '删除后 30 天内可以在首页“最近删除”中恢复。',
      confirmText: '删除',
      confirmColor: '#fa5151',
    })
    if (!confirm) return
    const failed = await remove()
    if (failed) void Taro.showToast({ title: failed, icon: 'none' })
    else void Taro.reLaunch({ url: `/pages/home/index?deleted=${encodeURIComponent(planId)}` })
  }

  return (
    <View className='page plan'>
      <View className='page__title'>{plan.name}</View>
      <View className='page__desc'>
        第 {plan.version} 版（{causeLabel(plan)}）· 更新于 {formatDate(plan.updatedAt)}
      </View>
      {outdated ? (
        <View className='plan__notice'>
          <View className='plan__notice-text'>这个版本按旧规则生成。规则已更新，可以用同样的回答重新生成。</View>
          <Button className='btn btn--default btn--mini' onClick={() => void accept()}>
            按新规则重新生成
          </Button>
        </View>
      ) : null}
      <Changes changes={changesBetween(plan.previous, plan)} fromVersion={plan.previous?.version ?? null} />
      <PlanView content={computed.content} answers={plan.answers} targets={plan.targets} onSaveTargets={saveTargets} />
      <View className='btn-area plan__actions'>
        <ShareAction planId={plan.id} planName={plan.name} />
        <Button
          className='btn btn--default'
          onClick={() => go(`/packages/wizard/index?planId=${plan.id}&rev=${plan.rev}`)}
        >
          修改回答
        </Button>
        <Button className='btn btn--default' onClick={() => go(`/packages/plan/revisions/index?id=${plan.id}`)}>
          历史版本
        </Button>
        <Button className='btn btn--default' onClick={() => go(`/packages/plan/shares/index?id=${plan.id}`)}>
          管理分享链接
        </Button>
        <Button className='btn btn--warn' onClick={() => void confirmDelete()}>
          删除方案
        </Button>
        <Button className='btn btn--default' onClick={() => Taro.reLaunch({ url: '/pages/home/index' })}>
          返回我的方案
        </Button>
      </View>
    </View>
  )
}
