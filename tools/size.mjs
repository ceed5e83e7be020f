// `npm run size`: bytes of the built mini program, main package vs subpackages, as WeChat counts them.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

const root = process.argv[2] ?? 'dist/weapp'
if (!existsSync(join(root, 'app.json'))) {
  console.error(`${root}/app.json not found: run npm run build:weapp first`)
  process.exit(1)
}
const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'))
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else yield path
  }
}

const sizes = { main: 0 }
for (const r of subRoots) sizes[r] = 0
let total = 0
for (const file of files(root)) {
  const rel = relative(root, file).split(sep).join('/')
  if (rel === 'project.config.json' || rel === 'project.private.config.json') continue
  const bytes = statSync(file).size
  total += bytes
  const owner = subRoots.find((r) => rel.startsWith(r + '/'))
  sizes[owner ?? 'main'] += bytes
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
console.log(`weapp main package: ${sizes.main} bytes (${kb(sizes.main)})`)
for (const r of subRoots) console.log(`  subpackage ${r}: ${sizes[r]} bytes (${kb(sizes[r])})`)
console.log(`weapp total: ${total} bytes (${kb(total)})`)
