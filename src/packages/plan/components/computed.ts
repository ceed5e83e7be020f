import { diffPlans, type Change } from '@/core/plan/diff'
import type { PlanContent } from '@/core/plan/schema'
import { recompute } from '@/core/plan/releases'
import type { VersionCause, VersionData } from '@/core/api'

/**
 * The phone computes each version's plan from what the server keeps (answers, rule-base
 * release, computation time) with the same release that made it, so every version shows exactly
 * what it showed when it was saved. See cloudfunctions/README.md "Compact versions".
 */
export type Computed = { ok: true; content: PlanContent } | { ok: false; message: string }

const cache = new Map<string, Computed>()

function key(v: VersionData): string {
  return `${v.rulebaseVersion}|${v.computedAt}|${v.snapshot ? 's' : ''}|${JSON.stringify(v.answers)}`
}

export function computeVersion(v: VersionData): Computed {
  const k = key(v)
  const hit = cache.get(k)
  if (hit) return hit
  const r = recompute(v)
  const out: Computed = r.ok
    ? { ok: true, content: r.content }
    : {
        ok: false,
        message:
          r.reason === 'unknown-release'
            ? '这个版本由更新的规则库生成，请先更新小程序再查看'
            : '这个版本的回答无法读取，请联系我们',
      }
  // Small: a page shows at most a few versions; keep the cache from growing without bound.
  if (cache.size > 20) cache.clear()
  cache.set(k, out)
  return out
}

/** What changed from `before` to `after`, for the owner; empty when either cannot be computed. */
export function changesBetween(before: VersionData | null, after: VersionData): Change[] {
  if (!before) return []
  const a = computeVersion(before)
  const b = computeVersion(after)
  if (!a.ok || !b.ok) return []
  try {
    return diffPlans({ answers: before.answers, content: a.content }, { answers: after.answers, content: b.content })
  } catch {
    // Versions from different questionnaires may not diff cleanly; the page still shows both.
    return []
  }
}

/** Why a version exists, in the owner's words. */
export function causeLabel(v: { cause: VersionCause; restoredFrom: number | null }): string {
  switch (v.cause) {
    case 'create':
      return '创建方案'
    case 'edit':
      return '修改回答'
    case 'restore':
      return v.restoredFrom ? `恢复到第 ${v.restoredFrom} 版` : '恢复旧版本'
    case 'upgrade':
      return '采用新规则重新生成'
    case 'copy':
      return '从同事的分享另存'
  }
}
