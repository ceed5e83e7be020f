import * as cloud from 'wx-server-sdk'
import type { ApiResult } from '@/core'
import { fail, ok } from '@/core'
import type { FunctionName } from '@/core/api'
import { dispatch, purgeExpiredPlans } from '../handlers'
import type { HandlerContext, PurgeReport } from '../handlers'
import { createCloudDbStore } from '../store/clouddb'
import type { WxDatabase } from '../store/clouddb'
import { createCloudDbResultsStore } from '../store/results-clouddb'
import { createCloudDbReminderStore } from '../store/reminders-clouddb'
import { createWeChatPlatform } from '../platform'
import type { OpenApiCalls } from '../platform'

/**
 * What every WeChat cloud function entry does: the caller is `OPENID` from the WeChat context
 * (the platform vouches for it), never anything in the event; storage is the cloud database.
 * Module scope runs once per warm instance, so the SDK and store are set up once.
 */
function setUp(): HandlerContext {
  // DYNAMIC_CURRENT_ENV (a symbol) means "the env this function is deployed in"; the SDK's own
  // typings only admit strings, hence the cast.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  const db = cloud.database() as unknown as WxDatabase
  const store = createCloudDbStore(db)
  return {
    store,
    results: createCloudDbResultsStore(db),
    reminders: createCloudDbReminderStore(db),
    platform: createWeChatPlatform(cloud.openapi as unknown as OpenApiCalls),
    // Configuration: the review reminder's one-time template (set in the function's environment).
    reminderTemplateId: process.env.WP_REVIEW_TEMPLATE_ID,
    clock: { now: () => Date.now() },
  }
}

export { setUp as setUpCloudContext }

export function makeMain(fn: FunctionName): (event: unknown) => Promise<ApiResult<unknown>> {
  const ctx = setUp()
  return async (event) => {
    const { OPENID } = cloud.getWXContext()
    return dispatch(fn, { openid: OPENID ?? '' }, event, ctx)
  }
}

/**
 * The `maintenance` function: run by its timer trigger (config.json), never by a user. A timer
 * invocation carries no OPENID (SOURCE is wx_trigger) while every call from the mini program
 * carries the user's, so any user identity — ours or a cross-account caller's — is refused
 * before anything is read. The event is ignored: a client could forge `{Type: 'Timer'}`, it
 * cannot forge the absence of an OPENID.
 */
export function makeMaintenanceMain(): (event: unknown) => Promise<ApiResult<PurgeReport>> {
  const ctx = setUp()
  return async () => {
    const { OPENID, FROM_OPENID } = cloud.getWXContext()
    if (OPENID || FROM_OPENID) return fail('FORBIDDEN')
    try {
      const report = await purgeExpiredPlans(ctx)
      // Timer results go nowhere but the function's log: this line is the run's record.
      console.log('[maintenance] purge', JSON.stringify(report))
      return ok(report)
    } catch (error) {
      console.error('[maintenance] purge failed', error)
      return fail('INTERNAL')
    }
  }
}
