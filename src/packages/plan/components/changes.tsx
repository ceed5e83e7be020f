import { View } from '@tarojs/components'
import type { Change } from '@/core/plan/diff'

/** "What changed since the previous revision", shown above the plan after an update. */
export function Changes({ changes, fromRev }: { changes: Change[]; fromRev: number | null }) {
  if (fromRev === null) return null
  return (
    <View className='plan-section changes'>
      <View className='cells__title'>与第 {fromRev} 版相比的变化</View>
      <View className='cells'>
        {changes.length === 0 ? <View className='item item__meta'>回答有更新，但方案内容没有变化。</View> : null}
        {changes.map((c, i) => (
          <View className={`item change change--${c.kind}`} key={i}>
            <View className='item__body'>{c.summary}</View>
          </View>
        ))}
      </View>
    </View>
  )
}
