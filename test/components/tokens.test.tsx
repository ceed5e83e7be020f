import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { THEME } from '@/theme'
import { sourceFiles, SRC } from '../core/support/source-files'

const tokens = readFileSync(join(SRC, 'app.scss'), 'utf8')

describe('the token stylesheet', () => {
  test.each(Object.entries(THEME))('src/theme.ts %s equals the --wp- token in app.scss', (name, value) => {
    expect(tokens).toContain(`--wp-${name}: ${value};`)
  })

  // Pages and components take colours from the tokens; a literal colour is a token someone forgot.
  test('no stylesheet or component of ours hard-codes a colour', () => {
    const offenders = sourceFiles(SRC, { name: /\.(scss|tsx)$/ })
      .filter((f) => !f.endsWith('app.scss'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .filter((line) => /#[0-9a-fA-F]{3,8}\b|rgba?\(/.test(line))
          .map((line) => `${relative(SRC, f)}: ${line.trim()}`),
      )
    expect(offenders).toEqual([])
  })

  // Taro's H5 <Button> renders disabled="false" on an enabled button: a bare [disabled] rule greys it.
  test('the disabled look never matches disabled="false"', () => {
    expect(tokens).not.toMatch(/\.btn\[disabled\]\s*[,{]/)
    expect(tokens).toMatch(/\.btn\[disabled\]:not\(\[disabled='false'\]\)/)
  })
})
