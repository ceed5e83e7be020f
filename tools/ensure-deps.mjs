// Shared by `npm start` and `npm test`: a fresh clone (or a pull that changed the lockfile) needs
// no separate `npm install`. Installs with `npm ci` when node_modules is missing or older than
// package-lock.json — older by content, not by date: a fresh git worktree or a checkout rewrites
// the lockfile with a new mtime and the same bytes, and reinstalling then costs minutes for nothing.
// The installer's output goes to a log file, not the screen.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** Written after each install this tool completes: the sha256 of the package-lock.json installed. */
const RECORD = 'node_modules/.weposition-lockfile.sha256'
/** npm's own record of what is in node_modules ("hidden lockfile"), written by `npm ci` / `npm install`. */
const HIDDEN_LOCKFILE = 'node_modules/.package-lock.json'

export function lockfileHash(text) {
  return createHash('sha256').update(text).digest('hex')
}

function readOrNull(path) {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

/** JSON with sorted keys, so two equal objects give the same text whatever order npm wrote them in. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * Whether npm's hidden lockfile lists exactly the lockfile's packages. The lockfile also has the
 * project itself ("") and optional packages for other systems (esbuild's darwin binary…), which
 * npm leaves out of node_modules; anything else missing, extra or different means a reinstall.
 */
export function hiddenLockfileMatches(lockText, hiddenText) {
  let lock, hidden
  try {
    lock = JSON.parse(lockText).packages
    hidden = JSON.parse(hiddenText).packages
  } catch {
    return false
  }
  if (!lock || !hidden) return false
  for (const [path, entry] of Object.entries(lock)) {
    if (path === '') continue
    if (path in hidden) {
      if (canonical(hidden[path]) !== canonical(entry)) return false
    } else if (!entry.optional) return false
  }
  return Object.keys(hidden).every((path) => path in lock)
}

/**
 * Why dependencies must be installed in `root`, or null when node_modules holds what
 * package-lock.json says. First our record of the last install (the lockfile's hash); without one,
 * or when it differs (an `npm ci` or `npm install` by hand since), npm's hidden lockfile.
 */
export function installReason(root = ROOT) {
  if (!existsSync(join(root, 'node_modules'))) return 'node_modules is missing'
  const lock = readFileSync(join(root, 'package-lock.json'), 'utf8')
  if (isRecorded(root, lock)) return null
  const hidden = readOrNull(join(root, HIDDEN_LOCKFILE))
  if (hidden === null) return 'node_modules has no record of what was installed'
  return hiddenLockfileMatches(lock, hidden) ? null : 'package-lock.json differs from what is installed'
}

function isRecorded(root, lock = readFileSync(join(root, 'package-lock.json'), 'utf8')) {
  return readOrNull(join(root, RECORD))?.trim() === lockfileHash(lock)
}

/** Records that node_modules now holds this package-lock.json (after an install that succeeded). */
export function recordInstall(root = ROOT) {
  writeFileSync(join(root, RECORD), `${lockfileHash(readFileSync(join(root, 'package-lock.json')))}\n`)
}

export function ensureDeps(root = ROOT) {
  const reason = installReason(root)
  if (reason === null) {
    // Installed by hand and found to match: record it, so the next check is one hash.
    if (!isRecorded(root)) recordInstall(root)
    return
  }
  mkdirSync(join(root, '.data'), { recursive: true })
  const log = '.data/install.log'
  console.log(`Installing dependencies (${reason}; npm ci, first run takes a few minutes, log: ${log})…`)
  const fd = openSync(join(root, log), 'w')
  const res = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', fd, fd] })
  if (res.status !== 0) {
    const tail = readFileSync(join(root, log), 'utf8').trim().split('\n').slice(-15).join('\n')
    console.error(`${tail}\n\nnpm ci failed (full log: ${log}).`)
    process.exit(1)
  }
  recordInstall(root)
}
