import * as cloud from 'wx-server-sdk'
import type { ApiEnvelope, ApiResult } from '@/core'
import { fail, ok } from '@/core'
import type { FunctionName } from '@/core/api'
import { dispatch, purgeExpiredPlans } from '../handlers'
import type { HandlerContext, PurgeReport } from '../handlers'
import { migrateStore } from '../store/migrate'
import type { MigrationReport } from '../store/migrate'
import { createCloudDbStore } from '../store/clouddb'
import { createWeChatPlatform } from '../platform/wechat'
import type { OpenApiCalls } from '../platform/wechat'
import type { WxDatabase } from '../store/clouddb'
import { wechatConfig } from '@/wechat-config'

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
  // cloud.openapi is untyped in the SDK; the port names the calls we make (see platform/wechat.ts).
  const platform = createWeChatPlatform(cloud.openapi as unknown as OpenApiCalls)
  return {
    store,
    platform,
    // The one configuration (config/wechat.cjs), embedded by the function bundler.
    reminderTemplateId: wechatConfig.subscribeTemplates.review,
    clock: { now: () => Date.now() },
  }
}

export { setUp as setUpCloudContext }

export type MaintenanceReport = PurgeReport & { migration: MigrationReport }

export function makeMain(fn: FunctionName): (event: unknown) => Promise<ApiEnvelope<unknown>> {
  const ctx = setUp()
  return async (event) => {
    const { OPENID } = cloud.getWXContext()
    const result = await dispatch(fn, { openid: OPENID ?? '' }, event, ctx)
    // The phone reads dates against the server's clock, not its own (src/api/server-clock.ts).
    return { ...result, now: ctx.clock.now() }
  }
}

/** WeChat's SOURCE for a run started by the function's own timer trigger (and by nothing else). */
export const TIMER_SOURCE = 'wx_trigger'

/**
 * The `maintenance` function: run by its timer trigger (config.json), never by anyone else.
 * WeChat sets SOURCE from how the run was started — `wx_trigger` for the timer, `wx_client`,
 * `wx_http`, `wx_devtools`, `…,scf` for a call from the mini program, the HTTP API, the IDE or
 * another function — and the caller cannot set it, so only an exact `wx_trigger` without any
 * user identity runs. Everything else is FORBIDDEN before anything is read. The event is
 * ignored: `{Type: 'Timer'}` can be forged, SOURCE cannot.
 */
export function makeMaintenanceMain(): (event: unknown) => Promise<ApiResult<MaintenanceReport>> {
  const ctx = setUp()
  return async () => {
    const { OPENID, FROM_OPENID, SOURCE } = cloud.getWXContext() as {
      OPENID?: string
      FROM_OPENID?: string
      SOURCE?: string
    }
    if (OPENID || FROM_OPENID || SOURCE !== TIMER_SOURCE) return fail('FORBIDDEN')
    try {
      // Plans stored before compact versions first (reads migrate them too; this finishes the rest).
      const migration = await migrateStore(ctx.store)
      const purge = await purgeExpiredPlans(ctx)
      // Timer results go nowhere but the function's log: this line is the run's record.
      console.log('[maintenance]', JSON.stringify({ migration, purge }))
      return ok({ ...purge, migration })
    } catch (error) {
      console.error('[maintenance] purge failed', error)
      return fail('INTERNAL')
    }
  }
}
