import * as cloud from 'wx-server-sdk'
import type { ApiResult } from '@/core'
import { fail, ok } from '@/core'
import { sendDueReminders } from '../../handlers'
import type { ReminderRunReport } from '../../handlers'
import { setUpCloudContext } from '../entry'

/**
 * The `reminders` function: run hourly by its timer (config.json, which also grants
 * `subscribeMessage.send`), never by a user — like `maintenance`, any call carrying an OPENID is
 * refused before anything is read. The template id comes from the WP_REVIEW_TEMPLATE_ID
 * environment variable of the function.
 */
const ctx = setUpCloudContext()

export async function main(): Promise<ApiResult<ReminderRunReport>> {
  const { OPENID, FROM_OPENID } = cloud.getWXContext()
  if (OPENID || FROM_OPENID) return fail('FORBIDDEN')
  if (!ctx.reminders || !ctx.platform) return fail('INTERNAL')
  try {
    const report = await sendDueReminders({
      store: ctx.store,
      reminders: ctx.reminders,
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
