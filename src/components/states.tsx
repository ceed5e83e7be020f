import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Button } from './button'

export function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <View className='state' aria-busy='true'>
      {text}
    </View>
  )
}

export function Empty({ title, desc, action }: { title: string; desc?: ReactNode; action?: ReactNode }) {
  return (
    <View className='state'>
      <View className='state__title'>{title}</View>
      {desc ? <View className='state__desc'>{desc}</View> : null}
      {action ? <View className='btn-area'>{action}</View> : null}
    </View>
  )
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className='state' role='alert'>
      <View className='state__title'>出错了</View>
      <View className='state__desc'>{message}</View>
      {onRetry ? (
        <View className='btn-area'>
          <Button onClick={onRetry}>重试</Button>
        </View>
      ) : null}
    </View>
  )
}
