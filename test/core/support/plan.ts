import type { PlanContent, Why } from '@/core'

/** Every object in the plan that carries a `why`, with its path; lists must be made of such objects. */
export function explainedItems(plan: PlanContent): { path: string; why: Why }[] {
  const out: { path: string; why: Why }[] = []
  const visit = (node: unknown, path: string, inList: boolean) => {
    if (Array.isArray(node)) {
      node.forEach((x, i) => visit(x, `${path}[${i}]`, true))
      return
    }
    if (typeof node !== 'object' || node === null) return
    const obj = node as Record<string, unknown>
    if ('why' in obj) out.push({ path, why: obj.why as Why })
    else if (inList) throw new Error(`list item without why: ${path}`)
    // A compliance item's further sources are explained by the item's own why (it cites each rule).
    for (const [k, v] of Object.entries(obj)) if (k !== 'why' && k !== 'moreSources') visit(v, `${path}.${k}`, false)
  }
  visit(plan, 'plan', false)
  return out
}

export function citedRules(plan: PlanContent): Set<string> {
  return new Set(explainedItems(plan).flatMap((x) => x.why.rules))
}

export const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))
