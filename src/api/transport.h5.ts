import { fail, type ApiEnvelope } from '@/core/errors'
import { asApiResult } from './envelope'

/**
 * In the browser there is no Taro.cloud: calls go to the local cloud runtime, which mounts the
 * same handlers. The dev-login cookie it sets is the caller's identity.
 */
export async function invoke(fn: string, action: string, input: unknown): Promise<ApiEnvelope<unknown>> {
  let res: Response
  try {
    res = await fetch(`/api/${encodeURIComponent(fn)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ action, input }),
    })
  } catch {
    return fail('NETWORK')
  }
  try {
    return asApiResult(await res.json())
  } catch {
    return fail('INTERNAL')
  }
}
