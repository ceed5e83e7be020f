// The one WeChat configuration (config/wechat.cjs): where values come from, which are refused,
// and what the builds may embed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SETTINGS, missingSettings, parseEnvFile, publicWeChatConfig, readWeChatConfig } from '../../config/wechat.cjs'
import { wechatConfig } from '@/wechat-config'

const dir = mkdtempSync(join(tmpdir(), 'wp-config-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function withFile(text: string) {
  const file = join(dir, `env-${Math.random().toString(36).slice(2)}`)
  writeFileSync(file, text)
  return file
}

const good = {
  WP_APPID: 'wx0123456789abcdef',
  WP_CLOUD_ENV: 'prod-1a2b3c',
  WP_SUBSCRIBE_TEMPLATE_REVIEW: 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd',
  WP_UPLOAD_KEY: '/keys/private.wx0123456789abcdef.key',
  WP_CI_ROBOT: '3',
}

test('nothing configured is valid (a local build needs nothing) and every value is empty', () => {
  const c = readWeChatConfig({ env: { WP_CONFIG_FILE: join(dir, 'absent') }, root: dir })
  expect(c.problems).toEqual([])
  expect(publicWeChatConfig(c)).toEqual({ appId: '', cloudEnv: '', subscribeTemplates: { review: '' } })
  expect(c.values.robot).toBe('1')
})

test('the git-ignored file is read, and the environment wins over it', () => {
  const file = withFile('# comment\nWP_APPID=wx00000000000000aa\nexport WP_CLOUD_ENV="from-file-env"\nWP_CI_ROBOT=2\n')
  const c = readWeChatConfig({ env: { WP_CONFIG_FILE: file, WP_APPID: good.WP_APPID }, root: dir })
  expect(c.problems).toEqual([])
  expect(c.values.appId).toBe(good.WP_APPID)
  expect(c.values.cloudEnv).toBe('from-file-env')
  expect(c.values.robot).toBe('2')
  expect(c.sources.WP_APPID).toBe('environment')
  expect(c.sources.WP_CLOUD_ENV).toBe(file)
})

test.each([
  ['WP_APPID', 'touristappid'],
  ['WP_APPID', 'wx0123456789ABCDEF'],
  ['WP_CLOUD_ENV', 'Prod env'],
  ['WP_SUBSCRIBE_TEMPLATE_REVIEW', 'short'],
  ['WP_CI_ROBOT', '31'],
  ['WP_CI_ROBOT', '0'],
])('%s=%s is refused with a message naming the variable', (variable, value) => {
  const c = readWeChatConfig({ env: { ...good, [variable]: value, WP_CONFIG_FILE: join(dir, 'absent') }, root: dir })
  expect(c.problems).toHaveLength(1)
  expect(c.problems[0].variable).toBe(variable)
  expect(c.problems[0].message).toContain(variable)
  expect(c.problems[0].message).toContain(value)
})

test('missing settings are named one by one', () => {
  const c = readWeChatConfig({ env: { WP_APPID: good.WP_APPID, WP_CONFIG_FILE: join(dir, 'absent') }, root: dir })
  const missing = missingSettings(
    c,
    SETTINGS.map((s) => s.variable),
  ).map((p) => p.variable)
  expect(missing).toEqual(['WP_CLOUD_ENV', 'WP_SUBSCRIBE_TEMPLATE_REVIEW', 'WP_UPLOAD_KEY'])
})

test('what the builds embed never carries the upload key path or the robot', () => {
  const c = readWeChatConfig({ env: { ...good, WP_CONFIG_FILE: join(dir, 'absent') }, root: dir })
  const embedded = JSON.stringify(publicWeChatConfig(c))
  expect(embedded).toContain(good.WP_CLOUD_ENV)
  expect(embedded).toContain(good.WP_SUBSCRIBE_TEMPLATE_REVIEW)
  expect(embedded).not.toContain('private')
  expect(embedded).not.toContain('robot')
})

test('env file parsing keeps values with = and strips quotes', () => {
  expect(parseEnvFile("A=1\nB='x=y'\n  # C=3\nD=\n")).toEqual({ A: '1', B: 'x=y', D: '' })
})

test('unbundled code (tests, local runtime) sees an empty configuration', () => {
  expect(wechatConfig).toEqual({ appId: '', cloudEnv: '', subscribeTemplates: { review: '' } })
})
