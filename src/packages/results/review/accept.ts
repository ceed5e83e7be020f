import type { PlanView } from '@/core/api'
import { applyProposals, type Proposal, type ReviewPlan } from '@/core/review'
import { call } from '@/api'
import { changeSummaries } from '../components/plan-context'

export type AcceptOutcome = { ok: true; plan: PlanView; summary: string[] } | { ok: false; message: string }

/**
 * Accepting proposals goes through the normal edit path: new answers are a `plan.update` (a new
 * version, recomputed, with its change list), new targets a `plan.setTargets` on top of it.
 */
export async function acceptProposals(
  plan: PlanView,
  reviewed: ReviewPlan,
  accepted: readonly Proposal[],
): Promise<AcceptOutcome> {
  const { answers, targets } = applyProposals(reviewed, accepted)
  let current = plan
  const summary: string[] = []
  if (answers) {
    // Only answers changed elsewhere refuse this (a rename or target edit does not).
    const res = await call('plan', 'update', {
      planId: plan.id,
      answers,
      baseRev: current.rev,
      fromVersion: current.version,
    })
    if (!res.ok)
      return {
        ok: false,
        message:
          res.error.code === 'CONFLICT'
            ? '方案已在另一台设备上修改，请返回方案页刷新后再复盘'
            : (res.error.fields?.[0]?.message ?? res.error.message),
      }
    current = res.data
    // The same change list the plan page shows for this version against the one before it.
    summary.push(...changeSummaries(current.previous, current))
  }
  if (targets) {
    const res = await call('plan', 'setTargets', { planId: plan.id, baseRev: current.rev, targets })
    if (!res.ok)
      return {
        ok: false,
        message: answers
          ? `回答已更新为新版本，但目标没有保存：${res.error.message}`
          : res.error.code === 'CONFLICT'
            ? '方案已在另一台设备上修改，请返回方案页刷新后再复盘'
            : res.error.message,
      }
    current = res.data
  }
  for (const p of accepted) if (p.change?.kind === 'target') summary.push(p.title)
  return { ok: true, plan: current, summary }
}
