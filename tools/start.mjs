// `npm start`: installs dependencies if needed, then runs the local cloud runtime (SQLite file in
// .data/) and the H5 dev build together, and prints one short block once the app answers.
// Their own output goes to .data/start.log (webpack banners, HMR notes); it is shown only if
// something fails. Ctrl-C stops both; if either dies, the other is stopped too.
import { spawn } from 'node:child_process'
import { mkdirSync, openSync, readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { ensureDeps } from './ensure-deps.mjs'

ensureDeps()

const CLOUD_PORT = Number(process.env.WP_PORT ?? 8787)
const H5_PORT = Number(process.env.WP_H5_PORT ?? 10086)
const LOG = '.data/start.log'
const children = []
mkdirSync('.data', { recursive: true })
const logFd = openSync(LOG, 'w')

function run(name, cmd, args, env) {
  const child = spawn(cmd, args, {
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, ...env },
    // Own process group, so stopping it also stops whatever it spawned (webpack workers, esbuild).
    detached: true,
  })
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}). Last lines of ${LOG}:\n${tail()}`)
      stop(1)
    }
  })
  children.push(child)
  return child
}

function tail() {
  try {
    return readFileSync(LOG, 'utf8').trim().split('\n').slice(-20).join('\n')
  } catch {
    return '(no log)'
  }
}

let stopping = false
function stop(code = 0) {
  if (stopping) return
  stopping = true
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 1500).unref()
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

async function waitFor(url, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return true
    } catch {
      // not up yet
    }
    await sleep(500)
  }
  if (!stopping) console.error(`${what} did not come up at ${url}. Last lines of ${LOG}:\n${tail()}`)
  return false
}

console.log('Starting the local cloud runtime and building the H5 app (about a minute)…')
run('cloud', process.execPath, ['--import', 'tsx', 'cloudfunctions/local/main.ts'], { WP_PORT: String(CLOUD_PORT) })
run('h5', process.execPath, ['node_modules/@tarojs/cli/bin/taro', 'build', '--type', 'h5', '--watch'], {
  NODE_ENV: 'development',
  WP_H5_PORT: String(H5_PORT),
  WP_LOCAL_CLOUD: `http://127.0.0.1:${CLOUD_PORT}`,
})

const cloudUp = await waitFor(`http://127.0.0.1:${CLOUD_PORT}/api/whoami`, 'The local cloud runtime', 60_000)
const h5Up = cloudUp && (await waitFor(`http://127.0.0.1:${H5_PORT}/`, 'The H5 dev server', 300_000))
if (h5Up) {
  console.log(`
  微定位 is running:  http://127.0.0.1:${H5_PORT}/   (a phone view: DevTools → device toolbar)
  Data:          .data/local.sqlite (kept across restarts)
  Reset:         stop, then delete .data/local.sqlite
  Second user:   open the URL in a private window (each browser profile is its own user)
  Logs:          ${LOG}
  Stop:          Ctrl-C
`)
} else {
  stop(1)
}
