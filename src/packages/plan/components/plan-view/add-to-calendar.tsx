import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CalendarEntry } from '@/core/plan/schema'
import { slotEvent, slotIcs } from '@/core/plan/event'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * "加入日历": WeChat adds the slot to the phone's calendar (wx.addPhoneCalendar, which asks the
 * user itself); a browser downloads an .ics file the phone's calendar opens.
 */
export function AddToCalendar({ entry, planName }: { entry: CalendarEntry; planName: string }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle')
  const add = async () => {
    const ev = slotEvent(entry, planName)
    try {
      if (IS_WEAPP) {
        await Taro.addPhoneCalendar({
          title: ev.title,
          startTime: ev.start,
          endTime: String(ev.end),
          description: ev.description,
          alarm: true,
          alarmOffset: 15 * 60,
        })
      } else {
        const ics = slotIcs(ev, `${entry.date}-${entry.time}-${entry.platform}@weposition`)
        const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }))
        const a = document.createElement('a')
        a.href = url
        a.download = `${entry.date}-发布.ics`
        document.body.appendChild(a)
        a.click()
        a.remove()
        setTimeout(() => URL.revokeObjectURL(url), 1000)
      }
      setState('done')
    } catch {
      // The owner declined the calendar permission, or the download was blocked.
      setState('failed')
    }
  }
  return (
    <View className='calendar-add' role='button' onClick={() => void add()}>
      {state === 'done' ? '已加入日历' : state === 'failed' ? '没加上，再试一次' : '加入日历'}
    </View>
  )
}
