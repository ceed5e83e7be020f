/**
 * A small fake of the cloud behind `@/api/transport`'s `invoke`: it records every call and answers
 * with handlers tests install per `fn.action`. Use it at the module boundary:
 *
 *   jest.mock('@/api/transport', () => jest.requireActual<typeof import('./support/fake-api')>('./support/fake-api').transport)
 *
 * Unhandled calls get plausible defaults for the draft function (no cloud draft yet, saves
 * succeed) and an INTERNAL error for everything else, so a test notices a call it did not expect.
 */
import type { ApiEnvelope, ApiResult, ErrorCode, FieldError } from '@/core/errors'

export interface Call {
  fn: string
  action: string
  input: any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A handler may add the server's clock (`now`) to its answer, as the real entries do. */
type Handler = (input: any, call: Call) => ApiEnvelope<unknown> | Promise<ApiEnvelope<unknown>> // eslint-disable-line @typescript-eslint/no-explicit-any

export const ok = <T>(data: T): ApiResult<T> => ({ ok: true, data })
export const err = (
  code: ErrorCode,
  message = `fake ${code}`,
  extra: { fields?: FieldError[]; [k: string]: unknown } = {},
): ApiResult<never> => ({
  ok: false,
  error: { code, message, ...extra },
})

class FakeCloud {
  calls: Call[] = []
  private handlers = new Map<string, Handler>()
  private queued = new Map<string, ApiResult<unknown>[]>()
  private draftVersion = 0

  /** Answers `fn.action` with a fixed result or a function of the input. */
  on(key: string, handler: Handler | ApiResult<unknown>): this {
    this.handlers.set(key, typeof handler === 'function' ? handler : () => handler)
    return this
  }

  /** Answers the next call of `fn.action` with `result`, before any handler; queued in order. */
  once(key: string, result: ApiResult<unknown>): this {
    const queue = this.queued.get(key) ?? []
    queue.push(result)
    this.queued.set(key, queue)
    return this
  }

  callsTo(key: string): Call[] {
    return this.calls.filter((c) => `${c.fn}.${c.action}` === key)
  }

  reset(): void {
    this.calls = []
    this.handlers.clear()
    this.queued.clear()
    this.draftVersion = 0
  }

  invoke = async (fn: string, action: string, input: unknown): Promise<ApiEnvelope<unknown>> => {
    // The real transports serialize the input: so does the fake, so later mutation cannot leak in.
    const call: Call = { fn, action, input: input === undefined ? undefined : JSON.parse(JSON.stringify(input)) }
    this.calls.push(call)
    await Promise.resolve()
    const next = this.queued.get(`${fn}.${action}`)?.shift()
    if (next) return next
    const handler = this.handlers.get(`${fn}.${action}`)
    if (handler) return handler(call.input, call)
    switch (`${fn}.${action}`) {
      case 'draft.get':
        return ok(null)
      case 'draft.save':
        this.draftVersion += 1
        return ok({ version: this.draftVersion, updatedAt: Date.now() })
      case 'draft.discard':
        return ok({ discarded: true })
      // A plan's compliance section lists its saved copy checks; none unless a test says so.
      case 'copy.list':
        return ok({ items: [], max: 20 })
      default:
        return err('INTERNAL', `fake cloud: no handler for ${fn}.${action}`)
    }
  }
}

export const cloud = new FakeCloud()

/** The module that replaces `@/api/transport`. */
export const transport = { invoke: (fn: string, action: string, input: unknown) => cloud.invoke(fn, action, input) }
