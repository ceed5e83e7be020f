// `npm run bench:engine` / `bench:engine:jitless`: runs a bench script as the engine ships. The
// cloud functions (tools/build-functions.mjs) and the mini program both run core bundled, so
// the bench is bundled the same way (esbuild, one file) instead of run through tsx, whose
// per-module getters and name helpers are not in any shipped build. Node flags after the bench
// name (e.g. --jitless: iOS runs mini programs without a JIT) go to node; the rest to the bench.
//
//   node tools/bench/bundled.mjs engine [--jitless] [count]
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { build } from 'esbuild'

const root = resolve(import.meta.dirname, '../..')
const [name, ...rest] = process.argv.slice(2)
const nodeFlags = rest.filter((a) => a.startsWith('--'))
const args = rest.filter((a) => !a.startsWith('--'))
const outfile = resolve(root, 'node_modules/.cache/bench', `${name}.cjs`)
await build({
  entryPoints: [resolve(root, 'tools/bench', `${name}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node16',
  alias: { '@': resolve(root, 'src') },
  tsconfig: resolve(root, 'tsconfig.json'),
  logLevel: 'warning',
})
const run = spawnSync(process.execPath, [...nodeFlags, outfile, ...args], { stdio: 'inherit' })
process.exit(run.status ?? 1)
