import type { QuestionId } from '../wizard/questions'
import type { Why } from './schema'

export function why(rules: readonly string[], answers: readonly QuestionId[], assumption = false): Why {
  return { rules: unique(rules), answers: unique(answers), assumption }
}

/** First occurrences in order, like `[...new Set(xs)]`; the lists are short, and a plan builds hundreds. */
function unique<T>(xs: readonly T[]): T[] {
  if (xs.length < 2) return xs.slice()
  if (xs.length === 2) return xs[0] === xs[1] ? [xs[0]] : [xs[0], xs[1]]
  const out: T[] = []
  // Indexed loops: without a JIT (iOS) an iterator-based loop costs several times more.
  for (let i = 0; i < xs.length; i++) if (out.indexOf(xs[i]) < 0) out.push(xs[i])
  return out
}
