import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { shortPath, sourceFiles, SRC } from './support/source-files'

// The core runs unchanged on the phone and in the cloud function: it may import only itself and
// pure libraries. This keeps the architecture honest as the code grows.
const CORE = join(SRC, 'core')
const ALLOWED_PACKAGES = new Set(['valibot'])

function importsOf(code: string): string[] {
  const specs: string[] = []
  for (const m of code.matchAll(
    /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    specs.push(m[1] ?? m[2] ?? m[3])
  }
  return specs
}

const files = sourceFiles(CORE)

test('the core has source files to check', () => {
  expect(files.length).toBeGreaterThan(10)
})

test.each(files.map((f) => [shortPath(f, CORE), f]))('%s imports only the core and pure libraries', (_name, file) => {
  const code = readFileSync(file, 'utf8')
  const outside = importsOf(code).filter((spec) => {
    if (spec.startsWith('.')) return !resolve(join(file, '..'), spec).startsWith(CORE)
    if (spec.startsWith('@/core')) return false
    return !ALLOWED_PACKAGES.has(spec.split('/')[0])
  })
  expect(outside).toEqual([])
  // No platform globals or I/O either: the clock and identity are inputs.
  expect(code).not.toMatch(/\b(wx|Taro|process|window|document)\.\w+|Date\.now\(\)|Math\.random\(\)|new Date\(\)/)
})
