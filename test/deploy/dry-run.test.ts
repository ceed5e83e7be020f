// `npm run deploy -- --dry-run` as a real process on small fixture checkouts: every offline check,
// its exit code, the variable or file each message names, and that it never touches the network.
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const deploy = resolve(__dirname, '../../tools/deploy/deploy.mjs')
const noNetwork = resolve(__dirname, 'no-network.cjs')
const APPID = 'wx0123456789abcdef'
const ENV_ID = 'prod-1a2b3c'
const TEMPLATE = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd'
const embedded = { appId: APPID, cloudEnv: ENV_ID, subscribeTemplates: { review: TEMPLATE } }
const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' })

const roots: string[] = []
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })))

type Files = Record<string, string | null>

/** A checkout with everything built and consistent; `changes` overwrite (or with null, drop) files. */
function checkout(changes: Files = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'wp-deploy-'))
  roots.push(root)
  const fnPkg = JSON.stringify({ name: 'fn', main: 'index.js', dependencies: { 'wx-server-sdk': '4.0.2' } })
  const files: Files = {
    'package.json': JSON.stringify({ name: 'fixture', version: '1.2.3' }),
    'project.config.json': JSON.stringify({
      miniprogramRoot: 'dist/weapp/',
      cloudfunctionRoot: 'dist/cloudfunctions/',
      appid: 'touristappid',
      setting: { minified: true, minifyWXML: true, minifyWXSS: true },
    }),
    [`keys/private.${APPID}.key`]: String(pem),
    'dist/weapp/app.json': JSON.stringify({
      pages: ['pages/home/index'],
      subPackages: [{ root: 'packages/plan', pages: ['index'] }],
    }),
    'dist/weapp/project.config.json': JSON.stringify({ appid: APPID, miniprogramRoot: './' }),
    'dist/weapp/app.js': 'App({})',
    'dist/weapp/pages/home/index.js': 'Page({})',
    'dist/weapp/packages/plan/index.js': 'Page({})',
    'dist/.wechat/weapp.json': JSON.stringify({ build: 'weapp', config: embedded }),
    'dist/.wechat/functions.json': JSON.stringify({ build: 'functions', config: embedded }),
    'cloudfunctions/database/security-rules.json': JSON.stringify({
      plans: { read: false, write: false },
      versions: { read: false, write: false },
      usage: { read: false, write: false },
    }),
    'cloudfunctions/database/indexes.json': JSON.stringify({
      plans: [{ name: 'owner_live_newest', fields: [] }],
      versions: [{ name: 'plan_version', fields: [] }],
    }),
    'cloudfunctions/functions/plan/index.ts': '',
    'cloudfunctions/functions/maintenance/index.ts': '',
    'dist/cloudfunctions/plan/index.js': 'const cloud = require("wx-server-sdk"); require("node:crypto")',
    'dist/cloudfunctions/plan/package.json': fnPkg,
    'dist/cloudfunctions/plan/config.json': JSON.stringify({ permissions: { openapi: [] } }),
    'dist/cloudfunctions/maintenance/index.js': 'require("wx-server-sdk")',
    'dist/cloudfunctions/maintenance/package.json': fnPkg,
    'dist/cloudfunctions/maintenance/config.json': JSON.stringify({
      triggers: [{ name: 'daily-purge', type: 'timer', config: '0 0 3 * * * *' }],
    }),
    ...changes,
  }
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

function dryRun(root: string, vars: Record<string, string | undefined> = {}) {
  // Only what the test sets: no WP_* of the machine running the tests leaks in.
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const k of Object.keys(env)) if (k.startsWith('WP_')) delete env[k]
  const all = {
    WP_APPID: APPID,
    WP_CLOUD_ENV: ENV_ID,
    WP_SUBSCRIBE_TEMPLATE_REVIEW: TEMPLATE,
    WP_UPLOAD_KEY: join(root, `keys/private.${APPID}.key`),
    ...vars,
  }
  for (const [k, v] of Object.entries(all)) if (v !== undefined) env[k] = v
  const res = spawnSync(process.execPath, ['--require', noNetwork, deploy, '--dry-run', '--root', root], {
    encoding: 'utf8',
    env,
    timeout: 60_000,
  })
  return { status: res.status, out: res.stdout, err: res.stderr }
}

