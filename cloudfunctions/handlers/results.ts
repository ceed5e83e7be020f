import type { ApiResult } from '@/core'
import { fail, ok } from '@/core'
import { LIMITS, RESULTS_LIMITS, parseWith, resultsListInput, resultsRemoveInput, resultsSaveInput } from '@/core/api'
import type { MonthRemoved, MonthResults, ResultsView } from '@/core/api'
import { checkMonthValues, recordableKpis } from '@/core/results'
import type { PlanRecord } from '../store/port'
import type { MonthRecord, ResultsStore } from '../store/results-port'
import type { Caller, Handler, HandlerContext } from './context'
import { conflict, guarded, invalid, prefixed } from './context'
import { contentOf, loadOwned } from './plan'
import { resolveToken } from './share'

/**
 * Recorded results, under the plan's rules: the owner reads and writes; a live share token reads
 * (the colleague's view shows the figures, read-only); anyone else gets NOT_FOUND, as for plans.
 */

function resultsOf(ctx: HandlerContext): ResultsStore {
  return ctx.store.results
}

function view(r: MonthRecord): MonthResults {
  return { month: r.month, values: r.values, rev: r.rev, updatedAt: r.updatedAt }
}

async function readable(
  ctx: HandlerContext,
  caller: Caller,
  input: { planId: string } | { token: string },
): Promise<{ ok: true; plan: PlanRecord; readOnly: boolean } | { ok: false; result: ApiResult<never> }> {
  if ('token' in input) {
    // The same checks as share.open: a dead token says why, a missing or moved plan is NOT_FOUND.
    const r = await resolveToken(ctx, input.token)
    return r.ok ? { ok: true, plan: r.plan, readOnly: true } : r
  }
  const plan = await loadOwned(ctx, caller, input.planId)
  return plan ? { ok: true, plan, readOnly: false } : { ok: false, result: fail('NOT_FOUND') }
}

const list: Handler<ResultsView> = async (caller, input, ctx) => {
  const req = parseWith(resultsListInput, input)
  if (!req.ok) return invalid(req.errors)
  const found = await readable(ctx, caller, req.value)
  if (!found.ok) return found.result
  const months = await resultsOf(ctx).listByPlan(found.plan.id, LIMITS.listMax)
  // Only the plan's owner's documents: a month id is derived from the plan id, but be strict.
  const items = months.filter((m) => m.ownerId === found.plan.ownerId).map(view)
  const result: ResultsView = { items, readOnly: found.readOnly }
  return ok(result)
}

const save: Handler<MonthResults> = async (caller, input, ctx) => {
  const req = parseWith(resultsSaveInput, input)
  if (!req.ok) return invalid(req.errors)
  const { planId, month, baseRev } = req.value
  const plan = await loadOwned(ctx, caller, planId)
  if (!plan) return fail('NOT_FOUND')
  const content = contentOf(plan)
  if (!content) throw new Error(`plan ${plan.id} version ${plan.version} cannot be computed`)
  const checked = checkMonthValues(recordableKpis(content), req.value.values)
  if (!checked.ok) return invalid(checked.errors)
  if (Object.keys(checked.values).length === 0)
    return invalid([{ path: 'values', code: 'REQUIRED', message: '请至少填写一项数据' }])
  const store = resultsOf(ctx)
  const now = ctx.clock.now()
  const current = await store.find(planId, month)
  if (!current) {
    if (baseRev !== 0) return conflict(0, { message: '这个月的数据已在另一台设备上删除，请确认后再保存' })
    if ((await store.count(planId)) >= RESULTS_LIMITS.monthsPerPlan)
      return fail('LIMIT_EXCEEDED', { message: `每份方案最多记录 ${RESULTS_LIMITS.monthsPerPlan} 个月的数据` })
    const record: MonthRecord = {
      planId,
      ownerId: caller.openid,
      month,
      values: checked.values,
      rev: 1,
      updatedAt: now,
    }
    if ((await store.insert(record)) === 'ok') return ok(view(record))
    const now2 = await store.find(planId, month)
    return conflict(now2?.rev ?? 0, { message: '这个月的数据已在另一台设备上填写，请刷新后再保存' })
  }
  if (current.ownerId !== caller.openid) return fail('NOT_FOUND')
  if (current.rev !== baseRev)
    return conflict(current.rev, { message: '这个月的数据已在另一台设备上修改，请刷新后再保存' })
  const next: MonthRecord = { ...current, values: checked.values, rev: current.rev + 1, updatedAt: now }
  if ((await store.replace(next, current.rev)) === 'ok') return ok(view(next))
  const latest = await store.find(planId, month)
  return conflict(latest?.rev ?? 0, { message: '这个月的数据已在另一台设备上修改，请刷新后再保存' })
}

const remove: Handler<MonthRemoved> = async (caller, input, ctx) => {
  const req = parseWith(resultsRemoveInput, input)
  if (!req.ok) return invalid(prefixed(req.errors, ''))
  const { planId, month, baseRev } = req.value
  const plan = await loadOwned(ctx, caller, planId)
  if (!plan) return fail('NOT_FOUND')
  const store = resultsOf(ctx)
  const current = await store.find(planId, month)
  // Already gone is what the owner wanted: removing twice is not an error.
  if (!current || current.ownerId !== caller.openid) {
    const result: MonthRemoved = { month, removed: false }
    return ok(result)
  }
  if (current.rev !== baseRev)
    return conflict(current.rev, { message: '这个月的数据已在另一台设备上修改，请刷新后再删除' })
  if ((await store.remove(planId, caller.openid, month, baseRev)) === 'conflict') {
    const latest = await store.find(planId, month)
    if (latest) return conflict(latest.rev)
  }
  const result: MonthRemoved = { month, removed: true }
  return ok(result)
}

export const resultsHandlers = guarded('results', { list, save, remove })
