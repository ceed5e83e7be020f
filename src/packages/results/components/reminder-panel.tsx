import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro from '@tarojs/taro'
import type { ReminderNotice } from '@/core/api'
import { wechatConfig } from '@/wechat-config'
import { readSince, useOpenedAt } from '@/stores/fresh-reads'
import { useReminders } from '../stores/reminders'

/**
 * The review reminder's one-time subscribe-message template, from the one configuration
 * (config/wechat.cjs: WP_SUBSCRIBE_TEMPLATE_REVIEW, embedded by the weapp build). Unused in H5,
 * where the local runtime's reminders become in-app notices instead of WeChat messages.
 */
const TEMPLATE_ID = wechatConfig.subscribeTemplates.review

/**
 * "复盘时提醒我": WeChat's one-time subscriptions give one message per consent, so the owner can
 * tap again to bank more, and sees how many are banked. requestSubscribeMessage must run in the
 * tap handler itself, before anything else is awaited.
 */
export function ReminderPanel({ planId }: { planId: string }) {
  const openedAt = useOpenedAt()
  const loaded = useReminders((s) => readSince(s.statuses[planId], openedAt))
  // Without a status (loading, or it could not be read) the panel still offers the button.
  const status = loaded?.status === 'ready' ? loaded.view : null
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void useReminders.getState().loadStatus(planId)
  }, [planId])

  const subscribe = async () => {
    setMessage(null)
    if (process.env.TARO_ENV === 'weapp') {
      if (!TEMPLATE_ID) {
        setMessage('复盘提醒还没有配置好，请到复盘日时打开小程序')
        return
      }
      try {
        const res = await Taro.requestSubscribeMessage({ tmplIds: [TEMPLATE_ID], entityIds: [] })
        const answer = (res as unknown as Record<string, string>)[TEMPLATE_ID]
        if (answer !== 'accept') {
          setMessage(answer === 'ban' ? '提醒已被微信屏蔽，请在小程序设置中打开订阅消息' : '没有开启提醒')
          return
        }
      } catch {
        setMessage('没有开启提醒：可以在小程序右上角「设置」中打开订阅消息')
        return
      }
    }
    setBusy(true)
    const res = await useReminders.getState().subscribe(planId)
    setBusy(false)
    setMessage(res.ok ? `好的，复盘日（${res.view.reviewDate}）会提醒你` : res.message)
  }

  return (
    <View className='reminder'>
      <View className='cells__title'>复盘提醒</View>
      <View className='cells reminder__body'>
        <View className='reminder__text'>
          {status && status.banked > 0
            ? `已存 ${status.banked} 次提醒：复盘日（${status.reviewDate}）会提醒你。微信每次授权只能发一条，多点几次可以多存几个季度。`
            : `到复盘日${status ? `（${status.reviewDate}）` : ''}提醒你回来看数据。`}
        </View>
        {status?.last ? <View className='cell__meta'>{status.last.text}</View> : null}
        {message ? (
          <View className='toast-line' role='status'>
            {message}
          </View>
        ) : null}
        <View className='btn-area'>
          <Button loading={busy} onClick={() => void subscribe()}>
            {status && status.banked > 0 ? '再存一次提醒' : '复盘时提醒我'}
          </Button>
        </View>
      </View>
    </View>
  )
}

const NONE: ReminderNotice[] = []

/** In-app notices: reminders the scheduler sent (in H5, the local runtime's outbox). */
export function ReminderNotices() {
  const openedAt = useOpenedAt()
  const items = useReminders((s) => readSince(s.notices, openedAt)?.items ?? NONE)
  useEffect(() => {
    void useReminders.getState().loadNotices()
  }, [])
  if (items.length === 0) return null
  const dismiss = (id: string) => useReminders.getState().dismiss(id)
  return (
    <View className='notices'>
      {items.map((n) => (
        <View className='notice' role='status' key={n.id}>
          <View className='notice__text'>{n.text}</View>
          <Button kind='text' small onClick={() => void dismiss(n.id)}>
            知道了
          </Button>
        </View>
      ))}
    </View>
  )
}
