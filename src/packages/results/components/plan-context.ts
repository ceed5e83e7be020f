import { useEffect, useMemo } from 'react'
import type { VersionData } from '@/core/api'
import { diffPlans } from '@/core/plan/diff'
import type { PlanContent } from '@/core/plan/schema'
import { recompute } from '@/core/plan/releases'
import { serverNow } from '@/api/server-clock'
import { usePlan } from '@/stores/plan'
import { useResults } from '@/stores/results'

/**
 * A version's plan, computed on the phone by the release that made it, as the plan page does
 * (the server keeps answers, rule-base release and computation time, never the content).
 */
export type PlanContentResult = { ok: true; content: PlanContent } | { ok: false; message: string }

export function contentOfVersion(v: VersionData): PlanContentResult {
  const r = recompute(v)
  if (r.ok) return { ok: true, content: r.content }
  return {
    ok: false,
    message:
      r.reason === 'unknown-release'
        ? '这个方案由更新的规则库生成，请先更新小程序再查看'
        : '这个方案的回答无法读取，请联系我们',
  }
}

/** What changed from `before` to `after`, in the owner's words; empty when either cannot be computed. */
export function changeSummaries(before: VersionData | null, after: VersionData): string[] {
  if (!before) return []
  const a = contentOfVersion(before)
  const b = contentOfVersion(after)
  if (!a.ok || !b.ok) return []
  try {
    return diffPlans(
      { answers: before.answers, content: a.content },
      { answers: after.answers, content: b.content },
    ).map((c) => c.summary)
  } catch {
    return []
  }
}

/** The plan, its computed content and its results, loaded once per page for the plan id in the link. */
export function usePlanWithResults(planId: string) {
  const plan = usePlan()
  const results = useResults()
  useEffect(() => {
    if (!planId) return
    if (usePlan.getState().plan?.id !== planId) void usePlan.getState().open(planId)
    void useResults.getState().open({ planId })
  }, [planId])
  const shown = plan.plan && plan.plan.id === planId ? plan.plan : null
  const computed = useMemo(() => (shown ? contentOfVersion(shown) : null), [shown])
  return { plan, results, computed }
}

/**
 * "Now" for the pages, passed into the pure core functions: the server's clock as of its last
 * answer, so this page and the plan page's entry card agree on whether the 复盘日 has come.
 */
export function nowMs(): number {
  return serverNow()
}
