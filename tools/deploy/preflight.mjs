// Everything a deploy can check offline before it touches WeChat: the configuration, the upload
// key, the builds (complete, built with this configuration, within WeChat's size limits) and
// project.config.json. Returns problems (each naming what to fix) and the plan of actions.
import { execFileSync } from 'node:child_process'
import { createPrivateKey } from 'node:crypto'
import { accessSync, constants, existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { basename, join, relative, resolve } from 'node:path'
import { SETTINGS, missingSettings, publicWeChatConfig, readWeChatConfig } from '../../config/wechat.cjs'

// WeChat's limits for a mini program: main package and each subpackage ≤ 2 MB, all ≤ 20 MB.
export const LIMITS = { packageBytes: 2 * 1024 * 1024, totalBytes: 20 * 1024 * 1024 }
const MINIFY_SETTINGS = ['minified', 'minifyWXML', 'minifyWXSS']

function readJson(path) {
  try {
    return { value: JSON.parse(readFileSync(path, 'utf8')) }
  } catch (err) {
    return { error: existsSync(path) ? `is not valid JSON (${err.message})` : 'is missing' }
  }
}

function filesUnder(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(path))
    else out.push({ path, bytes: statSync(path).size })
  }
  return out
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`
}

function checkKey(config, problems) {
  const keyPath = config.values.uploadKeyPath
  if (!keyPath) return
  const path = resolve(keyPath)
  try {
    accessSync(path, constants.R_OK)
  } catch {
    problems.push(`WP_UPLOAD_KEY: ${path} does not exist or is not readable`)
    return
  }
  try {
    createPrivateKey(readFileSync(path))
  } catch {
    problems.push(`WP_UPLOAD_KEY: ${path} is not a private key (download it again from 开发设置 → 小程序代码上传)`)
    return
  }
  // WeChat names the file private.<appid>.key: a key of another mini program cannot upload.
  const named = /^private\.(wx[0-9a-f]{16})\.key$/.exec(basename(path))
  if (named && config.values.appId && named[1] !== config.values.appId) {
    problems.push(`WP_UPLOAD_KEY: ${basename(path)} is the key of ${named[1]}, but WP_APPID is ${config.values.appId}`)
  }
}

function checkProjectConfig(root, config, problems) {
  const { value: project, error } = readJson(join(root, 'project.config.json'))
  if (error) return problems.push(`project.config.json ${error}`)
  if (project.miniprogramRoot?.replace(/\/?$/, '/') !== 'dist/weapp/') {
    problems.push(`project.config.json: miniprogramRoot is "${project.miniprogramRoot}", the build is in dist/weapp/`)
  }
  if (project.cloudfunctionRoot?.replace(/\/?$/, '/') !== 'dist/cloudfunctions/') {
    problems.push(
      `project.config.json: cloudfunctionRoot is "${project.cloudfunctionRoot}", the functions are built in dist/cloudfunctions/`,
    )
  }
  for (const key of MINIFY_SETTINGS) {
    if (project.setting?.[key] !== true)
      problems.push(`project.config.json: setting.${key} must be true (WeChat's quality check)`)
  }
  if (project.appid !== 'touristappid' && config.values.appId && project.appid !== config.values.appId) {
    problems.push(`project.config.json: appid is ${project.appid}, but WP_APPID is ${config.values.appId}`)
  }
}

function sameConfig(a, b) {
  return JSON.stringify(a) === JSON.stringify(b)
}

function checkStamp(root, build, label, expected, rebuild, problems) {
  const { value } = readJson(join(root, 'dist', '.wechat', `${build}.json`))
  if (!value) return problems.push(`${label}: no record of the configuration it was built with: run ${rebuild}`)
  if (!sameConfig(value.config, expected)) {
    const diffs = [
      ['WP_APPID', value.config.appId, expected.appId],
      ['WP_CLOUD_ENV', value.config.cloudEnv, expected.cloudEnv],
      ['WP_SUBSCRIBE_TEMPLATE_REVIEW', value.config.subscribeTemplates?.review, expected.subscribeTemplates.review],
    ]
      .filter(([, built, now]) => built !== now)
      .map(([name, built, now]) => `${name} "${built ?? ''}" (now "${now}")`)
    problems.push(`${label} was built with ${diffs.join(', ')}: run ${rebuild}`)
  }
}

