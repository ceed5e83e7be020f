import { View } from '@tarojs/components'
import { Empty } from '@/components/states'

export default function SharedPlan() {
  return (
    <View className='page'>
      <Empty title='分享的方案' desc='正在准备' />
    </View>
  )
}
