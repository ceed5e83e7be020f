// `npm run bench:plan-setdata`: bytes the weapp plan page sends through setData on its first
// render (先做这三件事, index, closed sections), measured by test/weapp/plan-first-render.test.js
// inside miniprogram-simulate on the built dist/weapp. Needs `npm run build:weapp` first.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const run = spawnSync('npx', ['jest', '--selectProjects', 'weapp', 'test/weapp/plan-first-render.test.js'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
})
const r = JSON.parse(readFileSync(resolve(root, 'test-artifacts/plan-setdata.json'), 'utf8'))
console.log('plan page first render (weapp, setData)')
console.log(`  setData calls   ${r.calls}`)
console.log(`  total bytes     ${r.totalBytes}`)
console.log(`  largest call    ${r.largestBytes}`)
console.log(`  limit           ${r.limitBytes}`)
process.exit(run.status ?? 1)
