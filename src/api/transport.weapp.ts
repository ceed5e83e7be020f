import Taro from '@tarojs/taro'
import { fail, type ApiResult } from '@/core/errors'
import { asApiResult } from './envelope'

let initialised = false

function ensureCloud(): void {
  if (initialised) return
  // DYNAMIC_CURRENT_ENV would also work here; an explicit env id lets one build target staging.
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
  initialised = true
}

/** In WeChat the caller's identity travels with the call; the function reads OPENID itself. */
export async function invoke(fn: string, action: string, input: unknown): Promise<ApiResult<unknown>> {
  ensureCloud()
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: { action, input } })
    return asApiResult(res.result)
  } catch {
    return fail('NETWORK')
  }
}
