// `npm run deploy -- --verify`: checks the one-time console steps (README → 部署 → one-time steps)
// where an API allows: each function exists with a current Node runtime and its timeout, the
// database collections exist. The subscribe template and openapi permissions have no read-back
// in miniprogram-ci: they are listed as steps to check by hand.
//
// Offline (`--offline`, or when WeChat cannot be reached) it prints what it would check and that
// it needs network access and the upload key. Exit codes: 0 all verified (or --offline: nothing
// checked, plan printed), 2 configuration missing (the message names the variable), 1 a check
// failed, 4 WeChat could not be reached (nothing verified).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { missingSettings, readWeChatConfig } from '../../config/wechat.cjs'

/** What a function needs beyond WeChat's defaults (3 s): the purge runs batches, the others call WeChat. */
export const FUNCTION_TIMEOUTS = { maintenance: 20, share: 10, copy: 10 }
const DEFAULT_TIMEOUT = 3
/** Functions created by the CLI get Node 8/10; DevTools creates them with Node 16 or newer. */
export const MIN_NODE_RUNTIME = 16

/** What --verify checks, from the sources alone (no build needed). */
export function verifyPlan(root) {
  const fnDir = join(root, 'cloudfunctions', 'functions')
  const functions = existsSync(fnDir)
    ? readdirSync(fnDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(fnDir, d.name, 'index.ts')))
        .map((d) => {
          const configFile = join(fnDir, d.name, 'config.json')
          const config = existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : {}
          return {
            name: d.name,
            timeout: FUNCTION_TIMEOUTS[d.name] ?? DEFAULT_TIMEOUT,
            openapi: config.permissions?.openapi ?? [],
          }
        })
        .sort((a, b) => a.name.localeCompare(b.name))
    : []
  const rulesFile = join(root, 'cloudfunctions', 'database', 'security-rules.json')
  const indexesFile = join(root, 'cloudfunctions', 'database', 'indexes.json')
  const collections = new Set()
  for (const file of [rulesFile, indexesFile]) {
    if (!existsSync(file)) continue
    for (const key of Object.keys(JSON.parse(readFileSync(file, 'utf8'))))
      if (!key.startsWith('$')) collections.add(key)
  }
  return { functions, collections: [...collections].sort() }
}

export function describePlan(plan, config) {
  const lines = []
  for (const f of plan.functions)
    lines.push(`function ${f.name}: exists, runtime Nodejs ≥ ${MIN_NODE_RUNTIME}, timeout ≥ ${f.timeout} s`)
  for (const c of plan.collections) lines.push(`collection ${c}: exists`)
  const manual = []
  for (const f of plan.functions.filter((fn) => fn.openapi.length))
    manual.push(`openapi permissions of ${f.name} (${f.openapi.join(', ')}): applied by a DevTools upload only`)
  manual.push(
    'security rules of every collection (cloudfunctions/database/security-rules.json): read false, write false',
  )
  manual.push(
    `订阅消息 → 我的模板 holds WP_SUBSCRIBE_TEMPLATE_REVIEW (${config.values.subscribeTemplates?.review || 'not set'})`,
  )
  return { lines, manual }
}

