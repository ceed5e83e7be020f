import { useCallback, useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ErrorState, Loading } from '@/components/states'
import { formatDay } from '@/components/format'
import { loadPoster, type PosterData } from '../load'
import { PLATFORM, PosterSurface, envVersion } from './surface'
import './index.scss'

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; poster: PosterData }

/**
 * The 朋友圈 poster of one plan: the business, its positioning line, the three first moves and a
 * code that opens the read-only plan. In WeChat the code is a 小程序码 and the image is saved to
 * the album or shared from WeChat's image menu; in the browser it is a QR code of the share link
 * and the image downloads as a PNG.
 */
export default function PlanPoster() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const [state, setState] = useState<State>({ status: 'loading' })

  const load = useCallback(async () => {
    setState({ status: 'loading' })
    const res = await loadPoster(planId, PLATFORM, envVersion())
    setState(res.ok ? { status: 'ready', poster: res.poster } : { status: 'error', message: res.message })
  }, [planId])

  useEffect(() => {
    if (planId) void load()
  }, [planId, load])

  if (!planId) return <ErrorState message='链接不完整，找不到方案' />
  if (state.status === 'loading') return <Loading text='正在生成海报…' />
  if (state.status === 'error') return <ErrorState message={state.message} onRetry={() => void load()} />

  const { poster } = state
  return (
    <View className='page poster'>
      <View className='page__desc page__desc--lead'>
        {PLATFORM === 'weapp'
          ? '保存到相册后发朋友圈，朋友长按识别小程序码就能查看这份方案（只读）。'
          : '下载图片后发朋友圈，朋友扫码就能打开这份方案（只读）。'}
      </View>
      <PosterSurface poster={poster} />
      <View className='poster__note'>
        海报上的码用的是一个分享链接，{formatDay(poster.expiresAt)}前有效。在方案页「更多 →
        管理分享链接」里撤销它，海报上的码就会失效。
      </View>
    </View>
  )
}
