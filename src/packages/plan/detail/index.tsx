import { useEffect } from 'react'
import { Button, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { usePlan } from '@/stores/plan'
import { ErrorState, Loading } from '@/components/states'
import { formatDate } from '@/components/format'
import { PlanView } from '../components/plan-view'
import { Changes } from '../components/changes'
import { ShareAction } from '../components/share-action'
import './index.scss'

export default function PlanPage() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const { plan, status, error, open, saveTargets, remove } = usePlan()

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

  const go = (url: string) => Taro.navigateTo({ url })
  const confirmDelete = async () => {
    const { confirm } = await Taro.showModal({
      title: '删除这份方案？',
      content: '删除后 30 天内可以在“我的方案”中恢复。',
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
        第 {plan.rev} 版 · 更新于 {formatDate(plan.updatedAt)} · 规则库 {plan.rulebaseVersion}
      </View>
      <Changes changes={plan.changes} fromRev={plan.changesFromRev} />
      {Date.now() >= plan.content.iteration.reviewAt ? (
        <View className='btn-area' role='status'>
          <View className='page__desc'>
            复盘日（{plan.content.iteration.reviewDate}）已到：对照数据看看方案要不要调整。
          </View>
          <Button className='btn btn--primary' onClick={() => go(`/packages/results/review/index?id=${plan.id}`)}>
            开始季度复盘
          </Button>
        </View>
      ) : null}
      <PlanView content={plan.content} answers={plan.answers} targets={plan.targets} onSaveTargets={saveTargets} />
      <View className='btn-area plan__actions'>
        <ShareAction planId={plan.id} planName={plan.name} />
        <Button className='btn btn--default' onClick={() => go(`/packages/results/record/index?id=${plan.id}`)}>
          记录数据
        </Button>
        <Button className='btn btn--default' onClick={() => go(`/packages/results/review/index?id=${plan.id}`)}>
          季度复盘
        </Button>
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
