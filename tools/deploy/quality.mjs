// WeChat's own checks on the built mini program, offline: miniprogram-ci's code dependency
// analysis (ci.analyseCode) and quality scan (ci.checkCodeQuality), the same two reports WeChat
// DevTools shows under 代码依赖分析 and 代码质量. Neither contacts WeChat, so a throwaway AppID
// and a freshly generated key are enough. Exit 1 when any check fails.
//
//   node tools/deploy/quality.mjs [dist/weapp]
import { generateKeyPairSync } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadMiniprogramCi } from './ensure-ci.mjs'

// Well-formed but belongs to no one: the offline checks never send it anywhere.
const THROWAWAY_APPID = 'wx0000000000000000'

export async function runQualityChecks(projectPath) {
  const ci = loadMiniprogramCi()
  const keyDir = mkdtempSync(join(tmpdir(), 'wp-ci-key-'))
  const keyPath = join(keyDir, 'private.throwaway.key')
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  writeFileSync(keyPath, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 })
  try {
    const project = new ci.Project({
      appid: THROWAWAY_APPID,
      type: 'miniProgram',
      projectPath,
      privateKeyPath: keyPath,
      ignores: ['node_modules/**/*'],
    })
    const analysis = await ci.analyseCode(project, { silent: true })
    const quality = await ci.checkCodeQuality(project)
    return { analysis, quality }
  } finally {
    rmSync(keyDir, { recursive: true, force: true })
  }
}

/** Turns both reports into rows {check, ok, note}; exported for the tests. */
export function summarize({ analysis, quality }) {
  const rows = []
  if (!analysis) {
    rows.push({ check: 'ANALYSE_CODE', ok: false, note: 'analyseCode returned nothing' })
  } else {
    const broken = analysis.modules.flatMap((m) => [
      ...(m.errors ?? []).map((e) => `${m.id}: ${e}`),
      ...(m.deps ?? []).filter((d) => d.error).map((d) => `${m.id} → ${d.request}: ${d.error}`),
    ])
    rows.push({
      check: 'ANALYSE_CODE',
      ok: broken.length === 0,
      note: broken.length
        ? broken.slice(0, 10).join('; ')
        : `${analysis.files.length} files, ${analysis.modules.length} modules, every dependency resolved`,
    })
  }
  for (const item of quality) {
    let note = item.success ? 'passed' : `${item.text} — ${item.docURL}`
    if (item.name === 'PACKAGE_SIZE_LIMIT' && item.detail) {
      note = Object.entries(item.detail)
        .map(([pkg, bytes]) => `${pkg === '__APP__' ? 'main' : pkg} ${(Number(bytes) / 1024).toFixed(1)} KB`)
        .join(', ')
    }
    rows.push({ check: item.name, ok: Boolean(item.success), note })
  }
  return rows
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)
if (isMain) {
  const projectPath = resolve(process.argv[2] ?? 'dist/weapp')
  if (!existsSync(join(projectPath, 'app.json')) || !existsSync(join(projectPath, 'project.config.json'))) {
    console.error(`${projectPath} is not a built mini program: run NODE_ENV=production npx taro build --type weapp`)
    process.exit(2)
  }
  try {
    const rows = summarize(await runQualityChecks(projectPath))
    for (const r of rows) console.log(`${r.ok ? '✓' : '✗'} ${r.check.padEnd(30)} ${r.note}`)
    const failed = rows.filter((r) => !r.ok)
    console.log(`WeChat checks: ${rows.length - failed.length} passed, ${failed.length} failed`)
    // miniprogram-ci leaves a file watcher open: exit explicitly.
    process.exit(failed.length ? 1 : 0)
  } catch (err) {
    console.error('WeChat checks could not run:', err instanceof Error ? err.message : err)
    process.exit(1)
  }
}
