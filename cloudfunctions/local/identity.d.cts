// Types of identity.cjs (plain JS so webpack's dev server config can load it without a compiler).
import type { IncomingMessage, ServerResponse } from 'node:http'

/** The dev-login cookie's name. */
export const DEV_COOKIE: 'wp_dev_user'
/** A fresh random openid of the form dev_<22 base64url characters>. */
export function newDevOpenid(): string
/** The openid of the request's dev-login cookie, or null without a well-formed one. */
export function readDevOpenid(req: IncomingMessage): string | null
/** The Set-Cookie value that signs this openid in for a year. */
export function devCookie(openid: string): string
/** Sets the cookie on a page response when the visitor has none. */
export function signInOnPage(req: IncomingMessage, res: ServerResponse): void
/** signInOnPage as a connect-style middleware, for page navigations (GET accepting HTML) only. */
export function signInOnPageMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void
