import { useEffect, useMemo, useState } from 'react'
import { Picker, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { VersionSummary } from '@/core/api'
import { ErrorState, Loading } from '@/components/states'
import { formatDate } from '@/components/format'
import { Changes } from '../components/changes'
import { causeLabel, changesBetween } from '../components/computed'
import { readSince, useOpenedAt } from '@/stores/fresh-reads'
import { useVersions, versionKey } from '../stores/versions'

interface PickerProps {
  labels: string[]
  items: VersionSummary[]
  chosen: number
  onPick: (version: number) => void
}

/** One side of the comparison: the chosen version, tap to choose another. */
function VersionPicker({ labels, items, chosen, onPick }: PickerProps) {
  return (
    <Picker
      mode='selector'
      range={labels}
      value={Math.max(
        0,
        items.findIndex((i) => i.version === chosen),
      )}
      onChange={(e) => {
        const item = items[Number(e.detail.value)]
        if (item) onPick(item.version)
      }}
    >
      <View className='cell' role='button'>
        <View className='cell__body'>
          <View className='cell__title'>第 {chosen} 版</View>
          <View className='cell__meta'>点此换一个版本</View>
        </View>
        <View className='cell__arrow'>›</View>
      </View>
    </Picker>
  )
}

/** Any two versions side by side: what changed from the older to the newer. `b=0` means the current one. */
export default function Compare() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  // What the store held before this page opened (an earlier visit's read) is not shown nor
  // compared: the page reads the list afresh, as it always did, and asks for the two versions once.
  const openedAt = useOpenedAt()
  const list = useVersions((s) => readSince(s.lists[planId], openedAt))
  const newestFirst = list?.status === 'ready' ? list.items : null
  const listError = list?.status === 'error' ? list.error : undefined
  const [a, setA] = useState(Number(params.a ?? 1))
  const [b, setB] = useState(Number(params.b ?? 0))
  const loadA = useVersions((s) => readSince(s.views[versionKey(planId, a)], openedAt))
  const loadB = useVersions((s) => readSince(s.views[versionKey(planId, b)], openedAt))
  // Oldest first here: the pickers list the versions in the order they were made.
  const items = useMemo(() => (newestFirst ? [...newestFirst].reverse() : null), [newestFirst])

  useEffect(() => {
    if (!planId) return
    void useVersions.getState().load(planId)
  }, [planId])

  useEffect(() => {
    if (!items) return
    const current = items.find((i) => i.current)?.version ?? items[items.length - 1]?.version ?? 1
    setB((v) => (v > 0 ? v : current))
  }, [items])

  useEffect(() => {
    if (!items || !(a > 0) || !(b > 0)) return
    void useVersions.getState().loadVersion(planId, a)
    void useVersions.getState().loadVersion(planId, b)
  }, [items, a, b, planId])

  const views = loadA?.status === 'ready' && loadB?.status === 'ready' ? { a: loadA.view, b: loadB.view } : null
  const error =
    listError ??
    (loadA?.status === 'error' ? loadA.error : undefined) ??
    (loadB?.status === 'error' ? loadB.error : undefined)

  if (!planId) return <ErrorState message='链接不完整，找不到方案' />
  if (error) return <ErrorState message={error} />
  if (!items) return <Loading />
  const labels = items.map((i) => `第 ${i.version} 版${i.current ? '（当前）' : ''} · ${formatDate(i.savedAt)}`)
  const older = views ? (views.a.version <= views.b.version ? views.a : views.b) : null
  const newer = views ? (views.a.version <= views.b.version ? views.b : views.a) : null
  return (
    <View className='page'>
      <View className='page__desc page__desc--lead'>选两个版本，下面列出它们之间的变化。</View>
      <View className='cells'>
        <VersionPicker labels={labels} items={items} chosen={a} onPick={setA} />
        <VersionPicker labels={labels} items={items} chosen={b} onPick={setB} />
      </View>
      {!older || !newer ? (
        <Loading />
      ) : older.version === newer.version ? (
        <View className='page__desc'>请选择两个不同的版本。</View>
      ) : (
        <>
          <View className='page__desc'>
            第 {older.version} 版（{causeLabel(older)}）→ 第 {newer.version} 版（{causeLabel(newer)}）
          </View>
          <Changes
            changes={changesBetween(older, newer)}
            fromVersion={older.version}
            title={`第 ${newer.version} 版与第 ${older.version} 版相比的变化`}
          />
        </>
      )}
    </View>
  )
}
