import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { RevisionSummary } from '@/core/api'
import { call } from '@/api'
import { Empty, ErrorState, Loading } from '@/components/states'
import { formatDate } from '@/components/format'

export default function Revisions() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const [items, setItems] = useState<RevisionSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = async () => {
    setError(null)
    const res = await call('plan', 'revisions', { planId })
    if (res.ok) setItems([...res.data.items].sort((a, b) => b.rev - a.rev))
    else setError(res.error.message)
  }
  useEffect(() => {
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planId])

  if (error) return <ErrorState message={error} onRetry={() => void load()} />
  if (!items) return <Loading />
  if (items.length === 0) return <Empty title='还没有历史版本' />
  return (
    <View className='page'>
      <View className='page__title'>历史版本</View>
      <View className='page__desc'>每次修改回答都会生成新版本，旧版本只读保留。</View>
      <View className='cells'>
        {items.map((r) => (
          <View
            className='cell'
            key={r.rev}
            role='link'
            onClick={() =>
              r.current
                ? Taro.navigateBack()
                : Taro.navigateTo({ url: `/packages/plan/revision/index?id=${planId}&rev=${r.rev}` })
            }
          >
            <View className='cell__body'>
              <View className='cell__title'>
                第 {r.rev} 版{r.current ? '（当前）' : ''}
              </View>
              <View className='cell__meta'>
                {formatDate(r.savedAt)} · {r.changeCount > 0 ? `${r.changeCount} 处变化` : '首个版本'}
              </View>
            </View>
            <View className='cell__arrow'>›</View>
          </View>
        ))}
      </View>
    </View>
  )
}
