import { useEffect, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useDeletedPlans } from '@/stores/deleted-plans'
import { Button } from '@/components/button'
import { formatDay } from '@/components/format'
import { serverNow } from '@/api/server-clock'
import { afterFirstScreen } from './after-first-screen'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * 最近删除: plans deleted in the last 30 days, each restorable with one tap. Hidden when there is
 * none; folded by default so it never pushes the owner's live plans down.
 */
export function RecentlyDeleted({ liveCount, onRestored }: { liveCount: number; onRestored: () => void }) {
  const items = useDeletedPlans((s) => s.items)
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  // Quiet on failure (see the store): the live list above shows its own error.
  const load = () => useDeletedPlans.getState().load()
  // Folded at the bottom: asked for after the first screen, not in its way.
  useDidShow(() => {
    afterFirstScreen(() => void load())
  })
  // The live list changed (a delete undone from the banner, a plan restored): read again. Not on
  // the first render, which the show above already covers (one request, not two).
  const seenCount = useRef(liveCount)
  useEffect(() => {
    if (seenCount.current === liveCount) return
    seenCount.current = liveCount
    void load()
  }, [liveCount])

  if (items.length === 0) return null
  const restore = async (planId: string) => {
    setBusy(planId)
    setError(null)
    const failed = await useDeletedPlans.getState().restore(planId)
    setBusy(null)
    if (failed) {
      setError(failed)
      return
    }
    onRestored()
  }
  // Days left as the server counts them (it refuses a restore past restoreUntil on its own clock):
  // a phone whose clock is off must not promise a day that is not there, or hide one that is.
  const now = serverNow()
  return (
    <View className='recently-deleted'>
      <View className='cells'>
        <View className='cell' role='button' onClick={() => setOpen((o) => !o)}>
          <View className='cell__body'>
            <View className='cell__title'>最近删除（{items.length}）</View>
            <View className='cell__meta'>30 天内可以恢复，之后彻底清除</View>
          </View>
          <View className='cell__arrow'>{open ? '收起' : '查看 ›'}</View>
        </View>
        {open
          ? items.map((p) => {
              const days = Math.max(1, Math.ceil((p.restoreUntil - now) / DAY_MS))
              return (
                <View className='cell' key={p.planId}>
                  <View className='cell__body'>
                    <View className='cell__title'>{p.name}</View>
                    <View className='cell__meta'>
                      {[p.industryLabel, `${formatDay(p.deletedAt)} 删除`, `还可恢复 ${days} 天`]
                        .filter(Boolean)
                        .join(' · ')}
                    </View>
                  </View>
                  <Button
                    small
                    loading={busy === p.planId}
                    disabled={busy !== null}
                    onClick={() => void restore(p.planId)}
                  >
                    恢复
                  </Button>
                </View>
              )
            })
          : null}
      </View>
      {error ? <View className='field-error'>{error}</View> : null}
    </View>
  )
}
