import { Button, View } from '@tarojs/components'

/** What the bench waits for on the real home page (a state title and a button), and nothing else. */
export default function Home() {
  return (
    <View className='page'>
      <View className='state__title'>还没有方案</View>
      <Button className='btn'>开始定位</Button>
    </View>
  )
}