async function verifyOnline(plan, config, ci, root) {
  // The cloud client miniprogram-ci uses for uploadFunction; not part of its documented API.
  const { deployDir } = await import('./ensure-ci.mjs')
  const cloudApiPath = join(deployDir, 'node_modules', 'miniprogram-ci', 'dist')
  const { createRequire } = await import('node:module')
  const req = createRequire(join(cloudApiPath, 'index.js'))
  const cloudAPI = req('./common/cloud-api/index')
  const { initCloudAPI, boundTransactRequest, get3rdCloudCodeSecret } = req('./ci/cloud/cloudapi')
  const { values } = config
  const project = new ci.Project({
    appid: values.appId,
    type: 'miniProgram',
    projectPath: join(root, 'dist', 'weapp'),
    privateKeyPath: resolve(values.uploadKeyPath),
    ignores: ['node_modules/**/*'],
  })
  initCloudAPI(values.appId)
  const topts = { request: boundTransactRequest(project), transactType: cloudAPI.TransactType.IDE }
  let env
  try {
    const { envList } = await cloudAPI.tcbGetEnvironments({}, topts)
    env = envList.find((e) => e.envId === values.cloudEnv)
  } catch (err) {
    return { unreachable: err instanceof Error ? err.message : String(err) }
  }
  const failures = []
  const passed = []
  if (!env) return { failures: [`WP_CLOUD_ENV: environment ${values.cloudEnv} not found in this account`], passed }
  const region = env.functions?.[0]?.region ?? ''
  const codeSecret = await get3rdCloudCodeSecret(project)
  for (const f of plan.functions) {
    try {
      const info = await cloudAPI.scfGetFunctionInfo(
        { namespace: values.cloudEnv, region, functionName: f.name, codeSecret },
        topts,
      )
      const node = Number(/Nodejs(\d+)/i.exec(info.runtime ?? '')?.[1] ?? 0)
      if (node < MIN_NODE_RUNTIME)
        failures.push(`function ${f.name}: runtime ${info.runtime}; delete it and create it once in DevTools`)
      else if (info.timeout < f.timeout)
        failures.push(
          `function ${f.name}: timeout ${info.timeout} s, needs ≥ ${f.timeout} s (云开发控制台 → 云函数 → 配置)`,
        )
      else passed.push(`function ${f.name}: ${info.runtime}, timeout ${info.timeout} s`)
    } catch (err) {
      failures.push(
        `function ${f.name}: not found or unreadable (${err instanceof Error ? err.message : err}); create it once in DevTools`,
      )
    }
  }
  try {
    const { collections } = await cloudAPI.tcbDescribeCollections(
      { region, envKey: values.cloudEnv, dbName: values.cloudEnv },
      topts,
    )
    const names = new Set((collections ?? []).map((c) => (typeof c === 'string' ? c : c.CollectionName)))
    for (const c of plan.collections) {
      if (names.has(c)) passed.push(`collection ${c}`)
      else failures.push(`collection ${c}: missing (云开发控制台 → 数据库 → 添加集合)`)
    }
  } catch (err) {
    failures.push(`collections: could not be listed (${err instanceof Error ? err.message : err}); check them by hand`)
  }
  return { failures, passed }
}

export async function runVerify({ root, offline, env = process.env }) {
  const config = readWeChatConfig({ env, root })
  const missing = missingSettings(config, ['WP_APPID', 'WP_CLOUD_ENV', 'WP_UPLOAD_KEY']).map((p) => p.message)
  const keyPath = config.values.uploadKeyPath
  if (keyPath && !existsSync(resolve(keyPath))) missing.push(`WP_UPLOAD_KEY: ${resolve(keyPath)} does not exist`)
  const plan = verifyPlan(root)
  const { lines, manual } = describePlan(plan, config)
  console.log(`Verify the one-time console steps of ${root}`)
  const problems = [...config.problems.map((p) => p.message), ...missing]
  if (problems.length) {
    console.error('\nConfiguration (environment or .env.local, see .env.example):')
    for (const p of problems) console.error(`  ✗ ${p}`)
    console.error('\nNothing was checked.')
    return 2
  }
  console.log(`\n${offline ? 'Would check' : 'Checking'} (needs network access to WeChat and the upload key):`)
  lines.forEach((l) => console.log(`  - ${l}`))
  console.log('\nNo API reads these back; check them by hand:')
  manual.forEach((l) => console.log(`  - ${l}`))
  if (offline) {
    console.log('\nOffline: nothing was checked.')
    return 0
  }
  const { loadMiniprogramCi } = await import('./ensure-ci.mjs')
  const result = await verifyOnline(plan, config, loadMiniprogramCi(), root)
  if (result.unreachable) {
    console.error(`\nCould not reach WeChat (${result.unreachable}): nothing was verified.`)
    return 4
  }
  console.log('')
  result.passed.forEach((p) => console.log(`  ✓ ${p}`))
  result.failures.forEach((f) => console.error(`  ✗ ${f}`))
  return result.failures.length ? 1 : 0
}
