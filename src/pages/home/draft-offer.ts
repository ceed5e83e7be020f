import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { readLocal } from '@/stores/storage'
import { call } from '@/api'

interface DraftLike {
  answers: Record<string, unknown>
  updatedAt: number
}

function describe(d: DraftLike): string {
  const name = typeof d.answers.name === 'string' && d.answers.name.trim() ? d.answers.name.trim() : '未命名'
  return `${name} · 已填 ${Object.keys(d.answers).length} 项`
}

/** A one-line description of an unfinished new-plan draft (this phone's or the cloud's), or null. */
export function useDraftOffer(): string | null {
  const [offer, setOffer] = useState<string | null>(null)
  useDidShow(() => {
    const local = readLocal<DraftLike>('wp:draft:new')
    if (local && Object.keys(local.answers).length > 0) setOffer(describe(local))
    else setOffer(null)
    void call('draft', 'get', {}).then((res) => {
      if (
        res.ok &&
        res.data &&
        Object.keys(res.data.answers).length > 0 &&
        (!local || res.data.updatedAt > local.updatedAt)
      ) {
        setOffer(describe(res.data))
      }
    })
  })
  return offer
}
