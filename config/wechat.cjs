// The one configuration of everything that talks to WeChat: AppID, cloud environment, subscribe
// message templates, and for deploys the upload key and robot. Read by the Taro builds
// (config/index.ts), the function bundler (tools/build-functions.mjs), the deploy tool
// (tools/deploy/) and, through what the builds embed, by the app and the functions
// (src/wechat-config.ts). The local runtime needs none of it.
//
// Values come from environment variables, falling back to the git-ignored `.env.local` at the
// repository root (`WP_CONFIG_FILE` names another file); `.env.example` documents each.
// CommonJS so that Taro's compiled config (require) and the ESM tools (import) both load it.
const { existsSync, readFileSync } = require('node:fs')
const { join, resolve } = require('node:path')

const repoRoot = resolve(__dirname, '..')

/** Every setting once: its variable, where it goes, what a valid value looks like. */
const SETTINGS = [
  {
    variable: 'WP_APPID',
    key: 'appId',
    public: true,
    pattern: /^wx[0-9a-f]{16}$/,
    format: 'wx followed by 16 lowercase hex digits (微信公众平台 → 开发管理 → 开发设置)',
  },
  {
    variable: 'WP_CLOUD_ENV',
    key: 'cloudEnv',
    public: true,
    pattern: /^[a-z0-9][a-z0-9-]{3,39}$/,
    format: 'the cloud environment id, e.g. prod-1a2b3c (云开发控制台 → 设置 → 环境 ID)',
  },
  {
    variable: 'WP_SUBSCRIBE_TEMPLATE_REVIEW',
    key: 'subscribeTemplates.review',
    public: true,
    pattern: /^[A-Za-z0-9_-]{20,64}$/,
    format: 'the template id of the quarterly review reminder (订阅消息 → 我的模板)',
  },
  {
    variable: 'WP_UPLOAD_KEY',
    key: 'uploadKeyPath',
    public: false,
    pattern: /^.+$/,
    format: 'path to the code upload private key (开发管理 → 开发设置 → 小程序代码上传密钥)',
  },
  {
    variable: 'WP_CI_ROBOT',
    key: 'robot',
    public: false,
    pattern: /^([1-9]|[12][0-9]|30)$/,
    format: 'a number from 1 to 30 (which CI robot uploads; default 1)',
    fallback: '1',
  },
]

/** Parses KEY=VALUE lines (# comments, optional quotes); nothing else of dotenv is needed. */
function parseEnvFile(text) {
  const out = {}
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line)
    if (!m || line.trim().startsWith('#')) continue
    out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2')
  }
  return out
}

function setPath(target, path, value) {
  const keys = path.split('.')
  let node = target
  for (const k of keys.slice(0, -1)) node = node[k] ??= {}
  node[keys[keys.length - 1]] = value
}

/**
 * Reads the configuration. Unset values are '' (a local build needs none); a value that is set
 * but malformed is a problem naming its variable.
 */
function readWeChatConfig({ env = process.env, root = repoRoot } = {}) {
  const file = env.WP_CONFIG_FILE ? resolve(root, env.WP_CONFIG_FILE) : join(root, '.env.local')
  const fromFile = existsSync(file) ? parseEnvFile(readFileSync(file, 'utf8')) : {}
  const values = { subscribeTemplates: {} }
  const problems = []
  const sources = {}
  for (const s of SETTINGS) {
    const raw = env[s.variable] ?? fromFile[s.variable]
    sources[s.variable] = env[s.variable] !== undefined ? 'environment' : raw !== undefined ? file : 'unset'
    const value = (raw ?? '').trim() || s.fallback || ''
    if (value && !s.pattern.test(value)) {
      problems.push({ variable: s.variable, message: `${s.variable} is "${value}", expected ${s.format}` })
    }
    setPath(values, s.key, value)
  }
  return { values, problems, sources, file }
}

/** Problems for the settings a task cannot do without (e.g. a deploy needs all of them). */
function missingSettings(config, variables) {
  return SETTINGS.filter((s) => variables.includes(s.variable))
    .filter((s) => !s.key.split('.').reduce((node, k) => node?.[k], config.values))
    .map((s) => ({ variable: s.variable, message: `${s.variable} is not set: ${s.format}` }))
}

/** What the builds embed in the app and the functions: public settings only, never key paths. */
function publicWeChatConfig(config) {
  const { appId, cloudEnv, subscribeTemplates } = config.values
  return { appId, cloudEnv, subscribeTemplates: { review: subscribeTemplates.review ?? '' } }
}

/** Throws with every problem listed: builds stop on a malformed value rather than embed it. */
function assertNoProblems(config) {
  if (config.problems.length) {
    throw new Error(
      `WeChat configuration (${config.file} / environment):\n${config.problems.map((p) => `  - ${p.message}`).join('\n')}`,
    )
  }
  return config
}

module.exports = {
  repoRoot,
  SETTINGS,
  parseEnvFile,
  readWeChatConfig,
  missingSettings,
  publicWeChatConfig,
  assertNoProblems,
}
