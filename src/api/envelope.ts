import { fail, type ApiEnvelope } from '@/core/errors'

/** A response we did not produce ourselves is treated as a server fault, never trusted. */
export function asApiResult(body: unknown): ApiEnvelope<unknown> {
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    const ok = (body as { ok: unknown }).ok
    if (ok === true && 'data' in body) return body as ApiEnvelope<unknown>
    if (ok === false && typeof (body as { error?: { code?: unknown } }).error?.code === 'string') {
      return body as ApiEnvelope<unknown>
    }
  }
  return fail('INTERNAL')
}
