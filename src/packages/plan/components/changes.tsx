import { View } from '@tarojs/components'
import type { Change } from '@/core/plan/diff'

/** "What changed compared with version N", shown above a plan or in a comparison. */
export function Changes({
  changes,
  fromVersion,
  title,
}: {
  changes: Change[]
  fromVersion: number | null
  title?: string
}) {
  if (fromVersion === null) return null
  return (
    <View className='plan-section changes'>
      <View className='cells__title'>{title ?? `与第 ${fromVersion} 版相比的变化`}</View>
      <View className='cells'>
        {changes.length === 0 ? <View className='item item__meta'>两个版本的回答和方案内容相同。</View> : null}
        {changes.map((c, i) => (
          <View className={`item change change--${c.kind}`} key={i}>
            <View className='item__body'>{c.summary}</View>
          </View>
        ))}
      </View>
    </View>
  )
}
