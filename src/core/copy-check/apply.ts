import type { CopyFinding } from './schema'

/**
 * The text after the owner taps 采用 on one finding: the span replaced by the suggestion, or
 * the notice appended on a new line. Offsets are code points, so emoji before the span are safe.
 * Returns null when the finding has nothing to apply or its span no longer holds its excerpt
 * (the text changed since the check).
 */
export function applySuggestion(text: string, finding: CopyFinding): string | null {
  const chars = [...text]
  if (finding.span) {
    const { start, end } = finding.span
    if (finding.suggestion.replacement === null) return null
    if (chars.slice(start, end).join('') !== finding.excerpt) return null
    return [...chars.slice(0, start), finding.suggestion.replacement, ...chars.slice(end)].join('')
  }
  if (finding.suggestion.append) {
    const trimmed = text.replace(/\s+$/, '')
    return `${trimmed}${trimmed ? '\n' : ''}${finding.suggestion.append}`
  }
  return null
}
