import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { ROOT, shortPath, sourceFiles, SRC } from './support/source-files'

// The H5 build binds `@tarojs/components` to src/components/taro-h5 (one module per component, so
// the home page's chunk carries only what it renders: bench:first-screen). That folder must cover
// every component the app imports, and bind each exactly as Taro's own React binding does (or, for
// View and Text, as Taro's `h5.useHtmlComponents` does).
const OURS = join(ROOT, 'src/components/taro-h5')
const TARO_BINDING = join(ROOT, 'node_modules/@tarojs/components/lib/react/components.js')
const TARO_DEFINITIONS = join(ROOT, 'node_modules/@tarojs/components/dist/components/index.js')
// Taro's HTML components (what its `h5.useHtmlComponents` option binds): View and Text use these.
const TARO_HTML = join(ROOT, 'node_modules/@tarojs/components-react/dist/index.js')

/** The values (not types) a file imports from '@tarojs/components', by their exported names. */
function importedComponents(fileName: string): string[] {
  const source = ts.createSourceFile(fileName, readFileSync(fileName, 'utf8'), ts.ScriptTarget.Latest, true)
  const names: string[] = []
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue
    if ((statement.moduleSpecifier as ts.StringLiteral).text !== '@tarojs/components') continue
    const bindings = statement.importClause?.namedBindings
    if (bindings && ts.isNamespaceImport(bindings)) names.push('*')
    if (bindings && ts.isNamedImports(bindings)) {
      for (const el of bindings.elements) if (!el.isTypeOnly) names.push((el.propertyName ?? el.name).text)
    }
  }
  return names
}

// Components of our own, not Taro's. PullDownRefresh: the router wraps a pull-down page in it;
// Taro's HTML one never calls the page's onPullDownRefresh (pull-down-refresh.tsx says more), and
// test/browser/screens.test.ts checks ours does, and only at the top of the page.
const OWN = ['PullDownRefresh']

/**
 * Our binding of each component: a custom element (its tag and definition, bound by element.ts)
 * or one of Taro's HTML components (the module it comes from).
 */
type Binding = { tag: string; definition: string } | { html: string } | { own: string }

function ourBindings(): Map<string, Binding> {
  const index = readFileSync(join(OURS, 'index.ts'), 'utf8')
  const out = new Map<string, Binding>()
  for (const [, name, file] of index.matchAll(/export \{ (\w+) \} from '\.\/([\w-]+)'/g)) {
    if (OWN.includes(name)) {
      out.set(name, { own: file })
      continue
    }
    const code = readFileSync(join(OURS, `${file}.ts`), 'utf8')
    const html = code.match(/import \w+ from '@tarojs\/components-react\/dist\/(components\/[\w-]+\/index\.js)'/)?.[1]
    if (html) {
      out.set(name, { html })
      continue
    }
    const tag = code.match(new RegExp(`export const ${name} = taroElement<[^>]+>\\('([\\w-]+)'`))?.[1]
    const definition = code.match(
      /import \{ defineCustomElement \} from 'taro-component-definitions\/([\w-]+\.js)'/,
    )?.[1]
    out.set(name, { tag: tag ?? '(none)', definition: definition ?? '(none)' })
  }
  return out
}

/** Taro's HTML components, by export name: the module each comes from. */
function taroHtmlComponents(): Map<string, string> {
  const out = new Map<string, string>()
  for (const [, name, path] of readFileSync(TARO_HTML, 'utf8').matchAll(
    /export \{ default as (\w+) \} from '\.\/(components\/[\w-]+\/index\.js)'/g,
  )) {
    out.set(name, path)
  }
  return out
}

/** Taro's own binding of each component, read from the installed @tarojs/components. */
function taroBindings(): Map<string, { tag: string; definition: string; props: string }> {
  const definitions = new Map<string, string>()
  for (const [, fn, file] of readFileSync(TARO_DEFINITIONS, 'utf8').matchAll(
    /defineCustomElement as (\w+) \} from '\.\/([\w-]+\.js)'/g,
  )) {
    definitions.set(fn, file)
  }
  const out = new Map<string, { tag: string; definition: string; props: string }>()
  for (const [, name, tag, props, fn] of readFileSync(TARO_BINDING, 'utf8').matchAll(
    /const (\w+) = \/\*@__PURE__\*\/ createReactComponent\('([\w-]+)', undefined, (\w+), (\w+)\)/g,
  )) {
    out.set(name, { tag, props, definition: definitions.get(fn) ?? '(none)' })
  }
  return out
}

describe('H5 component bindings (src/components/taro-h5)', () => {
  test('every component the app imports from @tarojs/components has its own module', () => {
    const ours = ourBindings()
    const missing: string[] = []
    for (const file of sourceFiles(SRC, { skip: [OURS] })) {
      for (const name of importedComponents(file)) {
        if (!ours.has(name)) missing.push(`${shortPath(file, ROOT)}: ${name}`)
      }
    }
    expect(missing).toEqual([])
    // The scan itself works: the home page renders View.
    expect(importedComponents(join(ROOT, 'src/pages/home/index.tsx'))).toContain('View')
  })

  test("each module binds the same tag, props handling and definition as Taro 4 does, or Taro's HTML component", () => {
    const taro = taroBindings()
    expect(taro.size).toBeGreaterThan(50)
    const html = taroHtmlComponents()
    expect(html.get('View')).toBe('components/view/index.js')
    const ours = ourBindings()
    expect(ours.size).toBeGreaterThan(0)
    for (const [name, binding] of ours) {
      if ('own' in binding) continue
      if ('html' in binding) {
        // The very module Taro's own `h5.useHtmlComponents` binds under this name.
        expect({ name, html: binding.html }).toEqual({ name, html: html.get(name) })
        continue
      }
      const theirs = taro.get(name)
      expect({ name, tag: binding.tag, definition: binding.definition }).toEqual({
        name,
        tag: theirs?.tag,
        definition: theirs?.definition,
      })
      // element.ts passes Taro's manipulatePropsFunction to every component, as Taro does.
      expect(theirs?.props).toBe('manipulatePropsFunction')
    }
    // Home's first screen is made of Views and a Button: they are HTML (view.ts says why).
    expect(ours.get('View')).toEqual({ html: 'components/view/index.js' })
    expect(ours.get('Button')).toEqual({ html: 'components/button/index.js' })
    // The only component of our own is the one Taro's router asks for by name.
    expect([...ours].filter(([, b]) => 'own' in b).map(([n]) => n)).toEqual(OWN)
  })
})
