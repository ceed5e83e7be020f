import { useEffect } from 'react'
import { Button, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { usePlan } from '@/stores/plan'
import { ErrorState, Loading } from '@/components/states'
import { formatDate } from '@/components/format'
import { PlanSections } from './sections'

export default function PlanPage() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const { plan, status, error, open } = usePlan()

  useEffect(() => {
    if (planId) void open(planId)
  }, [planId, open])

  if (!planId) return <ErrorState message='链接不完整，找不到方案' />
  if (status === 'error') return <ErrorState message={error ?? '加载失败'} onRetry={() => void open(planId)} />
  if (!plan || plan.id !== planId) return <Loading />

  return (
    <View className='page plan'>
      <View className='page__title'>{plan.name}</View>
      <View className='page__desc'>
        第 {plan.rev} 版 · 更新于 {formatDate(plan.updatedAt)}
      </View>
      <PlanSections content={plan.content} />
      <View className='btn-area'>
        <Button className='btn btn--default' onClick={() => Taro.reLaunch({ url: '/pages/home/index' })}>
          返回我的方案
        </Button>
      </View>
    </View>
  )
}
