import { Text } from '@tarojs/components'
import { splitPhrases } from './format'
import './phrases.scss'

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

/** A short piece of a line (a version's cause, a name) that moves to the next line whole. */
export function Whole({ children }: { children: string }) {
  return <Text className='phrase'>{children}</Text>
}
