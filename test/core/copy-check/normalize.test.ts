import fc from 'fast-check'
import { normalize } from '@/core/copy-check'
import { TRADITIONAL_TO_SIMPLIFIED } from '@/core/copy-check/traditional'

const span = (text: string, needle: string) => {
  const n = normalize(text)
  const i = n.text.indexOf(needle)
  if (i < 0) return null
  const chars = [...text]
  return chars.slice(n.origin[i], n.origin[i + needle.length - 1] + 1).join('')
}

describe('normalize', () => {
  it.each([
    ['最 好', '最好'],
    ['最\n好', '最好'],
    ['最　好', '最好'],
    ['最😋好', '最好'],
    ['分~享', '分享'],
    ['分*享', '分享'],
    ['分\u200b享', '分享'],
    ['Ｎｏ．１', 'no.1'],
    ['ＴＯＰ１', 'top1'],
    ['第①', '第1'],
    ['療效顯著', '疗效显著'],
    ['１０％', '10%'],
  ])('%j reads as %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected)
  })

  it('maps a match back to the exact original characters, emoji before it included', () => {
    expect(span('🎉🎉全网 最 好 吃！', '最好吃')).toBe('最 好 吃')
    expect(span('来自Ｎｏ．１的问候', 'no.1')).toBe('Ｎｏ．１')
  })

  it('keeps sentence punctuation so sentences stay apart', () => {
    expect(normalize('分享。领红包').text).toBe('分享。领红包')
  })

  it('maps each traditional character to a different simplified one', () => {
    for (const [t, simple] of TRADITIONAL_TO_SIMPLIFIED) {
      expect([...t]).toHaveLength(1)
      expect([...simple]).toHaveLength(1)
      expect(t).not.toBe(simple)
    }
  })

  it('origin is non-decreasing and within the text for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const n = normalize(text)
        expect(n.origin).toHaveLength(n.text.length)
        expect(n.length).toBe([...text].length)
        for (let i = 0; i < n.origin.length; i++) {
          expect(n.origin[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : n.origin[i - 1])
          expect(n.origin[i]).toBeLessThan(n.length)
        }
      }),
    )
  })

  it('does not lose text that NFKC expands a lot', () => {
    const text = '\ufdfa'.repeat(50)
    const n = normalize(text)
    expect(n.text.length).toBeGreaterThan(50 * 10)
    expect(n.origin[n.origin.length - 1]).toBe(49)
  })
})
