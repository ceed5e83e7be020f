/**
 * Valid answers derived from the questionnaire's own data, so tests keep working as questions are
 * added: each question gets the smallest answer its kind and limits accept.
 */
import { QUESTIONS, type Question } from '@/core/wizard/questions'
import { parseAnswers, type Answers } from '@/core/wizard/answers'

export function validAnswerFor(q: Question): string | number | boolean | string[] {
  switch (q.kind) {
    case 'text':
      return q.id === 'name' ? '老街面馆' : '测'.repeat(Math.max(1, q.minLength))
    case 'single':
      return q.options[0].value
    case 'multi':
      return q.options.slice(0, Math.max(1, q.minItems)).map((o) => o.value)
    case 'number':
      return Math.max(q.min, 1)
    case 'boolean':
      return true
  }
}

export function validAnswers(
  overrides: Record<string, unknown> = {},
): Record<string, string | number | boolean | string[]> {
  const raw = Object.fromEntries((QUESTIONS as readonly Question[]).map((q) => [q.id, validAnswerFor(q)]))
  return { ...raw, ...overrides } as Record<string, string | number | boolean | string[]>
}

/** The parsed form (what the server stores); throws if the generator falls behind the schema. */
export function parsedAnswers(overrides: Record<string, unknown> = {}): Answers {
  const r = parseAnswers(validAnswers(overrides))
  if (!r.ok) throw new Error(`test answers no longer valid: ${JSON.stringify(r.errors)}`)
  return r.value
}
