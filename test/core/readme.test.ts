import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'

// A newcomer follows the README from a fresh clone (issue 13): the quick start is exactly two
// commands, and every file it names is in the repository. Files that only appear after a build or
// a run (dist/, .data/, test-artifacts/, node_modules/) and git-ignored local files are allowed.
const ROOT = resolve(__dirname, '../..')
const DOCS = ['README.md', 'CONTRIBUTING.md', 'cloudfunctions/README.md']
// (`index.js` is the entry of a built cloud function folder under dist/.)
const GENERATED = /^(dist|\.data|test-artifacts|node_modules|coverage)\/|^\.env\.local$|^private\.|^index\.js$/

/** Backticked names in a Markdown text that look like paths: a slash or a file extension. */
export function fileReferences(markdown: string): string[] {
  const names = new Set<string>()
  for (const m of markdown.matchAll(/`([^`\s]+)`/g)) {
    const name = m[1].replace(/[:,.;]+$/, '')
    // Placeholders (<name>, rYYYY-MM-N), URLs, flags, packages.
    if (/[<>*{}$=()]|YYYY|^https?:|^--?|^@/.test(name)) continue
    if (/^[\w.-]+\/[\w./-]*$/.test(name) || /^[\w.-]+\.(md|ts|tsx|mjs|cjs|js|json|scss|sh)$/.test(name)) names.add(name)
  }
  return [...names]
}

const TRACKED = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
const TRACKED_NAMES = new Set(TRACKED.map((f) => basename(f)))

function exists(doc: string, name: string): boolean {
  if (GENERATED.test(name)) return true
  // A bare file name ("tech.ts") is read in the context of the folder the text is about.
  if (!name.includes('/')) return existsSync(join(ROOT, name)) || TRACKED_NAMES.has(name)
  // A path is read from the repository root, from the document's folder, or as the tail of a
  // path the text has just named ("plan/compliance.ts" under src/core).
  const path = name.replace(/\/$/, '')
  return (
    existsSync(join(ROOT, path)) ||
    existsSync(join(ROOT, doc, '..', path)) ||
    // …or without its extension: a page route (packages/plan/shared/index) or a test's name.
    TRACKED.some(
      (f) => f.endsWith(`/${path}`) || f.includes(`/${path}/`) || f.startsWith(`${path}.`) || f.includes(`/${path}.`),
    )
  )
}

test('the reference finder sees paths and file names, not placeholders or commands', () => {
  const found = fileReferences(
    'see `src/app.scss`, `COMPLIANCE.md`, `dist/cloudfunctions/<name>/`, `npm test`, `--watch`',
  )
  expect(found).toEqual(['src/app.scss', 'COMPLIANCE.md'])
})

test('README quick start is exactly npm start and npm test', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const quick = readme.split('## Quick start')[1]?.split(/\n## /)[0] ?? ''
  const block = /```bash\n([\s\S]*?)```/.exec(quick)?.[1] ?? ''
  const commands = block
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean)
  expect(commands).toEqual(['npm start', 'npm test'])
})

test.each(DOCS)('every file %s names is in the repository', (doc) => {
  const missing = fileReferences(readFileSync(join(ROOT, doc), 'utf8')).filter((name) => !exists(doc, name))
  expect(missing).toEqual([])
})
