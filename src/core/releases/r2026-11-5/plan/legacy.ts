import { plannedCadence } from './accounts'
import { firstMoves } from './moves'
import type { PlanContent } from './schema'

/**
 * Content computed by an older release (stored plans, frozen releases) in today's shape, for the
 * view: fields added since are filled from what the old content already says, never invented.
 * Before 2026.11-3 an account's `cadence` was the article's norm and `perWeek` what the calendar
 * planned; now `cadence` is what the plan schedules and `norm` the article's.
 */
export function liftContent(content: PlanContent): PlanContent {
  const accounts = content.accounts.map((a) =>
    a.norm !== undefined || a.perWeek === null
      ? a
      : { ...a, norm: a.cadence, cadence: plannedCadence(Math.round(a.perWeek * 4)) },
  )
  const lifted = { ...content, accounts }
  return lifted.firstMoves ? lifted : { ...lifted, firstMoves: firstMoves(lifted) }
}
