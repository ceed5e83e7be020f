// Shared by `npm start` and `npm test`: a fresh clone (or a pull that changed the lockfile) needs
// no separate `npm install`. Installs with `npm ci` when node_modules is missing or older than
// package-lock.json; the installer's output goes to a log file, not the screen.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, openSync, statSync, readFileSync } from 'node:fs'

const MARKER = 'node_modules/.package-lock.json'

export function depsAreStale() {
  if (!existsSync(MARKER)) return true
  return statSync(MARKER).mtimeMs < statSync('package-lock.json').mtimeMs
}

export function ensureDeps() {
  if (!depsAreStale()) return
  mkdirSync('.data', { recursive: true })
  const log = '.data/install.log'
  console.log(`Installing dependencies (npm ci; first run takes a few minutes, log: ${log})…`)
  const fd = openSync(log, 'w')
  const res = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: ['ignore', fd, fd] })
  if (res.status !== 0) {
    const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-15).join('\n')
    console.error(`${tail}\n\nnpm ci failed (full log: ${log}).`)
    process.exit(1)
  }
}
