import { useEffect } from 'react'
import { Button, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { PlanEvent } from '@/core/api'
import { usePlan } from '@/stores/plan'
import { ErrorState, Loading } from '@/components/states'
import { causeLabel } from '../components/computed'
import { readSince, useOpenedAt } from '@/stores/fresh-reads'
import { useVersions } from '../stores/versions'
import { DateTime } from '@/components/date-time'
import { Phrases } from '@/components/phrases'

function eventLabel(e: PlanEvent): string {
  switch (e.kind) {
    case 'rename':
      return `改名为「${e.name ?? ''}」`
    case 'targets':
      return '修改了指标目标'
    case 'delete':
      return '删除了方案'
    case 'restore':
      return '从最近删除中恢复'
  }
}

export default function Versions() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  // This plan's list as read since the page opened: a list from an earlier visit may lack a version.
  const openedAt = useOpenedAt()
  const list = useVersions((s) => readSince(s.lists[planId], openedAt))
  const items = list?.status === 'ready' ? list.items : null
  const error = list?.status === 'error' ? list.error : undefined
  const plan = usePlan((s) => (s.plan?.id === planId ? s.plan : undefined))

  const load = () => useVersions.getState().load(planId)
  useEffect(() => {
    if (!planId) return
    void load()
    // The other changes (renames, targets) come with the plan itself: read it fresh, a rename may
    // have come from another phone.
    void usePlan.getState().open(planId)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planId])

  if (!planId) return <ErrorState message='链接不完整，找不到方案' />
  if (error) return <ErrorState message={error} onRetry={() => void load()} />
  if (!items) return <Loading />
  const current = items.find((i) => i.current)
  const oldest = items[items.length - 1]
  const open = (version: number) => Taro.navigateTo({ url: `/packages/plan/revision/index?id=${planId}&v=${version}` })
  return (
    <View className='page'>
      <View className='page__desc page__desc--lead'>
        <Phrases text='修改回答、恢复旧版本或按新规则重新生成时，会生成新版本；每个版本都保留，可以查看、对比和恢复。' />
      </View>
      <View className='cells'>
        {items.map((r) => (
          <View className='cell' key={r.version} role='link' onClick={() => void open(r.version)}>
            <View className='cell__body'>
              <View className='cell__title'>
                第 {r.version} 版{r.current ? '（当前）' : ''}
              </View>
              <View className='cell__meta'>
                <DateTime ms={r.savedAt} /> · {causeLabel(r)}
              </View>
            </View>
            <View className='cell__arrow'>›</View>
          </View>
        ))}
      </View>
      {current && oldest && current.version !== oldest.version ? (
        <View className='btn-area'>
          <Button
            className='btn btn--default'
            onClick={() =>
              Taro.navigateTo({
                url: `/packages/plan/compare/index?id=${planId}&a=${oldest.version}&b=${current.version}`,
              })
            }
          >
            对比两个版本
          </Button>
        </View>
      ) : null}
      {plan && plan.events.length > 0 ? (
        <>
          <View className='cells__title'>其他修改（不生成新版本）</View>
          <View className='cells'>
            {plan.events.map((e, i) => (
              <View className='cell' key={i}>
                <View className='cell__body'>
                  <View className='cell__title'>{eventLabel(e)}</View>
                  <View className='cell__meta'>
                    <DateTime ms={e.at} /> · 当时为第 {e.version} 版
                  </View>
                </View>
              </View>
            ))}
          </View>
        </>
      ) : null}
    </View>
  )
}
