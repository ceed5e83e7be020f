import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { Why } from '@/core/plan/schema'
import { WhyNote } from './why'

export function Section({ index, title, children }: { index: string; title: string; children: ReactNode }) {
  return (
    <View className='plan-section' id={`section-${index}`}>
      <View className='cells__title'>
        {index}、{title}
      </View>
      <View className='cells'>{children}</View>
    </View>
  )
}

/** One recommendation: a title, optional lines, and its why. */
export function Item({
  title,
  meta,
  why,
  children,
}: {
  title: ReactNode
  meta?: ReactNode
  why: Why
  children?: ReactNode
}) {
  return (
    <View className='item'>
      <View className='item__title'>{title}</View>
      {meta ? <View className='item__meta'>{meta}</View> : null}
      {children}
      <WhyNote why={why} />
    </View>
  )
}

export function Label({ children }: { children: ReactNode }) {
  return <Text className='item__label'>{children}</Text>
}
