import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { call } from '@/api'

/** Right after a delete: the way back. The server keeps deleted plans restorable for 30 days. */
export function DeletedBanner({ planId, onRestored }: { planId: string; onRestored: () => void }) {
  const [state, setState] = useState<'shown' | 'restoring' | 'gone'>('shown')
  const [error, setError] = useState<string | null>(null)
  if (state === 'gone') return null
  const restore = async () => {
    setState('restoring')
    const res = await call('plan', 'restore', { planId })
    if (res.ok) {
      setState('gone')
      onRestored()
    } else {
      setState('shown')
      setError(res.error.message)
    }
  }
  return (
    <View className='cells deleted-banner' role='status'>
      <View className='cell'>
        <View className='cell__body'>
          <View className='cell__title'>方案已删除</View>
          <View className='cell__meta'>30 天内可以恢复。</View>
          {error ? <View className='field-error'>{error}</View> : null}
        </View>
        <Button small className='deleted-banner__undo' loading={state === 'restoring'} onClick={() => void restore()}>
          撤销删除
        </Button>
      </View>
    </View>
  )
}
