// `npm test`: every layer, in the order a failure is cheapest to see.
// Lint and types first, then the builds the weapp and browser layers test, then all jest projects.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { ensureDeps } from './ensure-deps.mjs'

ensureDeps()
ensureChromium()

/**
 * The browser layer drives Debian's Chromium. Missing, it is installed with apt when we may
 * (root, apt-get present); otherwise the exact command is printed and the run stops here.
 */
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(chromium)) return
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
  if (canApt) {
    console.log("Chromium is missing: installing Debian's package (apt-get install chromium)…")
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
    if (existsSync(chromium)) return
  }
  console.log(`
Chromium is needed for the browser tests and is not at ${chromium}. Install it with:

    sudo apt-get install -y chromium

(or point CHROMIUM_PATH at an installed Chromium), then run npm test again.`)
  console.log('\ntests: 0 passed, 1 failed (Chromium missing)')
  process.exit(1)
}

const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['types', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['build weapp', 'npx', ['taro', 'build', '--type', 'weapp'], { NODE_ENV: 'production' }],
  ['build h5', 'npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' }],
  ['build functions', 'node', ['tools/build-functions.mjs']],
  // WeChat's own offline analysis and quality scan of dist/weapp (installs miniprogram-ci on first use).
  ['wechat checks', 'node', ['tools/deploy/quality.mjs', 'dist/weapp']],
]

function run(name, cmd, args, env = {}) {
  const started = Date.now()
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`)
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(`◀ ${name}: ${res.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return res.status === 0
}

for (const [name, cmd, args, env] of steps) {
  if (!run(name, cmd, args, env)) {
    console.log(`\ntests: 0 passed, 1 failed (${name} failed before the test suites ran)`)
    process.exit(1)
  }
}

mkdirSync('test-artifacts', { recursive: true })
const report = 'test-artifacts/jest-results.json'
const ok = run('jest (all layers)', 'npx', [
  'jest',
  '--ci',
  '--json',
  `--outputFile=${report}`,
  ...process.argv.slice(2),
])
let summary
try {
  const r = JSON.parse(readFileSync(report, 'utf8'))
  summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`
} catch {
  summary = 'tests: 0 passed, 1 failed (no jest report)'
}
console.log(`\n${summary}`)
process.exit(ok ? 0 : 1)