function checkWeapp(root, config, problems, facts) {
  const dir = join(root, 'dist', 'weapp')
  const { value: app, error } = readJson(join(dir, 'app.json'))
  if (error) return problems.push(`dist/weapp/app.json ${error}: run NODE_ENV=production npm run build:weapp`)
  const { value: built } = readJson(join(dir, 'project.config.json'))
  if (built && config.values.appId && built.appid !== config.values.appId) {
    problems.push(
      `dist/weapp/project.config.json: appid is ${built.appid}, not WP_APPID ${config.values.appId}: rebuild`,
    )
  }
  checkStamp(
    root,
    'weapp',
    'dist/weapp',
    publicWeChatConfig(config),
    'NODE_ENV=production npm run build:weapp',
    problems,
  )

  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'))
  const sizes = { main: 0 }
  for (const r of roots) sizes[r] = 0
  for (const f of filesUnder(dir)) {
    const rel = relative(dir, f.path)
    if (rel === 'project.config.json' || rel.endsWith('.LICENSE.txt')) continue
    const owner = roots.find((r) => rel.startsWith(r)) ?? 'main'
    sizes[owner] += f.bytes
  }
  const total = Object.values(sizes).reduce((a, b) => a + b, 0)
  for (const [pkg, bytes] of Object.entries(sizes)) {
    if (bytes > LIMITS.packageBytes) problems.push(`dist/weapp: ${pkg} package is ${kb(bytes)}, over WeChat's 2 MB`)
  }
  if (total > LIMITS.totalBytes) problems.push(`dist/weapp: ${kb(total)} in all, over WeChat's 20 MB`)
  facts.push(
    `mini program: ${Object.entries(sizes)
      .map(([pkg, bytes]) => `${pkg} ${kb(bytes)}`)
      .join(', ')}; ${kb(total)} in all (limits 2 MB each, 20 MB in all)`,
  )
}

