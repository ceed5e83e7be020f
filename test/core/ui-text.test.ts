import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { ROOT, shortPath, sourceFiles } from './support/source-files'

// Everything a user reads is plain Chinese (issue 13): a Chinese sentence quotes with “” or 「」,
// never with the ASCII " or ' a keyboard types. This reads every string and JSX text of the app
// and the cloud functions (the messages they send back) the way the compiler does.
const ROOTS = ['src', 'cloudfunctions'].map((d) => join(ROOT, d))
const CJK = /[\u3400-\u9fff\uff00-\uffef]/g
const LATIN = /[A-Za-z]/g
const ASCII_QUOTE = /["']/
// Frozen rule-base releases must recompute stored plans character for character: what an owner
// saw in an old version stays as it was.
const FROZEN = join(ROOT, 'src/core/releases')

/** Chinese prose, not an English note that quotes a Chinese word (rule sources, comments). */
function isChinese(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0
  // An English sentence (a rule's source quoted as written) starts with a Latin letter.
  if (/^[A-Za-z]/.test(text.trim())) return false
  return cjk > 0 && cjk >= (text.match(LATIN)?.length ?? 0)
}

/** The Chinese strings of a file that contain an ASCII quote (or `quote`), with their line numbers. */
export function quotedChinese(fileName: string, code: string, quote: RegExp = ASCII_QUOTE): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    let text: string | undefined
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) text = node.text
    else if (ts.isJsxText(node)) text = node.text
    if (text !== undefined && isChinese(text) && quote.test(text)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      found.push(`${line}: ${text.trim()}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const files = ROOTS.flatMap((root) => sourceFiles(root, { skip: [FROZEN] }))

test('the check finds an ASCII quote in a Chinese string and in JSX text', () => {
  expect(quotedChinese('a.tsx', `const a = '请点"修改回答"'`)).toHaveLength(1)
  expect(quotedChinese('a.tsx', `const a = <View>请点"修改回答"</View>`)).toHaveLength(1)
  expect(quotedChinese('a.tsx', 'const a = `第 ${n} 版 "旧"`')).toHaveLength(1)
  expect(quotedChinese('a.tsx', `const a = '请点“修改回答”'; const b = "it's"`)).toEqual([])
  expect(quotedChinese('a.ts', `const note = 'no "国家级" or "最佳" in ads'`)).toEqual([])
})

test('there are app sources to read', () => {
  expect(files.length).toBeGreaterThan(50)
})

test('no Chinese text in the app or the cloud functions uses ASCII quotes', () => {
  const offenders = files.flatMap((f) =>
    quotedChinese(f, readFileSync(f, 'utf8')).map((hit) => `${shortPath(f, ROOT)}:${hit}`),
  )
  expect(offenders).toEqual([])
})

// One quote style across the screens: 「继续填写」, as WeChat's own Chinese UI quotes a name or a
// button; “” beside it reads as a second hand. src/core is the plan engine's and the rule base's
// wording (the article's quotes, copy-check phrases matched against the owner's text) and is
// left to that wording's owners; everything else the user reads is held to 「」 here.
const CURLY = /[“”]/
const CORE = join(ROOT, 'src/core')

test('the check finds a curly quote in a Chinese string', () => {
  expect(quotedChinese('a.tsx', `const a = '请点“修改回答”'`, CURLY)).toHaveLength(1)
  expect(quotedChinese('a.tsx', `const a = <View>在首页“最近删除”中</View>`, CURLY)).toHaveLength(1)
  expect(quotedChinese('a.tsx', `const a = '请点「修改回答」'`, CURLY)).toEqual([])
})

test('the screens and the cloud functions quote with 「」, never “”', () => {
  const client = ROOTS.flatMap((root) => sourceFiles(root, { skip: [CORE] }))
  expect(client.length).toBeGreaterThan(50)
  const offenders = client.flatMap((f) =>
    quotedChinese(f, readFileSync(f, 'utf8'), CURLY).map((hit) => `${shortPath(f, ROOT)}:${hit}`),
  )
  expect(offenders).toEqual([])
})
