import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { termsIn } from '@/core/glossary'

/** "术语" chips under an item: one tap shows the plain explanation, another hides it. */
export function Terms({ text }: { text: string }) {
  const [shown, setShown] = useState<string | null>(null)
  const terms = termsIn(text).filter((e) => !e.common)
  if (terms.length === 0) return null
  const entry = terms.find((e) => e.term === shown)
  return (
    <View className='terms'>
      <Text className='terms__label'>术语</Text>
      {terms.map((e) => (
        <View
          key={e.term}
          className={`terms__chip ${shown === e.term ? 'terms__chip--on' : ''}`}
          role='button'
          aria-expanded={shown === e.term}
          onClick={() => setShown(shown === e.term ? null : e.term)}
        >
          什么是{e.term}？
        </View>
      ))}
      {entry ? (
        <View className='terms__plain' role='note'>
          {entry.term}：{entry.plain}
        </View>
      ) : null}
    </View>
  )
}
