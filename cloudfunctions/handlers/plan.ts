import type { Answers, ApiResult, Change, PlanContent } from '@/core'
import { NAME_MAX_LENGTH, computePlan, diffPlans, fail, ok, parseAnswers } from '@/core'
import {
  DAY_MS,
  ID_PATTERN,
  LIMITS,
  MSG,
  industryOf,
  jsonBytes,
  parseWith,
  planCreateInput,
  planDeleteInput,
  planGetInput,
  planListInput,
  planRenameInput,
  planRestoreInput,
  planRevisionInput,
  planRevisionsInput,
  planSetTargetsInput,
  planUpdateInput,
} from '@/core/api'
import type { DeletedPlan, PlanList, PlanSummary, PlanView, RevisionSummary, RevisionView, Targets } from '@/core/api'
import type { PlanCursor, PlanRecord, RevisionRecord } from '../store/port'
import type { Caller, Handler, HandlerContext } from './context'
import { conflict, guarded, invalid, prefixed, randomId } from './context'

export const RESTORE_WINDOW_MS = LIMITS.restoreDays * DAY_MS

export function planView(p: PlanRecord): PlanView {
  return {
    id: p.id,
    name: p.name,
    ...industryOf(p.answers),
    answers: p.answers,
    content: p.content,
    targets: p.targets,
    rev: p.rev,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    rulebaseVersion: p.rulebaseVersion,
    changes: p.changes,
    changesFromRev: p.changesFromRev,
  }
}

function summaryView(p: Pick<PlanRecord, 'id' | 'name' | 'industry' | 'updatedAt' | 'rev'>): PlanSummary {
  const { industryLabel } = industryOf({ industry: p.industry })
  return { id: p.id, name: p.name, industry: p.industry, industryLabel, updatedAt: p.updatedAt, rev: p.rev }
}

function nameFrom(answers: Answers): string {
  const raw: unknown = (answers as unknown as Record<string, unknown>).name
  const name = typeof raw === 'string' ? raw.trim().slice(0, NAME_MAX_LENGTH) : ''
  return name || '未命名方案'
}

/** Someone else's plan and a missing one answer the same, so ids cannot be probed. */
export async function loadOwned(
  ctx: HandlerContext,
  caller: Caller,
  planId: string,
  includeDeleted = false,
): Promise<PlanRecord | null> {
  const plan = await ctx.store.plans.find(planId)
  if (!plan || plan.ownerId !== caller.openid) return null
  if (plan.deletedAt !== null && !includeDeleted) return null
  return plan
}

const notFound = () => fail('NOT_FOUND')

/** Parses answers the way create and update both need: size first, then the core's field rules. */
function parseAnswerInput(raw: unknown): { ok: true; answers: Answers } | { ok: false; result: ApiResult<never> } {
  if (jsonBytes(raw) > LIMITS.answersBytes) {
    const message = `答案内容太多（上限 ${LIMITS.answersBytes / 1024} KB）`
    return {
      ok: false,
      result: fail('LIMIT_EXCEEDED', { message, fields: [{ path: 'answers', code: 'TOO_LARGE', message }] }),
    }
  }
  const parsed = parseAnswers(raw)
  if (!parsed.ok) return { ok: false, result: invalid(prefixed(parsed.errors, 'answers')) }
  return { ok: true, answers: parsed.value }
}

export async function checkPlanQuota(
  ctx: HandlerContext,
  ownerId: string,
  now: number,
): Promise<ApiResult<never> | null> {
  // Recently deleted plans count too: they can come back, and create/delete loops must stay bounded.
  const kept = await ctx.store.plans.countKept(ownerId, now - RESTORE_WINDOW_MS)
  if (kept >= LIMITS.plansPerUser)
    return fail('LIMIT_EXCEEDED', { message: `最多保存 ${LIMITS.plansPerUser} 份方案，请先删除不用的方案` })
  return null
}

export async function insertNewPlan(ctx: HandlerContext, plan: Omit<PlanRecord, 'id'>): Promise<PlanRecord> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const record: PlanRecord = { ...plan, id: `p_${randomId(ctx, 12)}` }
    if ((await ctx.store.plans.insert(record)) === 'ok') return record
  }
  throw new Error('could not allocate a plan id')
}

/** Writes `next` if the plan is still at `current.rev`; otherwise CONFLICT with the rev it has now. */
async function commit(ctx: HandlerContext, current: PlanRecord, next: PlanRecord): Promise<ApiResult<PlanRecord>> {
  if ((await ctx.store.plans.replace(next, current.rev)) === 'ok') return ok(next)
  const now = await ctx.store.plans.find(current.id)
  if (!now || now.ownerId !== current.ownerId || now.deletedAt !== null) return notFound()
  return conflict(now.rev)
}

