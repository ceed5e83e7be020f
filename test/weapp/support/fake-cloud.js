/**
 * The cloud as `wx.cloud.callFunction` sees it in these tests: records every call and answers with
 * the envelopes our functions return (`{ ok: true, data }` / `{ ok: false, error }`), wrapped the
 * way WeChat wraps them (`{ result, errMsg, requestID }`).
 */
function createFakeCloud() {
  const calls = []
  const handlers = new Map()
  let draftVersion = 0
  let planSeq = 0

  const ok = (data) => ({ ok: true, data })
  const fail = (code, message) => ({ ok: false, error: { code, message } })

  const defaults = {
    'plan.list': () => ok({ items: [], nextCursor: null }),
    'plan.create': (input) => {
      planSeq += 1
      const now = Date.now()
      const name = input && input.answers && input.answers.name
      return ok({ id: `plan_${planSeq}`, name, rev: 1, createdAt: now, updatedAt: now })
    },
    'plan.get': (input) => fail('NOT_FOUND', `fake cloud has no plan ${input && input.planId}`),
    'draft.get': () => ok(null),
    'draft.save': () => {
      draftVersion += 1
      return ok({ version: draftVersion, updatedAt: Date.now() })
    },
    'draft.discard': () => ok({ discarded: true }),
  }

  const cloud = {
    calls,
    inited: [],
    /** Replaces the answer of `fn.action`: a function of the input, or a fixed envelope. */
    on(key, handler) {
      handlers.set(key, typeof handler === 'function' ? handler : () => handler)
      return cloud
    },
    callsTo(key) {
      return calls.filter((c) => `${c.name}.${c.action}` === key)
    },
    /** The `wx.cloud` object the mini program sees. */
    api: {
      init(opts) {
        cloud.inited.push(opts || {})
      },
      callFunction(opts) {
        const { name, data = {} } = opts || {}
        const call = {
          name,
          action: data.action,
          input: JSON.parse(JSON.stringify(data.input === undefined ? null : data.input)),
        }
        calls.push(call)
        const key = `${name}.${data.action}`
        const handler = handlers.get(key) || defaults[key]
        // A handler may answer later (a promise): a test can hold an answer until the page is ready.
        const promise = new Promise((resolve) => setTimeout(resolve, 0))
          .then(() => (handler ? handler(call.input, call) : fail('INTERNAL', `fake cloud: no function ${key}`)))
          .then((result) => ({ result, errMsg: 'cloud.callFunction:ok', requestID: `req_${calls.length}` }))
        if (
          typeof opts.success === 'function' ||
          typeof opts.fail === 'function' ||
          typeof opts.complete === 'function'
        ) {
          promise.then(
            (res) => {
              if (opts.success) opts.success(res)
              if (opts.complete) opts.complete(res)
            },
            (e) => {
              if (opts.fail) opts.fail(e)
              if (opts.complete) opts.complete(e)
            },
          )
          return undefined
        }
        return promise
      },
    },
  }
  return cloud
}

module.exports = { createFakeCloud }