function checkFunctions(root, config, problems) {
  const sources = join(root, 'cloudfunctions', 'functions')
  const names = existsSync(sources) ? readdirSync(sources).filter((n) => existsSync(join(sources, n, 'index.ts'))) : []
  if (names.length === 0) problems.push(`no functions in ${relative(root, sources) || sources}`)
  const functions = []
  for (const name of names.sort()) {
    const dir = join(root, 'dist', 'cloudfunctions', name)
    const where = `dist/cloudfunctions/${name}`
    if (!existsSync(join(dir, 'index.js'))) {
      problems.push(`${where}/index.js is missing: run npm run build:functions`)
      continue
    }
    const pkg = readJson(join(dir, 'package.json'))
    if (pkg.error) problems.push(`${where}/package.json ${pkg.error}`)
    else if (!pkg.value.dependencies?.['wx-server-sdk'])
      problems.push(`${where}/package.json does not depend on wx-server-sdk`)
    const cfg = readJson(join(dir, 'config.json'))
    if (cfg.error) problems.push(`${where}/config.json ${cfg.error}`)
    const triggers = cfg.value?.triggers ?? []
    for (const t of triggers) {
      if (t.type !== 'timer' || typeof t.config !== 'string' || t.config.trim().split(/\s+/).length !== 7) {
        problems.push(
          `${where}/config.json: trigger "${t.name}" must be a timer with a 7-field cron (seconds first, year last)`,
        )
      }
    }
    // Only wx-server-sdk is installed in the cloud: any other package the bundle requires is missing there.
    const code = readFileSync(join(dir, 'index.js'), 'utf8')
    const deps = new Set(Object.keys(pkg.value?.dependencies ?? {}))
    const unresolved = [...code.matchAll(/\brequire\(["']([^"'./][^"']*)["']\)/g)]
      .map((m) => m[1])
      .filter((m) => !m.startsWith('node:') && !builtinModules.includes(m.split('/')[0]) && !deps.has(m))
    if (unresolved.length)
      problems.push(`${where}/index.js requires ${[...new Set(unresolved)].join(', ')}, not in its package.json`)
    functions.push({ name, path: dir, triggers, bytes: statSync(join(dir, 'index.js')).size })
  }
  checkStamp(root, 'functions', 'dist/cloudfunctions', publicWeChatConfig(config), 'npm run build:functions', problems)
  return functions
}

function gitVersion(root) {
  const git = (...args) =>
    execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  const pkgVersion = readJson(join(root, 'package.json')).value?.version ?? '0.0.0'
  try {
    const sha = git('rev-parse', '--short=7', 'HEAD')
    const subject = git('log', '-1', '--format=%s')
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== ''
    return {
      version: `${pkgVersion}-${sha}`,
      desc: `${dirty ? '[未提交的修改] ' : ''}${subject}`.slice(0, 100),
      dirty,
    }
  } catch {
    return { version: `${pkgVersion}-nogit`, desc: 'built outside git', dirty: true }
  }
}

/** All offline checks; `problems.config` are configuration mistakes, `problems.build` the rest. */
/**
 * The collections a deploy needs, from cloudfunctions/database/: every collection with its
 * security rule (clients closed out) and the indexes of those that have some. miniprogram-ci cannot
 * create collections, rules or indexes, so the deploy prints them as console steps; a collection
 * with indexes but no rule, or a rule that lets clients in, is a problem here rather than a
 * surprise in production.
 */
function checkDatabase(root, problems) {
  const dir = join(root, 'cloudfunctions/database')
  const rules = readJson(join(dir, 'security-rules.json'))
  const indexes = readJson(join(dir, 'indexes.json'))
  if (rules.error) problems.push(`cloudfunctions/database/security-rules.json ${rules.error}`)
  if (indexes.error) problems.push(`cloudfunctions/database/indexes.json ${indexes.error}`)
  if (rules.error || indexes.error) return []
  const names = Object.keys(rules.value).filter((k) => !k.startsWith('$'))
  for (const name of names) {
    const rule = rules.value[name]
    if (rule?.read !== false || rule?.write !== false)
      problems.push(`cloudfunctions/database/security-rules.json: ${name} must be {"read": false, "write": false}`)
  }
  for (const name of Object.keys(indexes.value).filter((k) => !k.startsWith('$')))
    if (!names.includes(name))
      problems.push(`cloudfunctions/database/indexes.json: ${name} has indexes but no security rule`)
  return names.map((name) => ({
    name,
    indexes: (Array.isArray(indexes.value[name]) ? indexes.value[name] : []).map((i) => i.name),
  }))
}

export function preflight(root, env = process.env) {
  const config = readWeChatConfig({ env, root })
  const configProblems = [
    ...missingSettings(
      config,
      SETTINGS.map((s) => s.variable),
    ),
    ...config.problems,
  ].map((p) => p.message)
  const build = []
  const facts = []
  checkKey(config, configProblems)
  checkProjectConfig(root, config, build)
  checkWeapp(root, config, build, facts)
  const functions = checkFunctions(root, config, build)
  const collections = checkDatabase(root, build)
  const { version, desc, dirty } = gitVersion(root)
  const env_ = config.values.cloudEnv
  const actions = [
    ...functions.map((f) => `upload function ${f.name} to ${env_} (${kb(f.bytes)}, npm install in the cloud)`),
    ...functions
      .filter((f) => f.triggers.length)
      .map((f) => `create timer triggers of ${f.name}: ${f.triggers.map((t) => `${t.name} "${t.config}"`).join(', ')}`),
    `upload the mini program to ${config.values.appId} as version ${version} by robot ${config.values.robot}: "${desc}"`,
  ]
  const consoleSteps = [
    `云开发控制台 → 数据库: create the collections ${collections.map((c) => c.name).join(', ')}; for each, 数据权限 → 自定义安全规则 from cloudfunctions/database/security-rules.json (clients read false, write false)`,
    ...collections
      .filter((c) => c.indexes.length)
      .map((c) => `索引管理 of ${c.name}: ${c.indexes.join(', ')} (fields in cloudfunctions/database/indexes.json)`),
  ]
  return {
    config,
    problems: { config: configProblems, build },
    facts,
    functions,
    collections,
    actions,
    consoleSteps,
    version,
    desc,
    dirty,
  }
}
