import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PlanSummary } from '@/core/api'
import { formatDate } from '@/components/format'

export function PlanCell({ plan }: { plan: PlanSummary }) {
  const open = () => Taro.navigateTo({ url: `/packages/plan/detail/index?id=${encodeURIComponent(plan.id)}` })
  return (
    <View className='cell' onClick={open} role='link'>
      <View className='cell__body'>
        <View className='cell__title'>{plan.name}</View>
        <View className='cell__meta'>
          {[plan.industryLabel, `更新于 ${formatDate(plan.updatedAt)}`, `第 ${plan.version} 版`]
            .filter(Boolean)
            .join(' · ')}
        </View>
      </View>
      <View className='cell__arrow'>›</View>
    </View>
  )
}
