import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { shortPath, sourceFiles, SRC } from './support/source-files'

// Issue 13: dates and day counts the owner reads (最近删除's days left, the draft that counts as
// newer, the 复盘日, the preview's calendar) are on the server's clock — serverNow() in
// src/api/server-clock.ts — so a phone whose clock is off never contradicts the server. Reading the
// phone's clock directly in the app's screens and stores is flagged here; the check is textual on
// purpose (simple to read), and an allowed use is settled below with its reason, in the open.
const ROOTS = ['pages', 'packages', 'stores', 'components'].map((d) => join(SRC, d))

/**
 * Files that may read the phone's clock, each with why. An entry that no longer matches fails the
 * test, so the list stays exact.
 */
const ALLOWED: Record<string, string> = {
  // Only the time elapsed since the scroll started (a deadline for waiting on a page's layout box):
  // a difference of two readings of the same clock, never shown and never compared with a server time.
  'components/scroll.ts': 'measures elapsed time only',
}

/** Comments may name the phone's clock (to say why it is not used): they do not count. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

/**
 * True when the code reads the phone's clock: `Date.now()`, `new Date()` / `new Date` without an
 * argument, or `Date()` called as a function. `new Date(ms)` only converts a time it was given.
 */
export function readsPhoneClock(code: string): boolean {
  const c = withoutComments(code)
  return (
    /\bDate\s*\.\s*now\b/.test(c) ||
    /\bnew\s+Date\s*\(\s*\)/.test(c) ||
    /\bnew\s+Date\b(?!\s*\()/.test(c) ||
    /(^|[^.\w])Date\s*\(/m.test(c.replace(/\bnew\s+Date\s*\(/g, ''))
  )
}

describe('screens and stores read the server’s clock (issue 13)', () => {
  test('the check catches each way of reading the phone’s clock and lets conversions pass', () => {
    expect(readsPhoneClock('const now = Date.now()')).toBe(true)
    expect(readsPhoneClock('const today = new Date().setHours(0, 0, 0, 0)')).toBe(true)
    expect(readsPhoneClock('const d = new Date;')).toBe(true)
    expect(readsPhoneClock('const s = Date()')).toBe(true)
    expect(readsPhoneClock('const year = new Date(serverNow()).getFullYear()')).toBe(false)
    expect(readsPhoneClock('const d = new Date(ms)\nconst t = d.getDate()')).toBe(false)
    expect(readsPhoneClock('// not Date.now(): the server decides\nconst now = serverNow()')).toBe(false)
    expect(readsPhoneClock('/** new Date() would be the phone */ const now = serverNow()')).toBe(false)
  })

  test('no page, subpackage, store or component reads the phone’s clock outside the allow-list', () => {
    const found = ROOTS.flatMap((root) => sourceFiles(root))
      .filter((path) => readsPhoneClock(readFileSync(path, 'utf8')))
      .map((path) => shortPath(path))
    expect(found.filter((f) => !(f in ALLOWED))).toEqual([])
    expect(Object.keys(ALLOWED).filter((f) => !found.includes(f))).toEqual([])
  })
})
