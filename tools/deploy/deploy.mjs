// `npm run deploy [-- --dry-run]`: uploads every built cloud function (npm install in the cloud),
// creates their timer triggers, then uploads the mini program as a new 开发版, all with
// miniprogram-ci, configured by config/wechat.cjs (environment or .env.local).
//
// --dry-run runs every offline check and prints the actions, without loading miniprogram-ci or
// touching the network. Exit codes: 0 done, 2 configuration missing or wrong (the message names
// the variable), 3 the builds are incomplete or inconsistent, 1 an upload failed (the output
// says which parts went up).
import { resolve } from 'node:path'
import { repoRoot } from '../../config/wechat.cjs'
import { preflight } from './preflight.mjs'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
// --root points the checks at another checkout (the tests use small fixture trees).
const rootArg = args.indexOf('--root')
const root = rootArg >= 0 ? resolve(args[rootArg + 1]) : repoRoot

if (args.includes('--verify')) {
  const { runVerify } = await import('./verify.mjs')
  process.exit(await runVerify({ root, offline: args.includes('--offline') }))
}

const plan = preflight(root)
const { problems } = plan
console.log(`${dryRun ? 'Dry run: ' : ''}deploy of ${root}`)
for (const fact of plan.facts) console.log(`  ${fact}`)

if (problems.config.length) {
  console.error('\nConfiguration (environment or .env.local, see .env.example):')
  for (const p of problems.config) console.error(`  ✗ ${p}`)
}
if (problems.build.length) {
  console.error('\nBuilds and project.config.json:')
  for (const p of problems.build) console.error(`  ✗ ${p}`)
}
if (problems.config.length || problems.build.length) {
  console.error('\nNothing was uploaded.')
  process.exit(problems.config.length ? 2 : 3)
}
if (plan.dirty) console.log('  ! the working tree has uncommitted changes: the description says so')

console.log(`\n${dryRun ? 'Would do' : 'Doing'}:`)
plan.actions.forEach((a, i) => console.log(`  ${i + 1}. ${a}`))
// The tool cannot create collections, rules or indexes: listed every time, so a new collection
// (versions, usage …) is never forgotten.
console.log('\nIn the console (once, and again after cloudfunctions/database/ changes):')
for (const step of plan.consoleSteps) console.log(`  - ${step}`)
if (dryRun) {
  console.log('\nDry run: every offline check passed; nothing was uploaded.')
  process.exit(0)
}

const { loadMiniprogramCi } = await import('./ensure-ci.mjs')
const ci = loadMiniprogramCi()
const { values } = plan.config
const project = new ci.Project({
  appid: values.appId,
  type: 'miniProgram',
  projectPath: resolve(root, 'dist', 'weapp'),
  privateKeyPath: resolve(values.uploadKeyPath),
  ignores: ['node_modules/**/*', '**/*.LICENSE.txt'],
})

const done = []
async function step(label, fn) {
  process.stdout.write(`  … ${label}\n`)
  try {
    const result = await fn()
    done.push(label)
    console.log(`  ✓ ${label}`)
    return result
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    console.error(`  ✗ ${label}: ${message}`)
    console.error(`\nStopped. Went up: ${done.length ? done.join('; ') : 'nothing'}.`)
    const left = plan.actions.length - done.length
    console.error(
      `Not done: ${left} of ${plan.actions.length} actions (see the list above, from number ${done.length + 1}).`,
    )
    if (/ip|白名单|whitelist/i.test(message))
      console.error('Hint: add this machine’s IP to 开发设置 → 小程序代码上传 → IP 白名单.')
    process.exit(1)
  }
}

for (const f of plan.functions) {
  await step(`function ${f.name}`, () =>
    ci.cloud.uploadFunction({ project, env: values.cloudEnv, name: f.name, path: f.path, remoteNpmInstall: true }),
  )
}
for (const f of plan.functions.filter((fn) => fn.triggers.length)) {
  await step(`timer triggers of ${f.name}`, () =>
    ci.cloud.createTimeTrigger({ project, envId: values.cloudEnv, functionName: f.name, triggersConfig: f.triggers }),
  )
}
await step(`mini program ${plan.version}`, () =>
  ci.upload({
    project,
    version: plan.version,
    desc: plan.desc,
    robot: Number(values.robot),
    // The same compression project.config.json asks of WeChat's compiler (and its quality check).
    setting: {
      es6: false,
      es7: false,
      minify: true,
      minifyJS: true,
      minifyWXML: true,
      minifyWXSS: true,
      autoPrefixWXSS: true,
    },
    onProgressUpdate: () => {},
  }),
)
console.log(`\nDeployed: ${done.join('; ')}.`)
console.log('Next: 微信公众平台 → 版本管理 → set this 开发版 as 体验版 or submit it for review.')
process.exit(0)
