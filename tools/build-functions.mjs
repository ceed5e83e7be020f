// `npm run build:functions`: bundles each cloud function in cloudfunctions/functions/<fn>/ into
// dist/cloudfunctions/<fn>/index.js (core inlined, wx-server-sdk left external: WeChat installs
// it from the function's own package.json), plus that package.json and config.json.
import { build } from 'esbuild'
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { recordBuildConfig } from '../config/build-stamp.cjs'
import { assertNoProblems, publicWeChatConfig, readWeChatConfig } from '../config/wechat.cjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const sourceDir = join(root, 'cloudfunctions', 'functions')
// `--out <dir>` builds elsewhere (the tests build into a temp folder).
const outArg = process.argv.indexOf('--out')
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist', 'cloudfunctions')

async function exists(path) {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

const names = []
for (const entry of await readdir(sourceDir, { withFileTypes: true })) {
  if (entry.isDirectory() && (await exists(join(sourceDir, entry.name, 'index.ts')))) names.push(entry.name)
}
if (names.length === 0) throw new Error(`no functions found in ${sourceDir}`)
// The one WeChat configuration (config/wechat.cjs), public values only, as WECHAT_CONFIG.
const wechat = publicWeChatConfig(assertNoProblems(readWeChatConfig()))

for (const name of names.sort()) {
  const src = join(sourceDir, name)
  const out = join(outDir, name)
  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  const result = await build({
    entryPoints: [join(src, 'index.ts')],
    outfile: join(out, 'index.js'),
    bundle: true,
    platform: 'node',
    // WeChat's cloud function runtime: Node 16 is the oldest we create functions with.
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    define: { WECHAT_CONFIG: JSON.stringify(wechat) },
    alias: { '@': join(root, 'src') },
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'none',
    sourcemap: false,
    minify: false,
    metafile: true,
    logLevel: 'warning',
  })
  for (const file of ['package.json', 'config.json']) await copyFile(join(src, file), join(out, file))
  const inputs = Object.keys(result.metafile.inputs)
  const forbidden = inputs.filter((p) => /better-sqlite3|cloudfunctions\/local\/|node_modules\/wx-server-sdk/.test(p))
  if (forbidden.length) throw new Error(`${name}: bundle pulled in ${forbidden.join(', ')}`)
  const bytes = (await stat(join(out, 'index.js'))).size
  console.log(`${join(outDir, name, 'index.js')}  ${(bytes / 1024).toFixed(1)} KB  (${inputs.length} inputs)`)
}
if (outArg < 0) recordBuildConfig('functions', wechat)
