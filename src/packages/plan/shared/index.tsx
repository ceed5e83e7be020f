import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useShare } from '@/stores/share'
import { Empty, ErrorState, Loading } from '@/components/states'
import { Button } from '@/components/button'
import { PlanView } from '../components/plan-view'
import { COLLEAGUE_VOICE } from '../components/voice'
import { AboutPlan } from './about'
import { DateTime } from '@/components/date-time'
import { Phrases } from '@/components/phrases'

const DEAD_LINK: Record<string, string> = {
  SHARE_REVOKED: '分享人已撤销这个链接',
  SHARE_EXPIRED: '这个分享链接已过期',
  NOT_FOUND: '这个分享链接无效',
  // A hand-typed or cut-off token fails the format check: to the reader it is just as invalid.
  INVALID_INPUT: '这个分享链接无效',
}

/** A hand-mangled link ("%E4%") must show "invalid link", not crash the page. */
function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/** What a colleague sees from a share card: read-only, with "save a copy". */
export default function Shared() {
  const { params } = useRouter()
  const token = safeDecode(params.token ?? params.scene ?? '')
  const { shared, sharedStatus, sharedError, openShared, copy } = useShare()
  const [copying, setCopying] = useState(false)
  const [copyError, setCopyError] = useState<string | null>(null)

  useEffect(() => {
    if (token) void openShared(token)
  }, [token, openShared])

  const home = () => Taro.reLaunch({ url: '/pages/home/index' })
  if (!token) return <Empty title='这个分享链接无效' action={<Button onClick={home}>去我的方案</Button>} />
  if (sharedStatus === 'error' && sharedError) {
    const title = DEAD_LINK[sharedError.code]
    if (title) {
      return (
        <Empty
          title={title}
          desc={<Phrases text='请向分享人索取新的链接。也可以去「我的方案」，为自己的企业做一份。' />}
          action={
            <Button kind='primary' onClick={home}>
              去我的方案
            </Button>
          }
        />
      )
    }
    const message = sharedError.code === 'NETWORK' ? '网络不可用，请联网后重试' : sharedError.message
    return <ErrorState message={message} onRetry={() => void openShared(token)} />
  }
  if (!shared) return <Loading />

  const saveCopy = async () => {
    setCopying(true)
    setCopyError(null)
    const res = await copy(token)
    setCopying(false)
    if ('id' in res) {
      void Taro.showToast({ title: '已保存到我的方案', icon: 'success' })
      void Taro.redirectTo({ url: `/packages/plan/detail/index?id=${encodeURIComponent(res.id)}` })
    } else setCopyError(res.error)
  }

  return (
    <View className='page plan plan--readonly'>
      <View className='page__title'>{shared.name}分享给你的方案</View>
      <View className='page__desc readonly-banner'>
        只读 · 第 {shared.version} 版 · <DateTime prefix='更新于' ms={shared.updatedAt} />
      </View>
      <AboutPlan name={shared.name} answers={shared.answers} />
      <PlanView
        content={shared.content}
        answers={shared.answers}
        targets={shared.targets}
        voice={COLLEAGUE_VOICE}
        checks={{ token }}
      />
      <View className='btn-area'>
        <Button kind='primary' loading={copying} disabled={copying} onClick={() => void saveCopy()}>
          保存副本到我的方案
        </Button>
        <View className='toast-line'>副本会以「{shared.name}（副本）」出现在你的方案里，之后可以自己修改。</View>
        {copyError ? (
          <View className='field-error' role='alert'>
            {copyError}
          </View>
        ) : null}
      </View>
    </View>
  )
}
