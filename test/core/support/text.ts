import type { PlanContent } from '@/core'

/** Keys whose string values the owner reads on the plan page. */
const SHOWN = new Set([
  'statement',
  'relation',
  'roleLabel',
  'goalLabel',
  'coreGoal',
  'label',
  'reason',
  'reasons',
  'use',
  'forms',
  'cadence',
  'norm',
  'normNote',
  'purpose',
  'check',
  'scenarios',
  'platforms',
  'goal',
  'topic',
  'channel',
  'formLabel',
  'metric',
  'unit',
  'direction',
  'basis',
  'risk',
  'trigger',
  'measure',
  'ref',
  'pattern',
  'usual',
  'innovation',
  'module',
  'requirement',
  'owner',
  'action',
  'item',
  'title',
  'move',
  'techReader',
  'name',
])

/** Every string the plan page shows, with its path. */
export function shownText(plan: PlanContent): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = []
  const visit = (node: unknown, path: string, key: string) => {
    if (typeof node === 'string') {
      // positioning.goal is the goal's value; its label is goalLabel.
      if (SHOWN.has(key) && path !== 'plan.positioning.goal') out.push({ path, text: node })
      return
    }
    if (Array.isArray(node)) node.forEach((x, i) => visit(x, `${path}[${i}]`, key))
    else if (typeof node === 'object' && node !== null)
      for (const [k, v] of Object.entries(node)) if (k !== 'why') visit(v, `${path}.${k}`, k)
  }
  visit(plan, 'plan', '')
  return out
}
