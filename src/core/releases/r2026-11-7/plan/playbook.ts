import type { Answers } from '../wizard/answers'
import { PLAYBOOK_RULES } from '../rules'
import type { PlaybookItem } from './schema'
import { why } from './why'

/** The trade's playbook moves: our recommendation (assumption), each shown in its plan section. */
export function playbook(a: Answers): PlaybookItem[] {
  return PLAYBOOK_RULES.filter((r) => r.industry === a.industry).map((r) => ({
    id: r.id,
    title: r.title,
    move: r.move,
    reason: r.source,
    place: r.place,
    why: why([r.id], ['industry'], true),
  }))
}
