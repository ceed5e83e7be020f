// WeChat's offline checks (tools/deploy/quality.mjs) run as a real process on small mini programs,
// so a project WeChat would flag really fails the step, and a clean one passes.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const script = resolve(__dirname, '../../tools/deploy/quality.mjs')

function miniProgram(setting: Record<string, boolean>, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'wp-quality-'))
  const files: Record<string, string> = {
    'app.json': JSON.stringify({ pages: ['pages/index/index'], lazyCodeLoading: 'requiredComponents' }),
    'app.js': 'App({})',
    'pages/index/index.json': '{}',
    'pages/index/index.js': 'Page({data:{}})',
    'pages/index/index.wxml': '<view>微定位</view>',
    'pages/index/index.wxss': 'view{color:#000}',
    'project.config.json': JSON.stringify({ miniprogramRoot: './', compileType: 'miniprogram', setting }),
    ...extra,
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

function check(dir: string) {
  const res = spawnSync(process.execPath, [script, dir], { encoding: 'utf8', timeout: 120_000 })
  return { status: res.status, out: res.stdout + res.stderr }
}

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

test('a mini program without compression fails the three compression checks and exits 1', () => {
  const dir = miniProgram({ minified: false, minifyWXML: false, minifyWXSS: false })
  dirs.push(dir)
  const { status, out } = check(dir)
  expect(status).toBe(1)
  expect(out).toMatch(/✗ JS_COMPRESS_OPEN/)
  expect(out).toMatch(/✗ WXML_COMPRESS_OPEN/)
  expect(out).toMatch(/✗ WXSS_COMPRESS_OPEN/)
  expect(out).toMatch(/✓ ANALYSE_CODE/)
  expect(out).toMatch(/WeChat checks: \d+ passed, 3 failed/)
}, 150_000)

test('images over the 200 KB budget of WeChat fail the image and audio check', () => {
  const dir = miniProgram(
    { minified: true, minifyWXML: true, minifyWXSS: true },
    { 'images/poster.png': 'x'.repeat(260 * 1024) },
  )
  dirs.push(dir)
  const { status, out } = check(dir)
  expect(status).toBe(1)
  expect(out).toMatch(/✗ IMAGE_AND_AUDIO_LIMIT/)
}, 150_000)

test('a compressed, fully used mini program passes every check and exits 0', () => {
  const dir = miniProgram({ minified: true, minifyWXML: true, minifyWXSS: true })
  dirs.push(dir)
  const { status, out } = check(dir)
  expect(out).toMatch(/WeChat checks: \d+ passed, 0 failed/)
  expect(out).not.toMatch(/✗/)
  expect(status).toBe(0)
}, 150_000)

test('a folder that is not a built mini program is refused with a hint to build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp-quality-empty-'))
  dirs.push(dir)
  const { status, out } = check(dir)
  expect(status).toBe(2)
  expect(out).toMatch(/taro build --type weapp/)
})
