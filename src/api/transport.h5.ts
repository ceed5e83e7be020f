import { fail, type ApiEnvelope } from '@/core/errors'
import { asApiResult } from './envelope'
import { requestBody, takeEarlyResponse } from './early-requests'

/**
 * In the browser there is no Taro.cloud: calls go to the local cloud runtime, which mounts the
 * same handlers. The dev-login cookie it sets is the caller's identity.
 */
export async function invoke(fn: string, action: string, input: unknown): Promise<ApiEnvelope<unknown>> {
  const body = requestBody(action, input)
  let res: Response
  try {
    // The first screen's calls may already be under way, sent by index.html (early-requests.ts).
    res = await (takeEarlyResponse(fn, body) ??
      fetch(`/api/${encodeURIComponent(fn)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body,
      }))
  } catch {
    return fail('NETWORK')
  }
  try {
    return asApiResult(await res.json())
  } catch {
    return fail('INTERNAL')
  }
}