test('a complete checkout passes offline and lists every action it would take, without touching the network', () => {
  const { status, out, err } = dryRun(checkout())
  expect(err).not.toMatch(/NETWORK ATTEMPT/)
  expect(status).toBe(0)
  expect(out).toMatch(/1\. upload function maintenance to prod-1a2b3c/)
  expect(out).toMatch(/2\. upload function plan to prod-1a2b3c/)
  expect(out).toMatch(/3\. create timer triggers of maintenance: daily-purge "0 0 3 \* \* \* \*"/)
  expect(out).toMatch(/4\. upload the mini program to wx0123456789abcdef as version 1\.2\.3-nogit by robot 1/)
  expect(out).toMatch(/main [\d.]+ KB, packages\/plan\/ [\d.]+ KB/)
  expect(out).toMatch(/nothing was uploaded/)
  expect(out).toMatch(/create the collections plans, versions, usage;/)
  expect(out).toMatch(/索引管理 of versions: plan_version/)
})

test.each([
  [
    'no security rules file',
    { 'cloudfunctions/database/security-rules.json': null },
    /security-rules\.json is missing/,
  ],
  [
    'a collection open to clients',
    { 'cloudfunctions/database/security-rules.json': JSON.stringify({ plans: { read: true, write: false } }) },
    /plans must be \{"read": false, "write": false\}/,
  ],
  [
    'indexes of a collection without a rule',
    { 'cloudfunctions/database/security-rules.json': JSON.stringify({ plans: { read: false, write: false } }) },
    /versions has indexes but no security rule/,
  ],
])('%s stops the deploy with exit 3', (_what, change, message) => {
  const { status, err } = dryRun(checkout(change))
  expect(status).toBe(3)
  expect(err).toMatch(message)
})

test.each(['WP_APPID', 'WP_CLOUD_ENV', 'WP_SUBSCRIBE_TEMPLATE_REVIEW', 'WP_UPLOAD_KEY'])(
  'without %s it exits 2 and names the variable',
  (variable) => {
    const { status, err } = dryRun(checkout(), { [variable]: undefined })
    expect(status).toBe(2)
    expect(err).toMatch(new RegExp(`✗ ${variable} is not set`))
    expect(err).toMatch(/Nothing was uploaded/)
  },
)

test('a configuration in the git-ignored .env.local of the checkout is enough', () => {
  const root = checkout()
  writeFileSync(
    join(root, '.env.local'),
    `WP_APPID=${APPID}\nWP_CLOUD_ENV=${ENV_ID}\nWP_SUBSCRIBE_TEMPLATE_REVIEW=${TEMPLATE}\nWP_UPLOAD_KEY=${join(root, `keys/private.${APPID}.key`)}\n`,
  )
  const { status } = dryRun(root, {
    WP_APPID: undefined,
    WP_CLOUD_ENV: undefined,
    WP_SUBSCRIBE_TEMPLATE_REVIEW: undefined,
    WP_UPLOAD_KEY: undefined,
  })
  expect(status).toBe(0)
})

test.each([
  ['WP_APPID', 'wx123', /WP_APPID is "wx123", expected wx followed by 16/],
  ['WP_CI_ROBOT', '99', /WP_CI_ROBOT is "99", expected a number from 1 to 30/],
  [
    'WP_UPLOAD_KEY',
    '/no/such/private.key',
    /WP_UPLOAD_KEY: \/no\/such\/private\.key does not exist or is not readable/,
  ],
])('%s=%s exits 2 with a message naming it', (variable, value, message) => {
  const { status, err } = dryRun(checkout(), { [variable]: value })
  expect(status).toBe(2)
  expect(err).toMatch(message)
})

