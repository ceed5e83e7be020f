import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { keepPhrasesWhole, labelAndNote, splitPhrases } from '@/components/format'
import { shortPath, sourceFiles, SRC } from '../core/support/source-files'

/**
 * Text that a 320 px phone must not break in the wrong place (splitPhrases, labelAndNote,
 * keepPhrasesWhole; the layout itself is checked in the browser, test/browser/layout.test.ts), and
 * the platform dialog's limits, read from our sources.
 */
const CLIENT = ['pages', 'packages', 'components', 'stores', 'api'].map((d) => join(SRC, d))

/** The file's code without its comments (which quote freely, in English). */
function codeOf(file: string): string[] {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/(^|\s)\/\/.*$/, ''))
}

describe('text kept whole on a phone', () => {
  test('a sentence is cut after its punctuation, and bracketed notes and quoted names are pieces of their own', () => {
    expect(splitPhrases('下午：14:00–17:00，偏好短视频、互动游戏')).toEqual([
      '下午：',
      '14:00–17:00，',
      '偏好短视频、',
      '互动游戏',
    ])
    expect(splitPhrases('小程序留存率（次月）')).toEqual(['小程序留存率', '（次月）'])
    expect(splitPhrases('未完成的「小店」会被放弃。想继续它，请点「继续填写」。')).toEqual([
      '未完成的',
      '「小店」',
      '会被放弃。',
      '想继续它，',
      '请点',
      '「继续填写」。',
    ])
    // Nothing is lost or added: the pieces are the sentence.
    const s = '四周日历共 12 篇（每周 3 篇以内），含「节日」'
    expect(splitPhrases(s).join('')).toBe(s)
    // An unclosed bracket is an ordinary character.
    expect(splitPhrases('目标（未完')).toEqual(['目标（未完'])
  })

  test('a label and its bracketed note come apart; a label without one is left alone', () => {
    expect(labelAndNote('新增关注量（月）')).toEqual({ label: '新增关注量', note: '（月）' })
    expect(labelAndNote('获客成本')).toEqual({ label: '获客成本', note: null })
  })

  test('a dialog glues each quoted name and each short clause, and leaves the breaks between them', () => {
    const WJ = '\u2060'
    const glued = (p: string) => [...p].join(WJ)
    expect(keepPhrasesWhole('未完成的「小店」会被放弃。想继续它，请点「继续填写」。')).toBe(
      ['未完成的', '「小店」', '会被放弃。', '想继续它，', '请点', '「继续填写」。'].map(glued).join(''),
    )
    // A clause too long for one line of a 320 px dialog may still break, but never inside a quoted name.
    const long = '删除后三十天内都可以在首页找到它，在「最近删除」中恢复。'
    expect(keepPhrasesWhole(long)).toBe(
      '删除后三十天内都可以在首页找到它，' + glued('在') + glued('「最近删除」') + glued('中恢复。'),
    )
    expect(keepPhrasesWhole(long).replace(/\u2060/g, '')).toBe(long)
  })
})

describe('the platform dialog', () => {
  // wx.showModal (and Taro's H5 copy of it) refuses a confirm label longer than four Chinese
  // characters: the dialog never opens and the tap does nothing ("放弃并新建" on home did that).
  test('every confirm label of ours fits showModal: at most four characters', () => {
    const labels = CLIENT.flatMap((dir) => sourceFiles(dir)).flatMap((f) => {
      const code = codeOf(f).join('\n')
      const text = /(?:'[^']*'|`[^`]*`)/.source
      const asArgument = new RegExp(`confirmDanger\\(\\s*${text}\\s*,\\s*${text}\\s*,\\s*'([^']*)'`, 'g')
      return [...code.matchAll(asArgument), ...code.matchAll(/confirmText:\s*'([^']*)'/g)].map(
        (m) => `${shortPath(f)}: ${m[1]}`,
      )
    })
    expect(labels.length).toBeGreaterThan(4)
    expect(labels.filter((l) => l.split(': ')[1].length > 4)).toEqual([])
  })
})
