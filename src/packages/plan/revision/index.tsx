import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { RevisionView } from '@/core/api'
import { call } from '@/api'
import { ErrorState, Loading } from '@/components/states'
import { formatDate } from '@/components/format'
import { PlanView } from '../components/plan-view'
import { Changes } from '../components/changes'

export default function Revision() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const rev = Number(params.rev)
  const [revision, setRevision] = useState<RevisionView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const complete = planId !== '' && Number.isInteger(rev) && rev > 0

  const load = async () => {
    setError(null)
    const res = await call('plan', 'revision', { planId, rev })
    if (res.ok) setRevision(res.data)
    else setError(res.error.message)
  }
  useEffect(() => {
    if (complete) void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planId, rev])

  if (!complete) return <ErrorState message='链接不完整，找不到这个版本' />
  if (error) return <ErrorState message={error} onRetry={() => void load()} />
  if (!revision) return <Loading />
  return (
    <View className='page plan plan--readonly'>
      <View className='page__title'>{revision.name}</View>
      <View className='page__desc readonly-banner'>
        第 {revision.rev} 版（只读）· 保存于 {formatDate(revision.savedAt)}
      </View>
      <Changes changes={revision.changes} fromRev={revision.changesFromRev} />
      <PlanView content={revision.content} answers={revision.answers} targets={revision.targets} />
    </View>
  )
}
