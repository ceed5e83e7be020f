// `npm start`: the local cloud runtime (SQLite file in .data/) and the H5 dev build together.
// Ctrl-C stops both; if either dies, the other is stopped too, so nothing is left running.
import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

const CLOUD_PORT = Number(process.env.WP_PORT ?? 8787)
const H5_PORT = Number(process.env.WP_H5_PORT ?? 10086)
const children = []

function run(name, cmd, args, env) {
  const child = spawn(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    // Own process group, so stopping it also stops whatever it spawned (webpack workers, esbuild).
    detached: true,
  })
  const prefix = `[${name}] `
  const forward = (stream, out) =>
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) out.write(prefix + line + '\n')
    })
  forward(child.stdout, process.stdout)
  forward(child.stderr, process.stderr)
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping.`)
      stop(1)
    }
  })
  children.push(child)
  return child
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
  if (!stopping) console.error(`${what} did not come up at ${url}`)
  return false
}

run('cloud', process.execPath, ['--import', 'tsx', 'cloudfunctions/local/main.ts'], { WP_PORT: String(CLOUD_PORT) })
run('h5', process.execPath, ['node_modules/@tarojs/cli/bin/taro', 'build', '--type', 'h5', '--watch'], {
  NODE_ENV: 'development',
  WP_H5_PORT: String(H5_PORT),
  WP_LOCAL_CLOUD: `http://127.0.0.1:${CLOUD_PORT}`,
})

const cloudUp = await waitFor(`http://127.0.0.1:${CLOUD_PORT}/api/whoami`, 'local cloud runtime', 30_000)
const h5Up = cloudUp && (await waitFor(`http://127.0.0.1:${H5_PORT}/`, 'H5 dev server', 180_000))
if (h5Up) {
  console.log(`\n  微定位 is running: open http://127.0.0.1:${H5_PORT}/ (phone view: DevTools device mode)`)
  console.log('  Data: .data/local.sqlite (kept across restarts). Stop with Ctrl-C.\n')
} else {
  stop(1)
}
