// `npm run deploy -- --verify` as a real process on fixture checkouts with the network cut off:
// missing configuration names the variable (exit 2); --offline lists every check it would make
// from the sources (functions with their timeouts, collections) and what only a person can check;
// without --offline and without network it says nothing was verified (exit 4), never "ok".
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const deploy = resolve(__dirname, '../../tools/deploy/deploy.mjs')
const noNetwork = resolve(__dirname, 'no-network.cjs')
const APPID = 'wx0123456789abcdef'
const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' })

const roots: string[] = []
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })))

function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), 'wp-verify-'))
  roots.push(root)
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'fixture', version: '1.0.0' }),
    [`keys/private.${APPID}.key`]: String(pem),
    'cloudfunctions/functions/plan/index.ts': '',
    'cloudfunctions/functions/plan/config.json': JSON.stringify({ permissions: { openapi: [] } }),
    'cloudfunctions/functions/share/index.ts': '',
    'cloudfunctions/functions/share/config.json': JSON.stringify({
      permissions: { openapi: ['wxacode.getUnlimited'] },
    }),
    'cloudfunctions/functions/maintenance/index.ts': '',
    // A folder without index.ts is not a function.
    'cloudfunctions/functions/notes/README.md': '',
    'cloudfunctions/database/security-rules.json': JSON.stringify({ plans: { read: false }, shares: { read: false } }),
    'cloudfunctions/database/indexes.json': JSON.stringify({ $comment: 'x', plans: [], drafts: [] }),
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

function verify(root: string, args: string[], vars: Record<string, string | undefined>) {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const k of Object.keys(env)) if (k.startsWith('WP_')) delete env[k]
  for (const [k, v] of Object.entries(vars)) if (v !== undefined) env[k] = v
  const res = spawnSync(process.execPath, ['--require', noNetwork, deploy, '--verify', ...args, '--root', root], {
    encoding: 'utf8',
    env,
    timeout: 120_000,
  })
  return { status: res.status, out: res.stdout, err: res.stderr }
}

const full = (root: string) => ({
  WP_APPID: APPID,
  WP_CLOUD_ENV: 'prod-1a2b3c',
  WP_UPLOAD_KEY: join(root, `keys/private.${APPID}.key`),
  WP_SUBSCRIBE_TEMPLATE_REVIEW: 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd',
})

test.each(['WP_APPID', 'WP_CLOUD_ENV', 'WP_UPLOAD_KEY'])('without %s it exits 2, names it and checks nothing', (v) => {
  const root = checkout()
  const { status, err } = verify(root, ['--offline'], { ...full(root), [v]: undefined })
  expect(status).toBe(2)
  expect(err).toContain(`${v} is not set`)
  expect(err).toContain('Nothing was checked.')
  expect(err).not.toMatch(/NETWORK ATTEMPT/)
})

test('a key path that does not exist is named', () => {
  const root = checkout()
  const { status, err } = verify(root, ['--offline'], { ...full(root), WP_UPLOAD_KEY: join(root, 'nope.key') })
  expect(status).toBe(2)
  expect(err).toMatch(/WP_UPLOAD_KEY: .*nope\.key does not exist/)
})

test('--offline lists each check from the sources and what only a person can check, and touches no network', () => {
  const root = checkout()
  const { status, out, err } = verify(root, ['--offline'], full(root))
  expect(err).not.toMatch(/NETWORK ATTEMPT/)
  expect(status).toBe(0)
  expect(out).toContain('needs network access to WeChat and the upload key')
  expect(out).toContain('function maintenance: exists, runtime Nodejs ≥ 16, timeout ≥ 20 s')
  expect(out).toContain('function plan: exists, runtime Nodejs ≥ 16, timeout ≥ 3 s')
  expect(out).toContain('function share: exists, runtime Nodejs ≥ 16, timeout ≥ 10 s')
  expect(out).not.toContain('function notes')
  expect(out.match(/collection \w+: exists/g)).toEqual([
    'collection drafts: exists',
    'collection plans: exists',
    'collection shares: exists',
  ])
  expect(out).toContain('openapi permissions of share (wxacode.getUnlimited)')
  expect(out).toContain('WP_SUBSCRIBE_TEMPLATE_REVIEW (AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd)')
  expect(out).toContain('Offline: nothing was checked.')
})

const ciInstalled = existsSync(resolve(__dirname, '../../tools/deploy/node_modules/miniprogram-ci/package.json'))

// Needs miniprogram-ci in tools/deploy (the quality step of npm test installs it).
;(ciInstalled ? test : test.skip)('without network it says nothing was verified and exits 4, never 0', () => {
  const root = checkout()
  const { status, err } = verify(root, [], full(root))
  expect(err).toMatch(/NETWORK ATTEMPT/)
  expect(err).toContain('Could not reach WeChat')
  expect(err).toContain('nothing was verified')
  expect(status).toBe(4)
})
