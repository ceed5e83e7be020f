import * as cloud from 'wx-server-sdk'
import type { ApiResult } from '@/core'
import { fail, ok } from '@/core'
import { sendDueReminders } from '../../handlers'
import type { ReminderRunReport } from '../../handlers'
import { TIMER_SOURCE, setUpCloudContext } from '../entry'

/**
 * The `reminders` function: run hourly by its timer (config.json, which also grants
 * `subscribeMessage.send`), never by a user — like `maintenance`, any call carrying an OPENID is
 * refused before anything is read, and so is any run its timer did not start. The template id comes from the one configuration
 * (config/wechat.cjs, WP_SUBSCRIBE_TEMPLATE_REVIEW), embedded when the function is bundled.
 */
const ctx = setUpCloudContext()

export async function main(): Promise<ApiResult<ReminderRunReport>> {
  const { OPENID, FROM_OPENID, SOURCE } = cloud.getWXContext() as {
    OPENID?: string
    FROM_OPENID?: string
    SOURCE?: string
  }
  // Only its own timer may run it (see makeMaintenanceMain: SOURCE cannot be forged).
  if (OPENID || FROM_OPENID || SOURCE !== TIMER_SOURCE) return fail('FORBIDDEN')
  if (!ctx.platform) return fail('INTERNAL')
  try {
    const report = await sendDueReminders({
      store: ctx.store,
      platform: ctx.platform,
      clock: ctx.clock,
      reminderTemplateId: ctx.reminderTemplateId,
    })
    console.log('[reminders] run', JSON.stringify(report))
    return ok(report)
  } catch (error) {
    console.error('[reminders] run failed', error)
    return fail('INTERNAL')
  }
}
