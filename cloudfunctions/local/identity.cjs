// Local dev login: the browser profile *is* the user. A request without our cookie gets a fresh
// random openid, so two profiles (or a private window) are two users and sharing can be tried end
// to end. It proves nothing about who is at the keyboard: localhost only, never deployed.
//
// Plain CommonJS (types in identity.d.cts) because two sides must share this one definition of
// the cookie: the local runtime (TypeScript, cloudfunctions/local/server.ts) and webpack's dev
// server of `npm start` (config/index.ts), whose config loader compiles TypeScript only inside
// config/.
const { randomBytes } = require('node:crypto')

const DEV_COOKIE = 'wp_dev_user'
const DEV_OPENID = /^dev_[A-Za-z0-9_-]{22}$/

function newDevOpenid() {
  return `dev_${randomBytes(16).toString('base64url')}`
}

function readDevOpenid(req) {
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

function devCookie(openid) {
  return `${DEV_COOKIE}=${openid}; HttpOnly; SameSite=Lax; Path=/; Max-Age=31536000`
}

/**
 * Signs in a visitor as the page itself arrives. index.html asks for the first screen's data
 * before any script of the app has run (config/early-requests.cjs): without a cookie already in
 * place those requests would each mint their own identity and the last Set-Cookie would win, so a
 * brand-new visitor would start as two users. Called before the page's headers are written.
 */
function signInOnPage(req, res) {
  if (!readDevOpenid(req)) res.setHeader('Set-Cookie', devCookie(newDevOpenid()))
}

/**
 * The same for a dev server that serves the page itself (webpack's under `npm start`, with /api
 * proxied to the local runtime): a connect-style middleware; a browser's page navigation is the
 * GET that accepts HTML.
 */
function signInOnPageMiddleware(req, res, next) {
  if (req.method === 'GET' && /\btext\/html\b/.test(String(req.headers.accept ?? ''))) signInOnPage(req, res)
  next()
}

module.exports = { DEV_COOKIE, newDevOpenid, readDevOpenid, devCookie, signInOnPage, signInOnPageMiddleware }
