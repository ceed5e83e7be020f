import * as v from 'valibot'
import type { ApiResult } from '@/core'
import { fail } from '@/core'
import { toFieldErrors } from '@/core/api'
import type { ActionName, FunctionName } from '@/core/api'
import type { Caller, Handler, HandlerContext } from './context'
import { draftHandlers } from './draft'
import { planHandlers } from './plan'
import { reminderHandlers } from './reminder'
import { resultsHandlers } from './results'
import { shareHandlers } from './share'

export const HANDLERS: { [F in FunctionName]: Record<ActionName<F>, Handler> } = {
  plan: planHandlers,
  draft: draftHandlers,
  share: shareHandlers,
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
    const parsed = v.safeParse(eventSchema, event)
    if (!parsed.success) return fail('INVALID_INPUT', { fields: toFieldErrors(parsed.issues) })
    const table: Record<string, Handler> = HANDLERS[fn]
    const { action, input } = parsed.output
    if (!own(table, action)) {
      return fail('INVALID_INPUT', { fields: [{ path: 'action', code: 'NOT_AN_OPTION', message: '没有这个操作' }] })
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
