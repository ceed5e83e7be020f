import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { serverNow } from '@/api/server-clock'
import { Button } from '@/components/button'
import './index.scss'

interface Props {
  planId: string
  /** The plan's review date (「迭代节奏」): epoch ms and as the owner reads it. */
  reviewAt: number
  reviewDate: string
  /** Injected by tests; otherwise the server's clock, as the review page reads it. */
  now?: number
}

/**
 * The way into the quarterly loop (packages/results) from the plan page: always there as a quiet
 * row (record this month's figures, open the review early), and the page's most visible thing
 * from the review date on, when reviewing is what the owner came for.
 */
export function LoopEntry({ planId, reviewAt, reviewDate, now = serverNow() }: Props) {
  const go = (page: 'record' | 'review') =>
    void Taro.navigateTo({ url: `/packages/results/${page}/index?id=${planId}` })
  const due = now >= reviewAt
  if (due) {
    return (
      <View className='loop-entry loop-entry--due' role='status'>
        <View className='loop-entry__title'>复盘日（{reviewDate}）已到</View>
        <View className='loop-entry__text'>对照这几个月的数据，看看哪些目标达到了、方案要不要调整。</View>
        <Button kind='primary' onClick={() => go('review')}>
          开始季度复盘
        </Button>
        <Button kind='text' small onClick={() => go('record')}>
          先记录数据
        </Button>
      </View>
    )
  }
  return (
    <View className='loop-entry'>
      <View className='loop-entry__text'>每月记一次数据，复盘日（{reviewDate}）对照目标调整方案。</View>
      <View className='loop-entry__buttons'>
        <Button small onClick={() => go('record')}>
          记录数据
        </Button>
        <Button kind='text' small onClick={() => go('review')}>
          提前复盘
        </Button>
      </View>
    </View>
  )
}
