import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Local dev login: the browser profile *is* the user. A request without our cookie gets a fresh
 * random openid, so two profiles (or a private window) are two users and sharing can be tried
 * end to end. It proves nothing about who is at the keyboard: localhost only, never deployed.
 */
export const DEV_COOKIE = 'wp_dev_user'
const DEV_OPENID = /^dev_[A-Za-z0-9_-]{22}$/

export function newDevOpenid(): string {
  return `dev_${randomBytes(16).toString('base64url')}`
}

export function readDevOpenid(req: IncomingMessage): string | null {
  const header = req.headers.cookie
  if (!header) return null
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() !== DEV_COOKIE) continue
    const value = part.slice(eq + 1).trim()
    if (DEV_OPENID.test(value)) return value
  }
  return null
}

export function devCookie(openid: string): string {
  return `${DEV_COOKIE}=${openid}; HttpOnly; SameSite=Lax; Path=/; Max-Age=31536000`
}

/**
 * Signs in a visitor as the page itself arrives. index.html asks for the first screen's data
 * before any script of the app has run (config/early-requests.cjs): without a cookie already in
 * place those requests would each mint their own identity and the last Set-Cookie would win, so a
 * brand-new visitor would start as two users. Called before the page's headers are written.
 */
export function signInOnPage(req: IncomingMessage, res: ServerResponse): void {
  if (!readDevOpenid(req)) res.setHeader('Set-Cookie', devCookie(newDevOpenid()))
}

/**
 * The same for a dev server that serves the page itself (webpack's, with /api proxied here): a
 * connect-style middleware; a browser's page navigation is the GET that accepts HTML.
 */
export function signInOnPageMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  if (req.method === 'GET' && /\btext\/html\b/.test(String(req.headers.accept ?? ''))) signInOnPage(req, res)
  next()
}