test('a key file that is not a key, or the key of another mini program, exits 2', () => {
  const notKey = checkout({ [`keys/private.${APPID}.key`]: 'hello' })
  expect(dryRun(notKey)).toMatchObject({ status: 2, err: expect.stringMatching(/is not a private key/) })
  const other = checkout({ 'keys/private.wx00000000000000ff.key': String(pem) })
  const res = dryRun(other, { WP_UPLOAD_KEY: join(other, 'keys/private.wx00000000000000ff.key') })
  expect(res.status).toBe(2)
  expect(res.err).toMatch(/is the key of wx00000000000000ff, but WP_APPID is wx0123456789abcdef/)
})

test.each<[string, Files, RegExp]>([
  [
    'a function not built',
    { 'dist/cloudfunctions/plan/index.js': null },
    /dist\/cloudfunctions\/plan\/index\.js is missing/,
  ],
  [
    'a function without wx-server-sdk',
    { 'dist/cloudfunctions/plan/package.json': '{"dependencies":{}}' },
    /plan\/package\.json does not depend on wx-server-sdk/,
  ],
  ['a broken config.json', { 'dist/cloudfunctions/plan/config.json': '{' }, /plan\/config\.json is not valid JSON/],
  [
    'a 5-field cron',
    {
      'dist/cloudfunctions/maintenance/config.json': '{"triggers":[{"name":"t","type":"timer","config":"0 3 * * *"}]}',
    },
    /trigger "t" must be a timer with a 7-field cron/,
  ],
  [
    'a bundle requiring a package the cloud will not install',
    { 'dist/cloudfunctions/plan/index.js': 'require("wx-server-sdk"); require("better-sqlite3")' },
    /plan\/index\.js requires better-sqlite3/,
  ],
  ['no weapp build', { 'dist/weapp/app.json': null }, /dist\/weapp\/app\.json is missing/],
  [
    'a weapp built for another environment',
    { 'dist/.wechat/weapp.json': JSON.stringify({ config: { ...embedded, cloudEnv: 'test-9z' } }) },
    /dist\/weapp was built with WP_CLOUD_ENV "test-9z" \(now "prod-1a2b3c"\)/,
  ],
  [
    'functions built before the configuration',
    { 'dist/.wechat/functions.json': null },
    /dist\/cloudfunctions: no record/,
  ],
  [
    'a weapp built for another AppID',
    { 'dist/weapp/project.config.json': '{"appid":"touristappid"}' },
    /dist\/weapp\/project\.config\.json: appid is touristappid/,
  ],
  [
    'a subpackage over 2 MB',
    { 'dist/weapp/packages/plan/big.js': 'x'.repeat(2 * 1024 * 1024 + 1) },
    /packages\/plan\/ package is [\d.]+ KB, over WeChat's 2 MB/,
  ],
  [
    'compression off in project.config.json',
    {
      'project.config.json': JSON.stringify({
        miniprogramRoot: 'dist/weapp/',
        cloudfunctionRoot: 'dist/cloudfunctions/',
        setting: { minified: true },
      }),
    },
    /setting\.minifyWXML must be true/,
  ],
  [
    'project.config.json pointing elsewhere',
    {
      'project.config.json': JSON.stringify({
        miniprogramRoot: 'src/',
        cloudfunctionRoot: 'dist/cloudfunctions/',
        setting: { minified: true, minifyWXML: true, minifyWXSS: true },
      }),
    },
    /miniprogramRoot is "src\/", the build is in dist\/weapp\//,
  ],
])('%s exits 3 and says what to fix', (_case, changes, message) => {
  const { status, err } = dryRun(checkout(changes))
  expect(err).toMatch(message)
  expect(err).toMatch(/Nothing was uploaded/)
  expect(status).toBe(3)
})
