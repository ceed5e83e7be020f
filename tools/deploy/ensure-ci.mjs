// miniprogram-ci is ~275 MB (≈700 packages): it lives in tools/deploy/ with its own lockfile so
// the app's `npm ci` never pays for it. The first deploy or quality check installs it here.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const deployDir = dirname(fileURLToPath(import.meta.url))

/** Loads miniprogram-ci from tools/deploy/node_modules, installing it from the lockfile first. */
export function loadMiniprogramCi() {
  const marker = join(deployDir, 'node_modules', 'miniprogram-ci', 'package.json')
  if (!existsSync(marker)) {
    const started = Date.now()
    console.log('miniprogram-ci is not installed yet: npm ci in tools/deploy (about 275 MB, a few minutes)…')
    const res = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: deployDir, stdio: 'inherit' })
    if (res.status !== 0 || !existsSync(marker)) {
      throw new Error(`installing miniprogram-ci in ${deployDir} failed (npm ci exit ${res.status})`)
    }
    console.log(`miniprogram-ci installed in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  }
  return createRequire(join(deployDir, 'package.json'))('miniprogram-ci')
}
