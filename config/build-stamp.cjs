// Each build records which WeChat configuration it embedded (dist/.wechat/<build>.json), so the
// deploy dry-run can refuse to ship a mini program built for another AppID or cloud environment.
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs')
const { join } = require('node:path')
const { repoRoot } = require('./wechat.cjs')

const stampDir = join(repoRoot, 'dist', '.wechat')

function recordBuildConfig(build, publicConfig) {
  mkdirSync(stampDir, { recursive: true })
  writeFileSync(join(stampDir, `${build}.json`), JSON.stringify({ build, config: publicConfig }, null, 2) + '\n')
}

/** The configuration a build embedded, or null when it has not been built since stamps exist. */
function readBuildConfig(build) {
  try {
    return JSON.parse(readFileSync(join(stampDir, `${build}.json`), 'utf8')).config
  } catch {
    return null
  }
}

module.exports = { recordBuildConfig, readBuildConfig, stampDir }
