import * as v from 'valibot'
import type { ApiResult } from '@/core'
import { fail } from '@/core'
import { LIMITS, TEXT_MESSAGES, inspectRequest, isWrite, toFieldErrors } from '@/core/api'
import type { ActionName, FunctionName } from '@/core/api'
import type { Caller, Handler, HandlerContext } from './context'
import { copyHandlers } from './copy'
import { draftHandlers } from './draft'
import { planHandlers } from './plan'
import { reminderHandlers } from './reminder'
import { resultsHandlers } from './results'
import { shareHandlers } from './share'

export const HANDLERS: { [F in FunctionName]: Record<ActionName<F>, Handler<unknown>> } = {
  plan: planHandlers,
  draft: draftHandlers,
  share: shareHandlers,
  copy: copyHandlers,
  results: resultsHandlers,
  reminder: reminderHandlers,
}

const eventSchema = v.object(
  {
    action: v.pipe(v.string('请指定操作'), v.minLength(1, '请指定操作'), v.maxLength(64, '操作名称不正确')),
    // Absent input is fine for actions whose input is optional (plan.list, draft.get).
    input: v.optional(v.unknown()),
  },
  '请求格式不正确',
)

const callerSchema = v.object({ openid: v.pipe(v.string(), v.minLength(1), v.maxLength(128)) })

function own<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  // hasOwnProperty, not `in`: an action named "constructor" or "__proto__" must not reach Object's.
  return Object.prototype.hasOwnProperty.call(table, key)
}

const WINDOW_MS = 60_000

/** Every call is billed in WeChat: one user's writes are capped per minute, on either adapter. */
async function rateLimited(openid: string, ctx: HandlerContext): Promise<ApiResult<never> | null> {
  const max = ctx.writesPerMinute ?? LIMITS.writesPerMinute
  if (max === false) return null
  const now = ctx.clock.now()
  const writes = await ctx.store.usage.hit(openid, now - (now % WINDOW_MS))
  if (writes <= max) return null
  const wait = Math.max(1, Math.ceil((WINDOW_MS - (now % WINDOW_MS)) / 1000))
  return fail('RATE_LIMITED', { message: `操作太频繁了，请 ${wait} 秒后再试` })
}

/**
 * One entry point for the WeChat functions and the local runtime: picks the handler for
 * `event.action` of function `fn`, after checking there is a caller at all.
 */
export async function dispatch(
  fn: string,
  caller: Caller,
  event: unknown,
  ctx: HandlerContext,
): Promise<ApiResult<unknown>> {
  try {
    if (!own(HANDLERS, fn)) return fail('NOT_FOUND', { message: '没有这个接口' })
    if (!v.is(callerSchema, caller)) return fail('UNAUTHENTICATED')
    // Depth, size and text first, before any other work looks at the request.
    const inspected = inspectRequest(event)
    if (!inspected.ok) {
      const fields = inspected.errors.map((e) => ({ ...e, path: e.path.replace(/^input\.?/, '') }))
      const tooLarge = fields.some((f) => f.code === 'TOO_LARGE' && f.message === TEXT_MESSAGES.large)
      return tooLarge
        ? fail('LIMIT_EXCEEDED', { message: TEXT_MESSAGES.large, fields })
        : fail('INVALID_INPUT', { fields })
    }
    const parsed = v.safeParse(eventSchema, inspected.value)
    if (!parsed.success) return fail('INVALID_INPUT', { fields: toFieldErrors(parsed.issues) })
    const table: Record<string, Handler> = HANDLERS[fn]
    const { action, input } = parsed.output
    if (!own(table, action)) {
      return fail('INVALID_INPUT', { fields: [{ path: 'action', code: 'NOT_AN_OPTION', message: '没有这个操作' }] })
    }
    if (isWrite(fn, action)) {
      const limited = await rateLimited(caller.openid, ctx)
      if (limited) return limited
    }
    const handler = table[action] as Handler
    return await handler({ openid: caller.openid }, input, ctx)
  } catch (error) {
    try {
      ;(ctx.log ?? console.error)(`[${fn}] unexpected error`, error)
    } catch {
      // ignore: the answer is INTERNAL either way
    }
    return fail('INTERNAL')
  }
}
