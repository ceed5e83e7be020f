// `node tools/release-share.mjs`: frozen rule-base releases share, instead of copying, every module
// that is unchanged from the previous frozen release together with everything it imports.
//
// Each frozen release is a full copy of the questionnaire, rules and engine as it shipped, and each
// copy added ~96 KB to the plan subpackage. A module whose text and whose whole import closure are
// the same as in the release before it computes the same, so the later release re-exports the
// earlier one's module (one line) instead of holding a second copy. A module whose own text is the
// same but that imports a changed one stays a copy: it must keep running against its release's
// version of that import. Run it after freezing a release (CONTRIBUTING.md, release steps); the
// byte-for-byte fixtures of every frozen release (test/core/releases.test.ts) must stay green.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, posix, relative } from 'node:path'

const ROOT = 'src/core/releases'
const STUB = /^\/\/ Shared, unchanged: .*\nexport \* from '([^']+)'\n$/

const releases = readdirSync(ROOT)
  .filter((d) => /^r\d{4}-\d{2}-\d+$/.test(d))
  .sort((a, b) => {
    const n = (d) => d.slice(1).split('-').map(Number)
    const [x, y] = [n(a), n(b)]
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
  })

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else if (path.endsWith('.ts')) yield path
  }
}

/** Where a stub points (as a path under ROOT), or null for a full copy. */
function stubTarget(release, path) {
  const m = STUB.exec(readFileSync(join(ROOT, release, path), 'utf8'))
  return m ? posix.normalize(posix.join(release, posix.dirname(path), m[1])) + '.ts' : null
}

/** The module's real location under ROOT, following stubs. */
function canonical(release, path) {
  let at = `${release}/${path}`
  for (let t; (t = stubTarget(at.split('/')[0], at.split('/').slice(1).join('/')));) at = t
  return at
}

const text = (release, path) => readFileSync(join(ROOT, canonical(release, path)), 'utf8')
/**
 * Everything a module imports, `import type` included: a shared module's types come from the
 * earlier release, and they must be that release's own for tsc to accept both releases.
 */
const imports = (source, path) =>
  [...source.matchAll(/^(?:import|export)[^;]*? from '(\.[^']*)'/gm)].map(
    (m) => posix.normalize(posix.join(posix.dirname(path), m[1])) + '.ts',
  )

/** Same text and the same closure in both releases. */
function unchanged(release, previous, path, seen = new Set()) {
  if (seen.has(path)) return true
  seen.add(path)
  if (!existsSync(join(ROOT, previous, path))) return false
  const source = text(release, path)
  if (source !== text(previous, path)) return false
  return imports(source, path).every((p) => unchanged(release, previous, p, seen))
}

let shared = 0
for (let i = 1; i < releases.length; i++) {
  const [previous, release] = [releases[i - 1], releases[i]]
  for (const file of files(join(ROOT, release))) {
    const path = relative(join(ROOT, release), file).split('\\').join('/')
    // index.ts names the release's version through its rules: always its own.
    if (path === 'index.ts' || stubTarget(release, path) || !unchanged(release, previous, path)) continue
    const target = canonical(previous, path).replace(/\.ts$/, '')
    const from = posix.relative(posix.dirname(`${release}/${path}`), target)
    writeFileSync(
      file,
      `// Shared, unchanged: ${release} computes with ${target.split('/')[0]}'s copy.\nexport * from '${from}'\n`,
    )
    shared++
  }
}
console.log(`${shared} modules now shared with an earlier frozen release`)
