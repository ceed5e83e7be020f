import { randomBytes } from 'node:crypto'
import type { ApiError, ApiResult, FieldError } from '@/core'
import { fail } from '@/core'
import type { ActionName, ApiOutput, FunctionName } from '@/core/api'
import type { WeChatPlatform } from '../platform/port'
import type { Store } from '../store/port'

/** Who is calling: decided by the platform (WeChat context or the local dev login), never by the request. */
export interface Caller {
  openid: string
}

export interface HandlerContext {
  store: Store
  /** The one-time subscribe-message template of the review reminder (config/wechat.cjs). */
  reminderTemplateId?: string
  /**
   * Local runtime only: stands in for WeChat recording the consent the owner gave in
   * requestSubscribeMessage, so the fake platform lets exactly that many messages through.
   */
  grantConsent?: (openid: string, templateId: string) => void
  clock: { now(): number }
  /** WeChat's open APIs (content security, subscribe messages, 小程序码); absent where none is wired. */
  platform?: WeChatPlatform
  /** Random bytes; injectable so tests can make ids and tokens predictable. */
  random?: (bytes: number) => Uint8Array
  /** Where unexpected errors go; the caller only ever sees INTERNAL. */
  log?: (message: string, error: unknown) => void
  /** Writes per user per minute; defaults to LIMITS.writesPerMinute. `false` only for tests that measure something else. */
  writesPerMinute?: number | false
}

export type Handler<O = unknown> = (caller: Caller, input: unknown, ctx: HandlerContext) => Promise<ApiResult<O>>

/** A function's handlers, each answering exactly the output the contract (`Api`) promises the client. */
export type HandlersOf<F extends FunctionName> = { [A in ActionName<F>]: Handler<ApiOutput<F, A>> }

export function randomId(ctx: HandlerContext, bytes: number): string {
  const raw = ctx.random ? ctx.random(bytes) : randomBytes(bytes)
  return Buffer.from(raw).toString('base64url')
}

export function invalid(fields: FieldError[]): ApiResult<never> {
  return fail('INVALID_INPUT', { fields })
}

export function prefixed(fields: FieldError[], prefix: string): FieldError[] {
  return fields.map((f) => ({ ...f, path: f.path ? `${prefix}.${f.path}` : prefix }))
}

export function conflict(currentRev: number, extra: Partial<ApiError> = {}): ApiResult<never> {
  return fail('CONFLICT', { currentRev, ...extra })
}

function report(ctx: HandlerContext, name: string, error: unknown): void {
  const log = ctx.log ?? ((message: string, e: unknown) => console.error(message, e))
  try {
    log(`[${name}] unexpected error`, error)
  } catch {
    // a broken logger must not turn INTERNAL into a crash
  }
}

/** Handlers never throw: anything unexpected becomes INTERNAL with a plain message and no stack. */
export function guarded<F extends FunctionName>(name: F, handlers: HandlersOf<F>): HandlersOf<F> {
  const out: Record<string, Handler> = {}
  for (const [action, handler] of Object.entries(handlers as Record<string, Handler>)) {
    out[action] = async (caller, input, ctx) => {
      try {
        return await handler(caller, input, ctx)
      } catch (error) {
        report(ctx, `${name}.${action}`, error)
        return fail('INTERNAL')
      }
    }
  }
  return out as HandlersOf<F>
}
