// H5 only: the answers to the calls index.html sent before the app's code arrived
// (config/early-requests.cjs writes that script and says why).

/** Where the script leaves its pending answers, keyed by "<fn> <body>". */
const PENDING = '__wpEarlyRequests'

type PendingRequests = Record<string, Promise<Response> | undefined>

/** What the transport sends for a call; an early request counts only if it sent the same bytes. */
export function requestBody(action: string, input: unknown): string {
  return JSON.stringify({ action, input })
}

/** The hash route of an H5 address (hash router): "" for the app's start, else "pages/…/index". */
export function hashRoute(hash: string): string {
  return hash.replace(/^#\/?/, '').split('?')[0]
}

/**
 * The answer to an early request with exactly this function and body, once: a second identical
 * call (coming back to the page, a pull to refresh) asks the server again.
 */
export function takeEarlyResponse(fn: string, body: string): Promise<Response> | undefined {
  // Written only by the script in index.html, on this page.
  const pending = (globalThis as { [PENDING]?: PendingRequests })[PENDING]
  if (!pending) return undefined
  const key = `${fn} ${body}`
  const response = pending[key]
  delete pending[key]
  return response
}
