import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { shortPath, sourceFiles, SRC } from './support/source-files'

// Issue 13: pages read server data through stores (src/stores, or a subpackage's stores folder)
// and select slices; a page or component that imports `call` and also keeps React state or
// effects is most likely loading server data by hand. The check is textual on purpose: simple to
// read, and a false alarm is settled below with a reason, in the open.
const ROOTS = ['pages', 'packages'].map((d) => join(SRC, d))

/**
 * Call sites that may stay, each with why. An entry that no longer matches fails the test, so the
 * list shrinks as pages move.
 */
const ALLOWED: Record<string, string> = {
  // Write only: 撤销 on the banner restores the plan just deleted; the home list reloads through its store.
  'pages/home/deleted-banner.tsx': 'write only (plan.restore)',
  // The plan's answers seed the wizard store's draft (they do not stay in component state).
  'packages/wizard/index.tsx': 'reads into the wizard store (plan.get)',
}

/** True when the file imports `call` from '@/api' and uses useState or useEffect. */
export function loadsByHand(code: string): boolean {
  const importsCall = /import\s*\{[^}]*\bcall\b[^}]*\}\s*from\s*'@\/api'/.test(code)
  const keepsState = /\buse(State|Effect)\b/.test(code)
  return importsCall && keepsState
}

describe('server data goes through stores (issue 13)', () => {
  test('the check catches a hand-made load and lets a store-reading page pass', () => {
    const byHand = `import { useEffect, useState } from 'react'\nimport { call } from '@/api'\nexport function P() {}`
    const viaStore = `import { useEffect } from 'react'\nimport { useVersions } from '../stores/versions'\nexport function P() {}`
    expect(loadsByHand(byHand)).toBe(true)
    expect(loadsByHand(viaStore)).toBe(false)
    expect(loadsByHand(`import { call } from '@/api'\nexport const write = () => call('plan', 'restore', {})`)).toBe(
      false,
    )
  })

  test('no page or component loads with useState/useEffect + call() outside the allow-list', () => {
    const found = ROOTS.flatMap((root) => sourceFiles(root))
      .filter((path) => loadsByHand(readFileSync(path, 'utf8')))
      .map((path) => shortPath(path))
    expect(found.filter((f) => !(f in ALLOWED))).toEqual([])
    // A stale entry would hide a future regression in that file: keep the list exact.
    expect(Object.keys(ALLOWED).filter((f) => !found.includes(f))).toEqual([])
  })
})
