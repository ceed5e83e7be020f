import { Text, View } from '@tarojs/components'
import type { PlanContent } from '@/core/plan/engine'

export function PlanSections({ content }: { content: PlanContent }) {
  return (
    <View>
      <View className='cells__title'>一、定位陈述</View>
      <View className='cells'>
        <View className='cell'>
          <View className='cell__body'>
            <View className='cell__title'>{content.positioning.statement}</View>
            <View className='cell__meta'>依据：{content.positioning.why.rules.join('、')}</View>
          </View>
        </View>
      </View>
      <View className='cells__title'>二、微信工具组合</View>
      <View className='cells'>
        {content.tools.map((t) => (
          <View className='cell' key={t.tool}>
            <View className='cell__body'>
              <View className='cell__title'>
                {t.rank}. {t.tool}
                {t.why.assumption ? <Text className='tag tag--assumption'>推断</Text> : null}
              </View>
              <View className='cell__meta'>{t.reason}</View>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
