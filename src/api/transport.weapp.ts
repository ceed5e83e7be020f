import Taro from '@tarojs/taro'
import { fail, type ApiEnvelope } from '@/core/errors'
import { wechatConfig } from '@/wechat-config'
import { asApiResult } from './envelope'

let initialised = false

function ensureCloud(): void {
  if (initialised) return
  // The env id comes from the one configuration (WP_CLOUD_ENV), so one build targets one env;
  // unset, WeChat picks the account's default environment.
  Taro.cloud.init({ env: wechatConfig.cloudEnv || undefined, traceUser: true })
  initialised = true
}

/** In WeChat the caller's identity travels with the call; the function reads OPENID itself. */
export async function invoke(fn: string, action: string, input: unknown): Promise<ApiEnvelope<unknown>> {
  ensureCloud()
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: { action, input } })
    return asApiResult(res.result)
  } catch {
    return fail('NETWORK')
  }
}
