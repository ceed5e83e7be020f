import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { usePlan } from '@/stores/plan'
import { Button } from '@/components/button'
import { ErrorState, Loading } from '@/components/states'
import { PlanView } from '../components/plan-view'
import { Changes } from '../components/changes'
import { causeLabel, changesBetween, computeVersion } from '../components/computed'
import { readSince, useOpenedAt } from '@/stores/fresh-reads'
import { Whole } from '@/components/phrases'
import { useVersions, versionKey } from '../stores/versions'
import { DateTime } from '@/components/date-time'

export default function Version() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  // `v` is the version number; `rev` is read too so links made before versions still open.
  const version = Number(params.v ?? params.rev)
  // Read since the page opened: an earlier visit's copy may still say "（当前）".
  const openedAt = useOpenedAt()
  const loaded = useVersions((s) => readSince(s.views[versionKey(planId, version)], openedAt))
  const view = loaded?.status === 'ready' ? loaded.view : null
  const error = loaded?.status === 'error' ? loaded.error : null
  const [busy, setBusy] = useState(false)
  const complete = planId !== '' && Number.isInteger(version) && version > 0

  const load = () => useVersions.getState().loadVersion(planId, version)
  useEffect(() => {
    if (complete) void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planId, version])

  if (!complete) return <ErrorState message='链接不完整，找不到这个版本' />
  if (error) return <ErrorState message={error} onRetry={() => void load()} />
  if (!view) return <Loading />
  const computed = computeVersion(view)
  if (!computed.ok) return <ErrorState message={computed.message} />

  const restore = async () => {
    const { confirm } = await Taro.showModal({
      title: `恢复第 ${view.version} 版？`,
      content: '它会成为最新版本，现在的版本仍保留在历史版本中。',
      confirmText: '恢复',
    })
    if (!confirm) return
    setBusy(true)
    // The plan as it is now: its rev makes the restore conditional on nothing having changed since.
    await usePlan.getState().open(planId)
    const base = usePlan.getState().plan
    const failed =
      base?.id === planId ? await usePlan.getState().restoreVersion(planId, view.version, base.rev) : '方案加载失败'
    setBusy(false)
    if (failed) void Taro.showToast({ title: failed, icon: 'none' })
    else void Taro.redirectTo({ url: `/packages/plan/detail/index?id=${planId}` })
  }

  return (
    <View className='page plan plan--readonly'>
      <View className='page__title'>{view.name}</View>
      <View className='page__desc readonly-banner'>
        第 {view.version} 版{view.current ? '（当前）' : '（只读）'}· <Whole>{causeLabel(view)}</Whole> ·{' '}
        <DateTime prefix='保存于' ms={view.savedAt} />
      </View>
      {!view.current ? (
        <View className='btn-area'>
          <Button kind='primary' loading={busy} disabled={busy} onClick={() => void restore()}>
            恢复为这个版本
          </Button>
          <Button
            onClick={() => Taro.navigateTo({ url: `/packages/plan/compare/index?id=${planId}&a=${view.version}&b=0` })}
          >
            与当前版本对比
          </Button>
        </View>
      ) : null}
      <Changes changes={changesBetween(view.previous, view)} fromVersion={view.previous?.version ?? null} />
      <PlanView content={computed.content} answers={view.answers} targets={view.targets} />
    </View>
  )
}
