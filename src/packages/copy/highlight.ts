import type { CopyFinding, Severity } from '@/core/copy-check'

export interface Segment {
  text: string
  /** Findings covering this piece of text; the first is what a tap opens. */
  findings: CopyFinding[]
  severity: Severity | null
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 }

/**
 * Cuts the checked text at every span edge, so overlapping findings still give each character
 * one colour (the most severe) and a tap opens the most severe finding there.
 */
export function segments(text: string, findings: readonly CopyFinding[]): Segment[] {
  const chars = [...text]
  const spanned = findings.filter((f) => f.span && f.span.end <= chars.length)
  const cuts = new Set<number>([0, chars.length])
  for (const f of spanned) {
    cuts.add(f.span!.start)
    cuts.add(f.span!.end)
  }
  const edges = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < edges.length; i++) {
    const [a, b] = [edges[i], edges[i + 1]]
    const covering = spanned
      .filter((f) => f.span!.start <= a && f.span!.end >= b)
      .sort((x, y) => RANK[x.severity] - RANK[y.severity])
    out.push({ text: chars.slice(a, b).join(''), findings: covering, severity: covering[0]?.severity ?? null })
  }
  return out
}
