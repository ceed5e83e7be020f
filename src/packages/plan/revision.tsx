import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { RevisionView } from '@/core/api'
import { call } from '@/api'
import { ErrorState, Loading } from '@/components/states'
import { formatDate } from '@/components/format'
import { PlanView } from './view'
import { Changes } from './changes'

export default function Revision() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const rev = Number(params.rev)
  const [revision, setRevision] = useState<RevisionView | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void call('plan', 'revision', { planId, rev }).then((res) =>
      res.ok ? setRevision(res.data) : setError(res.error.message),
    )
  }, [planId, rev])

  if (error) return <ErrorState message={error} />
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
