import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

// `npm start` and `npm test` install dependencies themselves (tools/ensure-deps.mjs). They must
// do it when node_modules is missing or holds another lockfile's packages, and not because git
// gave package-lock.json a newer date (every fresh worktree, every checkout touching it): that
// `npm ci` costs minutes. The tool is an ES module run by node, so each case runs it in node.

const ROOT = resolve(__dirname, '../..')
const TOOL = pathToFileURL(join(ROOT, 'tools/ensure-deps.mjs')).href

/** Runs `fn(...args)` of tools/ensure-deps.mjs in a fresh node and returns what it returned. */
function tool(fn: string, ...args: string[]): unknown {
  const script = `const m = await import(${JSON.stringify(TOOL)}); const r = m.${fn}(...process.argv.slice(1)); console.log(JSON.stringify(r ?? null))`
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], { encoding: 'utf8' })
  if (res.status !== 0) throw new Error(res.stderr)
  return JSON.parse(res.stdout.trim().split('\n').pop() ?? 'null')
}

const lockfile = (aVersion = '1.0.0') => ({
  name: 'app',
  version: '0.1.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'app', version: '0.1.0', devDependencies: { a: '^1.0.0', esbuild: '^0.1.0' } },
    'node_modules/a': {
      version: aVersion,
      resolved: `https://registry.npmjs.org/a/-/a-${aVersion}.tgz`,
      integrity: `sha512-${aVersion}`,
      dev: true,
    },
    'node_modules/esbuild': { version: '0.1.0', dev: true, optionalDependencies: { '@esbuild/darwin-arm64': '0.1.0' } },
    // Another system's binary: npm leaves it out of node_modules and out of its hidden lockfile.
    'node_modules/@esbuild/darwin-arm64': {
      version: '0.1.0',
      dev: true,
      optional: true,
      os: ['darwin'],
      cpu: ['arm64'],
    },
  },
})

/** npm's hidden lockfile after `npm ci` of that lockfile: no root entry, no foreign binary, keys in its own order. */
function hiddenLockfile(lock: ReturnType<typeof lockfile>) {
  const { '': _root, 'node_modules/@esbuild/darwin-arm64': _foreign, ...installed } = lock.packages
  const a = installed['node_modules/a']
  return {
    name: lock.name,
    version: lock.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      'node_modules/esbuild': installed['node_modules/esbuild'],
      'node_modules/a': { dev: a.dev, integrity: a.integrity, resolved: a.resolved, version: a.version },
    },
  }
}

let root: string
const write = (path: string, value: unknown) => writeFileSync(join(root, path), `${JSON.stringify(value, null, 2)}\n`)
const reason = () => tool('installReason', root) as string | null
/** Sets a file's modification time `seconds` from now. */
const age = (path: string, seconds: number) => {
  const t = new Date(Date.now() + seconds * 1000)
  utimesSync(join(root, path), t, t)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'wp-deps-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** A tree as `npm ci` of `lock` left it, and, if `recorded`, as this tool's install recorded it. */
function installed(lock: ReturnType<typeof lockfile>, { recorded }: { recorded: boolean }) {
  write('package-lock.json', lock)
  mkdirSync(join(root, 'node_modules'))
  write('node_modules/.package-lock.json', hiddenLockfile(lock))
  if (recorded) tool('recordInstall', root)
}

describe('tools/ensure-deps.mjs: when npm start / npm test install dependencies', () => {
  it('installs when node_modules is missing', () => {
    write('package-lock.json', lockfile())
    expect(reason()).toMatch(/node_modules is missing/)
  })

  it('does not install when the lockfile has the installed content but a newer date (fresh worktree, checkout)', () => {
    installed(lockfile(), { recorded: true })
    write('package-lock.json', lockfile())
    age('node_modules/.package-lock.json', -3600)
    age('node_modules/.weposition-lockfile.sha256', -3600)
    age('package-lock.json', 0)
    expect(reason()).toBeNull()
  })

  it('installs when the lockfile content changed since the install (a pull that changed dependencies)', () => {
    installed(lockfile('1.0.0'), { recorded: true })
    write('package-lock.json', lockfile('1.2.0'))
    // Even with the lockfile older than what is installed: content decides, not dates.
    age('package-lock.json', -3600)
    expect(reason()).toMatch(/differs from what is installed/)
  })

  it('without a record (npm ci by hand), compares npm’s hidden lockfile: same packages, no install', () => {
    installed(lockfile(), { recorded: false })
    age('package-lock.json', 3600)
    expect(reason()).toBeNull()
  })

  it('without a record, a hidden lockfile of other packages means an install', () => {
    installed(lockfile('1.0.0'), { recorded: false })
    write('package-lock.json', lockfile('1.2.0'))
    expect(reason()).toMatch(/differs from what is installed/)
  })

  it('without a record and without npm’s hidden lockfile, installs', () => {
    write('package-lock.json', lockfile())
    mkdirSync(join(root, 'node_modules'))
    expect(reason()).toMatch(/no record/)
  })

  it('a record of an older lockfile yields to npm’s hidden lockfile (npm install by hand since)', () => {
    installed(lockfile('1.0.0'), { recorded: true })
    write('package-lock.json', lockfile('1.2.0'))
    write('node_modules/.package-lock.json', hiddenLockfile(lockfile('1.2.0')))
    expect(reason()).toBeNull()
  })

  it('a tree found to match is recorded, so the next check is the hash alone', () => {
    installed(lockfile(), { recorded: false })
    expect(existsSync(join(root, 'node_modules/.weposition-lockfile.sha256'))).toBe(false)
    tool('ensureDeps', root)
    expect(existsSync(join(root, 'node_modules/.weposition-lockfile.sha256'))).toBe(true)
    rmSync(join(root, 'node_modules/.package-lock.json'))
    expect(reason()).toBeNull()
  })

  it('reads npm’s real hidden lockfile of this repository as matching its lockfile', () => {
    // The format as npm writes it, not as this test imagines it: this checkout's own install.
    copyFileSync(join(ROOT, 'package-lock.json'), join(root, 'package-lock.json'))
    mkdirSync(join(root, 'node_modules'))
    copyFileSync(join(ROOT, 'node_modules/.package-lock.json'), join(root, 'node_modules/.package-lock.json'))
    expect(reason()).toBeNull()
  })
})