function encodeCursor(p: PlanCursor): string {
  return `${p.updatedAt.toString(36)}.${p.id}`
}

function decodeCursor(cursor: string): PlanCursor | null {
  const dot = cursor.indexOf('.')
  if (dot <= 0) return null
  const stamp = cursor.slice(0, dot)
  const id = cursor.slice(dot + 1)
  if (!/^[0-9a-z]{1,12}$/.test(stamp) || !ID_PATTERN.test(id)) return null
  const updatedAt = parseInt(stamp, 36)
  return Number.isSafeInteger(updatedAt) ? { updatedAt, id } : null
}

/** KPI ids the plan's KPI board offers, when the engine provides one; null means "not checkable". */
function kpiIdsOf(content: PlanContent): Set<string> | null {
  const kpis: unknown = (content as unknown as Record<string, unknown>).kpis
  if (!Array.isArray(kpis)) return null
  const ids = kpis
    .map((k: unknown) => (k && typeof k === 'object' ? (k as Record<string, unknown>).id : undefined))
    .filter((id): id is string => typeof id === 'string')
  return ids.length ? new Set(ids) : null
}

function diffSafely(before: PlanRecord, answers: Answers, content: PlanContent): Change[] {
  try {
    return diffPlans({ answers: before.answers, content: before.content }, { answers, content })
  } catch {
    // A plan stored under an older questionnaire may not diff cleanly; the update still stands.
    return []
  }
}

function revisionOf(p: PlanRecord): RevisionRecord {
  return {
    planId: p.id,
    ownerId: p.ownerId,
    rev: p.rev,
    name: p.name,
    answers: p.answers,
    content: p.content,
    targets: p.targets,
    savedAt: p.updatedAt,
    rulebaseVersion: p.rulebaseVersion,
    changes: p.changes,
    changesFromRev: p.changesFromRev,
  }
}

function revisionView(r: RevisionRecord, current: boolean): RevisionView {
  return {
    planId: r.planId,
    rev: r.rev,
    name: r.name,
    answers: r.answers,
    content: r.content,
    targets: r.targets,
    savedAt: r.savedAt,
    rulebaseVersion: r.rulebaseVersion,
    changes: r.changes,
    changesFromRev: r.changesFromRev,
    current,
  }
}

const create: Handler = async (caller, input, ctx) => {
  const req = parseWith(planCreateInput, input)
  if (!req.ok) return invalid(req.errors)
  const parsed = parseAnswerInput(req.value.answers)
  if (!parsed.ok) return parsed.result
  const now = ctx.clock.now()
  const quota = await checkPlanQuota(ctx, caller.openid, now)
  if (quota) return quota
  const content = computePlan(parsed.answers, now)
  const plan = await insertNewPlan(ctx, {
    ownerId: caller.openid,
    name: nameFrom(parsed.answers),
    industry: industryOf(parsed.answers).industry,
    answers: parsed.answers,
    content,
    targets: {},
    rev: 1,
    createdAt: now,
    updatedAt: now,
    rulebaseVersion: content.rulebaseVersion,
    changes: [],
    changesFromRev: null,
    deletedAt: null,
  })
  return ok(planView(plan))
}

const list: Handler = async (caller, input, ctx) => {
  const req = parseWith(planListInput, input)
  if (!req.ok) return invalid(req.errors)
  const limit = req.value.limit ?? LIMITS.listDefault
  let after: PlanCursor | undefined
  if (req.value.cursor) {
    const decoded = decodeCursor(req.value.cursor)
    if (!decoded) return invalid([{ path: 'cursor', code: 'INVALID', message: MSG.cursor }])
    after = decoded
  }
  // One extra row tells whether another page exists, within the single-read cap.
  const rows = await ctx.store.plans.listLive(caller.openid, Math.min(limit + 1, LIMITS.listMax), after)
  const items = rows.slice(0, limit)
  const more = rows.length > limit || (rows.length === limit && limit === LIMITS.listMax)
  const last = items[items.length - 1]
  const result: PlanList = {
    items: items.map(summaryView),
    nextCursor: more && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null,
  }
  return ok(result)
}

