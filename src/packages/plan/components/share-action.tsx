import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { sharedPath, useShare } from '@/stores/share'
import { Button } from '@/components/button'
import { Phrases } from '@/components/phrases'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * WeChat: the share card (a fresh token for every share, fetched while the card is composed).
 * Browser: a link to open in another profile, since there is no chat to send a card to.
 */
export function ShareAction({ planId, planName }: { planId: string; planName: string }) {
  const [link, setLink] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const createLink = useShare((s) => s.createLink)

  useShareAppMessage(() => {
    const title = `${planName}的微信定位方案`
    const promise = createLink(planId).then((token) => (token ? { title, path: sharedPath(token) } : Promise.reject()))
    // Until the token arrives WeChat holds the card; if it fails, the card opens the home page, never the plan.
    return { title, path: '/pages/home/index', promise }
  })

  const makeLink = async () => {
    setError(null)
    const token = await createLink(planId)
    if (!token) {
      setError('生成分享链接失败，请稍后再试')
      return
    }
    setLink(`${window.location.origin}${window.location.pathname}#${sharedPath(token)}`)
  }

  if (IS_WEAPP) {
    return (
      <Button kind='primary' openType='share'>
        分享给同事
      </Button>
    )
  }
  return (
    <View>
      <Button kind='primary' onClick={() => void makeLink()}>
        分享给同事
      </Button>
      {link ? (
        <View className='share-link'>
          <View className='item__meta'>
            <Phrases text='把这个链接发给同事（只读，可随时撤销）：' />
          </View>
          <Text className='share-link__url' selectable>
            {link}
          </Text>
          <Button onClick={() => void Taro.setClipboardData({ data: link })}>复制链接</Button>
        </View>
      ) : null}
      {error ? (
        <View className='field-error' role='alert'>
          {error}
        </View>
      ) : null}
    </View>
  )
}
