import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { shortPath, sourceFiles, SRC } from './support/source-files'

// Taro's H5 <Button> writes disabled="false" on an enabled button, and [disabled] styles (Taro's
// own among them) then grey out a live button (issue 13). The shared Button in src/components/button
// is the one place that talks to Taro's button about it; anywhere else a raw Taro Button may only
// be made disabled by spreading `{ disabled: true }` when it is, never given `disabled={expr}`.
const SHARED = join(SRC, 'components/button/index.tsx')

/** `disabled` attributes with a value that may be false on Taro's own Button, as "file:line". */
export function rawDisabled(fileName: string, code: string): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const taroButtons = new Set<string>()
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue
    if ((statement.moduleSpecifier as ts.StringLiteral).text !== '@tarojs/components') continue
    const named = statement.importClause?.namedBindings
    if (!named || !ts.isNamedImports(named)) continue
    for (const el of named.elements) if ((el.propertyName ?? el.name).text === 'Button') taroButtons.add(el.name.text)
  }
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && taroButtons.has(node.tagName.getText())) {
      for (const attr of node.attributes.properties) {
        if (!ts.isJsxAttribute(attr) || attr.name.getText() !== 'disabled' || !attr.initializer) continue
        const value = ts.isJsxExpression(attr.initializer) ? attr.initializer.expression : attr.initializer
        if (value && value.kind === ts.SyntaxKind.TrueKeyword) continue
        const { line } = source.getLineAndCharacterOfPosition(attr.getStart())
        found.push(`${fileName}:${line + 1}`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe("Taro's Button is never handed disabled={false}", () => {
  test('the check finds a bound disabled and lets the spread and the literal true through', () => {
    const code = [
      "import { Button as B, View } from '@tarojs/components'",
      "import { Button } from '@/components/button'",
      'const a = <B disabled={busy}>x</B>',
      'const b = <B {...(busy ? { disabled: true } : {})}>x</B>',
      'const c = <B disabled>x</B>',
      'const d = <Button disabled={busy}>x</Button>',
      'const e = <B disabled={false} />',
    ].join('\n')
    expect(rawDisabled('x.tsx', code)).toEqual(['x.tsx:3', 'x.tsx:7'])
  })

  test('no page or component outside the shared Button binds it', () => {
    const found: string[] = []
    for (const path of sourceFiles(SRC, { name: /\.tsx$/ })) {
      if (path === SHARED) continue
      found.push(...rawDisabled(shortPath(path), readFileSync(path, 'utf8')))
    }
    expect(found).toEqual([])
  })
})
