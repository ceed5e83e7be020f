import * as cloud from 'wx-server-sdk'
import type { ApiResult } from '@/core'
import type { FunctionName } from '@/core/api'
import { dispatch } from '../handlers'
import type { HandlerContext } from '../handlers'
import { createCloudDbStore } from '../store/clouddb'
import type { WxDatabase } from '../store/clouddb'

/**
 * What every WeChat cloud function entry does: the caller is `OPENID` from the WeChat context
 * (the platform vouches for it), never anything in the event; storage is the cloud database.
 * Module scope runs once per warm instance, so the SDK and store are set up once.
 */
export function makeMain(fn: FunctionName): (event: unknown) => Promise<ApiResult<unknown>> {
  // DYNAMIC_CURRENT_ENV (a symbol) means "the env this function is deployed in"; the SDK's own
  // typings only admit strings, hence the cast.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  const store = createCloudDbStore(cloud.database() as unknown as WxDatabase)
  const ctx: HandlerContext = { store, clock: { now: () => Date.now() } }
  return async (event) => {
    const { OPENID } = cloud.getWXContext()
    return dispatch(fn, { openid: OPENID ?? '' }, event, ctx)
  }
}