const get: Handler = async (caller, input, ctx) => {
  const req = parseWith(planGetInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  return plan ? ok(planView(plan)) : notFound()
}

const rename: Handler = async (caller, input, ctx) => {
  const req = parseWith(planRenameInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return notFound()
  if (plan.rev !== req.value.baseRev) return conflict(plan.rev)
  const result = await commit(ctx, plan, {
    ...plan,
    name: req.value.name,
    rev: plan.rev + 1,
    updatedAt: ctx.clock.now(),
  })
  return result.ok ? ok(planView(result.data)) : result
}

const update: Handler = async (caller, input, ctx) => {
  const req = parseWith(planUpdateInput, input)
  if (!req.ok) return invalid(req.errors)
  const parsed = parseAnswerInput(req.value.answers)
  if (!parsed.ok) return parsed.result
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return notFound()
  if (plan.rev !== req.value.baseRev) return conflict(plan.rev)
  if ((await ctx.store.revisions.count(plan.id)) >= LIMITS.revisionsPerPlan) {
    return fail('LIMIT_EXCEEDED', {
      message: `这份方案已有 ${LIMITS.revisionsPerPlan} 个历史版本，请另存为新方案后再修改`,
    })
  }
  const now = ctx.clock.now()
  const content = computePlan(parsed.answers, now)
  // Archive the state being replaced *before* replacing it: (plan, rev) names exactly one state,
  // so a racing writer archives the same document, and a failed write loses no history.
  await ctx.store.revisions.put(revisionOf(plan))
  const result = await commit(ctx, plan, {
    ...plan,
    answers: parsed.answers,
    industry: industryOf(parsed.answers).industry,
    content,
    rev: plan.rev + 1,
    updatedAt: now,
    rulebaseVersion: content.rulebaseVersion,
    changes: diffSafely(plan, parsed.answers, content),
    changesFromRev: plan.rev,
  })
  return result.ok ? ok(planView(result.data)) : result
}

const setTargets: Handler = async (caller, input, ctx) => {
  const req = parseWith(planSetTargetsInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return notFound()
  const known = kpiIdsOf(plan.content)
  if (known) {
    const unknown = Object.keys(req.value.targets).filter((id) => !known.has(id))
    if (unknown.length)
      return invalid(
        unknown.map((id) => ({ path: `targets.${id}`, code: 'NOT_AN_OPTION', message: '方案中没有这个指标' })),
      )
  }
  if (plan.rev !== req.value.baseRev) return conflict(plan.rev)
  const targets: Targets = { ...req.value.targets }
  const result = await commit(ctx, plan, { ...plan, targets, rev: plan.rev + 1, updatedAt: ctx.clock.now() })
  return result.ok ? ok(planView(result.data)) : result
}

const revisions: Handler = async (caller, input, ctx) => {
  const req = parseWith(planRevisionsInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return notFound()
  const archived = await ctx.store.revisions.list(plan.id, LIMITS.listMax)
  const items: RevisionSummary[] = [
    {
      rev: plan.rev,
      savedAt: plan.updatedAt,
      rulebaseVersion: plan.rulebaseVersion,
      changeCount: plan.changes.length,
      current: true,
    },
    ...archived.filter((r) => r.rev < plan.rev).map((r) => ({ ...r, current: false })),
  ]
  return ok({ items })
}

const revision: Handler = async (caller, input, ctx) => {
  const req = parseWith(planRevisionInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return notFound()
  if (req.value.rev === plan.rev) return ok(revisionView(revisionOf(plan), true))
  if (req.value.rev > plan.rev) return notFound()
  const found = await ctx.store.revisions.find(plan.id, req.value.rev)
  return found ? ok(revisionView(found, false)) : notFound()
}

const remove: Handler = async (caller, input, ctx) => {
  const req = parseWith(planDeleteInput, input)
  if (!req.ok) return invalid(req.errors)
  // No baseRev: deleting wins over a concurrent edit, so retry a few times on a moving rev.
  for (let attempt = 0; attempt < 3; attempt++) {
    const plan = await loadOwned(ctx, caller, req.value.planId)
    if (!plan) return notFound()
    const now = ctx.clock.now()
    if ((await ctx.store.plans.replace({ ...plan, deletedAt: now, rev: plan.rev + 1 }, plan.rev)) === 'ok') {
      const result: DeletedPlan = { planId: plan.id, deletedAt: now, restoreUntil: now + RESTORE_WINDOW_MS }
      return ok(result)
    }
  }
  return conflict((await ctx.store.plans.find(req.value.planId))?.rev ?? 0)
}

const restore: Handler = async (caller, input, ctx) => {
  const req = parseWith(planRestoreInput, input)
  if (!req.ok) return invalid(req.errors)
  for (let attempt = 0; attempt < 3; attempt++) {
    const plan = await loadOwned(ctx, caller, req.value.planId, true)
    if (!plan) return notFound()
    if (plan.deletedAt === null) return ok(planView(plan))
    if (plan.deletedAt + RESTORE_WINDOW_MS <= ctx.clock.now()) return notFound()
    const next = { ...plan, deletedAt: null, rev: plan.rev + 1 }
    if ((await ctx.store.plans.replace(next, plan.rev)) === 'ok') return ok(planView(next))
  }
  return conflict((await ctx.store.plans.find(req.value.planId))?.rev ?? 0)
}

export const planHandlers = guarded('plan', {
  create,
  list,
  get,
  rename,
  update,
  setTargets,
  revisions,
  revision,
  delete: remove,
  restore,
})
