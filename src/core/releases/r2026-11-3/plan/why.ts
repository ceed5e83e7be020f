import type { QuestionId } from '../wizard/questions'
import type { Why } from './schema'

export function why(rules: readonly string[], answers: readonly QuestionId[], assumption = false): Why {
  return { rules: [...new Set(rules)], answers: [...new Set(answers)], assumption }
}
