import { Text } from '@tarojs/components'
import './phrases.scss'

/**
 * A sentence cut into the pieces a reader takes in one glance: a clause up to and including its
 * punctuation (，、：；。！？), a bracketed note（次月）and a quoted name「最近删除」. Chinese text may
 * break between any two characters, so a short line on a 320 px phone ends as "…互动游" / "戏" or
 * "小程序留存率（次" / "月）"; each piece, kept whole, moves to the next line instead.
 */
export function splitPhrases(text: string): string[] {
  const pieces: string[] = []
  let current = ''
  const push = () => {
    if (current !== '') pieces.push(current)
    current = ''
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    const close = ch === '（' ? '）' : ch === '「' ? '」' : null
    const end = close === null ? -1 : text.indexOf(close, i + 1)
    if (end > i) {
      // A group starts a piece of its own and takes the punctuation right after it along.
      push()
      current = text.slice(i, end + 1)
      i = end
      while (i + 1 < text.length && /[，、：；。！？]/.test(text[i + 1])) current += text[++i]
      push()
      continue
    }
    current += ch
    if (/[，、：；。！？]/.test(ch)) push()
  }
  push()
  return pieces
}

/**
 * Text whose clauses, bracketed notes and quoted names each stay on one line when they fit
 * (a piece longer than the line still wraps inside itself rather than stick out).
 */
export function Phrases({ text }: { text: string }) {
  const pieces = splitPhrases(text)
  // One piece needs no box of its own.
  if (pieces.length < 2) return <>{text}</>
  return (
    <>
      {pieces.map((p, i) => (
        <Text className='phrase' key={i}>
          {p}
        </Text>
      ))}
    </>
  )
}
