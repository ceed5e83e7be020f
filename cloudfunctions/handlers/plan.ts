import { isDeepStrictEqual } from 'node:util'
import type { Answers, ApiResult, PlanContent } from '@/core'
import { NAME_MAX_LENGTH, RULEBASE_VERSION, fail, ok, parseAnswers, parseAnswersField } from '@/core'
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
  planDeletedInput,
  planGetInput,
  planListInput,
  planRenameInput,
  planRestoreInput,
  planRestoreVersionInput,
  planSetTargetsInput,
  planUpdateInput,
  planUpgradeInput,
  planVersionInput,
  planVersionsInput,
  versionData,
} from '@/core/api'
import type {
  DeletedPlan,
  DeletedPlanSummary,
  PlanEvent,
  PlanList,
  PlanSummary,
  PlanView,
  Targets,
  VersionData,
  VersionSummary,
  VersionView,
} from '@/core/api'
import { recompute } from '@/core/plan/releases'
import { migratePlan } from '../store/migrate'
import type { PlanCursor, PlanRecord, PlanSummaryRecord, VersionRecord } from '../store/port'
import type { Caller, Handler, HandlerContext } from './context'
import { conflict, guarded, invalid, prefixed, randomId } from './context'

export const RESTORE_WINDOW_MS = LIMITS.restoreDays * DAY_MS

export function planView(p: PlanRecord, previous: VersionData | null): PlanView {
  return {
    ...versionData(p),
    id: p.id,
    name: p.name,
    ...industryOf(p.answers),
    targets: p.targets,
    rev: p.rev,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    previous: previous ? versionData(previous) : null,
    events: p.events,
  }
}

function summaryView(p: PlanSummaryRecord): PlanSummary {
  const { industryLabel } = industryOf({ industry: p.industry })
  return {
    id: p.id,
    name: p.name,
    industry: p.industry,
    industryLabel,
    updatedAt: p.updatedAt,
    version: p.version,
    rev: p.rev,
  }
}

function versionRecordOf(p: PlanRecord): VersionRecord {
  return { ...versionData(p), planId: p.id, ownerId: p.ownerId }
}

function nameFrom(answers: Answers): string {
  const raw: unknown = (answers as unknown as Record<string, unknown>).name
  const name = typeof raw === 'string' ? raw.trim().slice(0, NAME_MAX_LENGTH) : ''
  return name || '未命名方案'
}

/**
 * Reads a plan, moving it to compact versions first when it was stored before them (the
 * maintenance run migrates the rest in the background; this makes the first read not wait).
 */
export async function findPlan(ctx: HandlerContext, id: string): Promise<PlanRecord | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const found = await ctx.store.plans.find(id)
    if (!found) return null
    if (!('legacy' in found)) return found
    await migratePlan(ctx.store, found)
  }
  throw new Error(`plan ${id} could not be migrated`)
}

/** Someone else's plan and a missing one answer the same, so ids cannot be probed. */
export async function loadOwned(
  ctx: HandlerContext,
  caller: Caller,
  planId: string,
  includeDeleted = false,
): Promise<PlanRecord | null> {
  const plan = await findPlan(ctx, planId)
  if (!plan || plan.ownerId !== caller.openid) return null
  if (plan.deletedAt !== null && !includeDeleted) return null
  return plan
}

const notFound = () => fail('NOT_FOUND')
const versionNotFound = () => fail('NOT_FOUND', { message: '找不到这个版本' })

async function previousOf(ctx: HandlerContext, p: { id: string; version: number }): Promise<VersionRecord | null> {
  return p.version > 1 ? ctx.store.versions.find(p.id, p.version - 1) : null
}

/** The plan as the owner sees it: its record and the version before it (for "what changed"). */
export async function viewOf(ctx: HandlerContext, p: PlanRecord): Promise<PlanView> {
  return planView(p, await previousOf(ctx, p))
}

/** Parses answers the way create and update both need: size first, then the core's field rules. */
function parseAnswerInput(raw: unknown): { ok: true; answers: Answers } | { ok: false; result: ApiResult<never> } {
  // Safe to stringify: the request's depth and size were bounded before any handler ran.
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

/**
 * What a plan takes in the store, in JSON bytes of what the handlers write: its own document and
 * every version it archived. Kept on the plan (`storedBytes`) so the per-user total is one sum
 * over the owner's plans, and a purged plan frees its share without any bookkeeping.
 */
function ownBytes(p: Omit<PlanRecord, 'storedBytes'> & { storedBytes?: number }): number {
  const { storedBytes: _counted, ...doc } = p
  return jsonBytes(doc)
}

/** A plan written before the count existed: its own size once per version, as versions are about that size. */
export function storedBytesOf(p: PlanRecord): number {
  return p.storedBytes ?? ownBytes(p) * p.version
}

/** `next` with its stored bytes: what `prev` held besides its own document, what it archives now, and itself. */
function counted(prev: PlanRecord | null, next: PlanRecord, archivedBytes = 0): PlanRecord & { storedBytes: number } {
  const others = prev ? storedBytesOf(prev) - ownBytes(prev) : 0
  return { ...next, storedBytes: others + archivedBytes + ownBytes(next) }
}

export const STORAGE_FULL_MESSAGE = `保存的方案已占满空间（上限 ${Math.round(LIMITS.bytesPerUser / 1024 / 1024)} MB），请删除不再需要的方案或旧版本较多的方案后再试。删除的方案 30 天后才释放空间`

/** LIMIT_EXCEEDED when `growth` more bytes would take the owner over `LIMITS.bytesPerUser`. */
async function checkStorage(
  ctx: HandlerContext,
  ownerId: string,
  growth: number,
  now: number,
): Promise<ApiResult<never> | null> {
  if (growth <= 0) return null
  // Recently deleted plans count, like for the plan quota: they can come back.
  const used = await ctx.store.plans.storedBytes(ownerId, now - RESTORE_WINDOW_MS)
  return used + growth > LIMITS.bytesPerUser ? fail('LIMIT_EXCEEDED', { message: STORAGE_FULL_MESSAGE }) : null
}

/** Before a new plan is stored: the plan quota, then the owner's stored bytes with `incoming` added. */
export async function checkPlanQuota(
  ctx: HandlerContext,
  ownerId: string,
  now: number,
  incoming: Omit<PlanRecord, 'id'>,
): Promise<ApiResult<never> | null> {
  // Recently deleted plans count too: they can come back, and create/delete loops must stay bounded.
  const kept = await ctx.store.plans.countKept(ownerId, now - RESTORE_WINDOW_MS)
  if (kept >= LIMITS.plansPerUser)
    return fail('LIMIT_EXCEEDED', { message: `最多保存 ${LIMITS.plansPerUser} 份方案，请先删除不用的方案` })
  // The id is not drawn yet; a placeholder of the same length counts the same bytes.
  return checkStorage(ctx, ownerId, ownBytes({ ...incoming, id: 'p_000000000000' }), now)
}

export async function insertNewPlan(ctx: HandlerContext, plan: Omit<PlanRecord, 'id'>): Promise<PlanRecord> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const record = counted(null, { ...plan, id: `p_${randomId(ctx, 12)}` })
    if ((await ctx.store.plans.insert(record)) === 'ok') return record
  }
  throw new Error('could not allocate a plan id')
}

/** A new plan at version 1 (created, or copied through a share link). */
export function firstVersion(
  ownerId: string,
  name: string,
  data: Pick<VersionData, 'answers' | 'rulebaseVersion' | 'computedAt' | 'snapshot' | 'cause'>,
  now: number,
  targets: Targets = {},
): Omit<PlanRecord, 'id'> {
  return {
    ownerId,
    name,
    industry: industryOf(data.answers).industry,
    targets,
    rev: 1,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    events: [],
    version: 1,
    answers: data.answers,
    rulebaseVersion: data.rulebaseVersion,
    computedAt: data.computedAt,
    snapshot: data.snapshot,
    savedAt: now,
    cause: data.cause,
    restoredFrom: null,
  }
}

/**
 * CONFLICT with what the plan holds now: `currentRev` to base the next write on (never shown) and
 * `currentVersion`, the 第 N 版 the phone can name. A document from before compact versions has no
 * version yet, so it names none.
 */
function planConflict(now: { rev: number; version?: number } | null): ApiResult<never> {
  return conflict(now?.rev ?? 0, now?.version === undefined ? {} : { currentVersion: now.version })
}

/**
 * Writes `next` if the plan is still at `current.rev`; otherwise CONFLICT with the rev it has now.
 * `archive` (a new version's predecessor) is written first, after the storage check, so a plan
 * over its owner's cap archives nothing.
 */
async function commit(
  ctx: HandlerContext,
  current: PlanRecord,
  next: PlanRecord,
  archive: VersionRecord | null = null,
): Promise<ApiResult<PlanRecord>> {
  const write = counted(current, next, archive ? jsonBytes(archive) : 0)
  const full = await checkStorage(ctx, current.ownerId, write.storedBytes - storedBytesOf(current), next.updatedAt)
  if (full) return full
  if (archive) await ctx.store.versions.put(archive)
  if ((await ctx.store.plans.replace(write, current.rev)) === 'ok') return ok(write)
  const now = await findPlan(ctx, current.id)
  if (!now || now.ownerId !== current.ownerId || now.deletedAt !== null) return notFound()
  return planConflict(now)
}

function withEvent(p: PlanRecord, event: Omit<PlanEvent, 'version'>): PlanEvent[] {
  return [{ ...event, version: p.version }, ...p.events].slice(0, LIMITS.eventsPerPlan)
}

/**
 * Moves the plan to a new version (the only way content changes): the state being replaced is
 * archived *before* the conditional write, so (plan, version) names exactly one state, a racing
 * writer archives the same document, and a failed write loses nothing.
 */
async function nextVersion(
  ctx: HandlerContext,
  plan: PlanRecord,
  data: Pick<VersionData, 'answers' | 'rulebaseVersion' | 'computedAt' | 'snapshot' | 'cause' | 'restoredFrom'>,
): Promise<ApiResult<PlanView>> {
  if (plan.version >= LIMITS.versionsPerPlan) {
    return fail('LIMIT_EXCEEDED', {
      message: `这份方案已有 ${LIMITS.versionsPerPlan} 个版本，请另存为新方案后再修改`,
    })
  }
  const now = ctx.clock.now()
  const archive = versionRecordOf(plan)
  const result = await commit(
    ctx,
    plan,
    {
      ...plan,
      ...data,
      industry: industryOf(data.answers).industry,
      version: plan.version + 1,
      savedAt: now,
      rev: plan.rev + 1,
      updatedAt: now,
    },
    archive,
  )
  return result.ok ? ok(planView(result.data, archive)) : result
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

/** KPI ids the plan's KPI board offers, when its content can be computed; null means "not checkable". */
function kpiIdsOf(p: PlanRecord): Set<string> | null {
  const computed = recompute(p)
  if (!computed.ok) return null
  const kpis: unknown = (computed.content as unknown as Record<string, unknown>).kpis
  if (!Array.isArray(kpis)) return null
  const ids = kpis
    .map((k: unknown) => (k && typeof k === 'object' ? (k as Record<string, unknown>).id : undefined))
    .filter((id): id is string => typeof id === 'string')
  return ids.length ? new Set(ids) : null
}

/** Content of a plan's current version, computed by the release that made it (for share links). */
export function contentOf(p: PlanRecord): PlanContent | null {
  const computed = recompute(p)
  return computed.ok ? computed.content : null
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Whether an edit of the answers would overwrite answers it never saw. With `fromVersion` only the
 * answers count: a rename, a target edit, a deletion undone or a rule-base upgrade since then
 * moved `rev` but left the answers the owner is editing as they were, so saving is no conflict
 * (the write itself is still conditional on the rev read here). A restore or an edit elsewhere
 * changed them: CONFLICT, and the owner chooses. Without `fromVersion` (a client or a draft from
 * before it), any write since `baseRev` counts, as it always did.
 */
async function answersMovedOn(
  ctx: HandlerContext,
  plan: PlanRecord,
  basis: { baseRev: number; fromVersion?: number | null },
): Promise<boolean> {
  const from = basis.fromVersion
  if (from === undefined || from === null) return plan.rev !== basis.baseRev
  if (from === plan.version) return false
  if (from > plan.version) return true
  const then = await ctx.store.versions.find(plan.id, from)
  return !then || !isDeepStrictEqual(then.answers, plan.answers)
}

const create: Handler<PlanView> = async (caller, input, ctx) => {
  const req = parseWith(planCreateInput, input)
  if (!req.ok) return invalid(req.errors)
  const parsed = parseAnswerInput(req.value.answers)
  if (!parsed.ok) return parsed.result
  const now = ctx.clock.now()
  const first = firstVersion(
    caller.openid,
    nameFrom(parsed.answers),
    { answers: parsed.answers, rulebaseVersion: RULEBASE_VERSION, computedAt: now, snapshot: null, cause: 'create' },
    now,
  )
  const quota = await checkPlanQuota(ctx, caller.openid, now, first)
  if (quota) return quota
  return ok(planView(await insertNewPlan(ctx, first), null))
}

const list: Handler<PlanList> = async (caller, input, ctx) => {
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
  const read = () => ctx.store.plans.listLive(caller.openid, Math.min(limit + 1, LIMITS.listMax), after)
  let rows = await read()
  const legacy = rows.filter((r) => r.legacy)
  if (legacy.length > 0) {
    // Plans stored before compact versions: migrate this page's, then read it again.
    for (const r of legacy) await findPlan(ctx, r.id)
    rows = await read()
  }
  const items = rows.slice(0, limit)
  const more = rows.length > limit || (rows.length === limit && limit === LIMITS.listMax)
  const last = items[items.length - 1]
  return ok({
    items: items.map(summaryView),
    nextCursor: more && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null,
  })
}

const get: Handler<PlanView> = async (caller, input, ctx) => {
  const req = parseWith(planGetInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  return plan ? ok(await viewOf(ctx, plan)) : notFound()
}

const rename: Handler<PlanView> = async (caller, input, ctx) => {
  const req = parseWith(planRenameInput, input)
  if (!req.ok) return invalid(req.errors)
  // The questionnaire's name rule, the one `create` applies to the name answer.
  const problem = parseAnswersField('name', req.value.name)
  if (problem) return invalid([{ ...problem, path: 'name' }])
  const name = (req.value.name as string).trim()
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return notFound()
  if (plan.rev !== req.value.baseRev) return planConflict(plan)
  const now = ctx.clock.now()
  const result = await commit(ctx, plan, {
    ...plan,
    name,
    rev: plan.rev + 1,
    updatedAt: now,
    events: withEvent(plan, { kind: 'rename', at: now, name }),
  })
  return result.ok ? ok(await viewOf(ctx, result.data)) : result
}

const update: Handler<PlanView> = async (caller, input, ctx) => {
  const req = parseWith(planUpdateInput, input)
  if (!req.ok) return invalid(req.errors)
  const parsed = parseAnswerInput(req.value.answers)
  if (!parsed.ok) return parsed.result
  // With `fromVersion`, a rename or target edit landing between this read and the write is no
  // reason to refuse either: read again and re-check the answers (a few times, like delete).
  const attempts = req.value.fromVersion == null ? 1 : 3
  let result: ApiResult<PlanView> = notFound()
  for (let attempt = 0; attempt < attempts; attempt++) {
    const plan = await loadOwned(ctx, caller, req.value.planId)
    if (!plan) return notFound()
    if (await answersMovedOn(ctx, plan, req.value)) return planConflict(plan)
    const upgrade = plan.rulebaseVersion !== RULEBASE_VERSION && sameJson(plan.answers, parsed.answers)
    result = await nextVersion(ctx, plan, {
      answers: parsed.answers,
      rulebaseVersion: RULEBASE_VERSION,
      computedAt: ctx.clock.now(),
      snapshot: null,
      cause: upgrade ? 'upgrade' : 'edit',
      restoredFrom: null,
    })
    if (result.ok || result.error.code !== 'CONFLICT') return result
  }
  return result
}

/** The owner accepts the current rule base for the answers as they are. */
const upgrade: Handler<PlanView> = async (caller, input, ctx) => {
  const req = parseWith(planUpgradeInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return notFound()
  if (plan.rev !== req.value.baseRev) return planConflict(plan)
  if (plan.rulebaseVersion === RULEBASE_VERSION && !plan.snapshot) return ok(await viewOf(ctx, plan))
  const parsed = parseAnswers(plan.answers)
  if (!parsed.ok) {
    // The new questionnaire asks something the old answers do not say: the owner edits them.
    return invalid(
      prefixed(parsed.errors, 'answers').map((e) => ({ ...e, message: `规则库更新后需要重新填写：${e.message}` })),
    )
  }
  return nextVersion(ctx, plan, {
    answers: parsed.value,
    rulebaseVersion: RULEBASE_VERSION,
    computedAt: ctx.clock.now(),
    snapshot: null,
    cause: 'upgrade',
    restoredFrom: null,
  })
}

const setTargets: Handler<PlanView> = async (caller, input, ctx) => {
  const req = parseWith(planSetTargetsInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return notFound()
  const known = kpiIdsOf(plan)
  if (known) {
    const unknown = Object.keys(req.value.targets).filter((id) => !known.has(id))
    if (unknown.length)
      return invalid(
        unknown.map((id) => ({ path: `targets.${id}`, code: 'NOT_AN_OPTION', message: '方案中没有这个指标' })),
      )
  }
  if (plan.rev !== req.value.baseRev) return planConflict(plan)
  const targets: Targets = { ...req.value.targets }
  const now = ctx.clock.now()
  const result = await commit(ctx, plan, {
    ...plan,
    targets,
    rev: plan.rev + 1,
    updatedAt: now,
    events: withEvent(plan, { kind: 'targets', at: now }),
  })
  return result.ok ? ok(await viewOf(ctx, result.data)) : result
}

const versions: Handler<{ items: VersionSummary[] }> = async (caller, input, ctx) => {
  const req = parseWith(planVersionsInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return notFound()
  const archived = await ctx.store.versions.list(plan.id, LIMITS.listMax)
  const items: VersionSummary[] = [
    { ...summaryOf(plan), current: true },
    ...archived.filter((r) => r.version < plan.version).map((r) => ({ ...summaryOf(r), current: false })),
  ]
  return ok({ items })
}

function summaryOf(r: Pick<VersionData, 'version' | 'savedAt' | 'rulebaseVersion' | 'cause' | 'restoredFrom'>) {
  return {
    version: r.version,
    savedAt: r.savedAt,
    rulebaseVersion: r.rulebaseVersion,
    cause: r.cause,
    restoredFrom: r.restoredFrom,
  }
}

async function versionOf(ctx: HandlerContext, plan: PlanRecord, version: number): Promise<VersionData | null> {
  if (version === plan.version) return versionData(plan)
  if (version > plan.version) return null
  return ctx.store.versions.find(plan.id, version)
}

const version: Handler<VersionView> = async (caller, input, ctx) => {
  const req = parseWith(planVersionInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return notFound()
  const found = await versionOf(ctx, plan, req.value.version)
  if (!found) return versionNotFound()
  const previous = found.version > 1 ? await ctx.store.versions.find(plan.id, found.version - 1) : null
  return ok({
    ...versionData(found),
    planId: plan.id,
    name: plan.name,
    targets: plan.targets,
    current: found.version === plan.version,
    previous: previous ? versionData(previous) : null,
  })
}

/** An old version becomes the newest: same answers, same rule base and clock, so the same plan. */
const restoreVersion: Handler<PlanView> = async (caller, input, ctx) => {
  const req = parseWith(planRestoreVersionInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return notFound()
  if (plan.rev !== req.value.baseRev) return planConflict(plan)
  if (req.value.version === plan.version)
    return invalid([{ path: 'version', code: 'INVALID', message: '这已经是当前版本' }])
  const old = await versionOf(ctx, plan, req.value.version)
  if (!old) return versionNotFound()
  return nextVersion(ctx, plan, {
    answers: old.answers,
    rulebaseVersion: old.rulebaseVersion,
    computedAt: old.computedAt,
    snapshot: old.snapshot,
    cause: 'restore',
    restoredFrom: old.version,
  })
}

const remove: Handler<DeletedPlan> = async (caller, input, ctx) => {
  const req = parseWith(planDeleteInput, input)
  if (!req.ok) return invalid(req.errors)
  // No baseRev: deleting wins over a concurrent edit, so retry a few times on a moving rev.
  for (let attempt = 0; attempt < 3; attempt++) {
    const plan = await loadOwned(ctx, caller, req.value.planId)
    if (!plan) return notFound()
    const now = ctx.clock.now()
    const next: PlanRecord = {
      ...plan,
      deletedAt: now,
      rev: plan.rev + 1,
      events: withEvent(plan, { kind: 'delete', at: now }),
    }
    if ((await ctx.store.plans.replace(next, plan.rev)) === 'ok') {
      return ok({ planId: plan.id, deletedAt: now, restoreUntil: now + RESTORE_WINDOW_MS })
    }
  }
  return planConflict(await ctx.store.plans.find(req.value.planId))
}

const restore: Handler<PlanView> = async (caller, input, ctx) => {
  const req = parseWith(planRestoreInput, input)
  if (!req.ok) return invalid(req.errors)
  for (let attempt = 0; attempt < 3; attempt++) {
    const plan = await loadOwned(ctx, caller, req.value.planId, true)
    if (!plan) return notFound()
    if (plan.deletedAt === null) return ok(await viewOf(ctx, plan))
    const now = ctx.clock.now()
    if (plan.deletedAt + RESTORE_WINDOW_MS <= now) return notFound()
    const next: PlanRecord = {
      ...plan,
      deletedAt: null,
      rev: plan.rev + 1,
      events: withEvent(plan, { kind: 'restore', at: now }),
    }
    if ((await ctx.store.plans.replace(next, plan.rev)) === 'ok') return ok(await viewOf(ctx, next))
  }
  return planConflict(await ctx.store.plans.find(req.value.planId))
}

/** 最近删除: what `restore` can still bring back, newest deletion first. */
const deleted: Handler<{ items: DeletedPlanSummary[] }> = async (caller, input, ctx) => {
  const req = parseWith(planDeletedInput, input)
  if (!req.ok) return invalid(req.errors)
  const rows = await ctx.store.plans.listDeleted(caller.openid, ctx.clock.now() - RESTORE_WINDOW_MS, LIMITS.listMax)
  return ok({
    items: rows.map((r) => ({
      planId: r.id,
      name: r.name,
      industryLabel: industryOf({ industry: r.industry }).industryLabel,
      version: r.version,
      deletedAt: r.deletedAt,
      restoreUntil: r.deletedAt + RESTORE_WINDOW_MS,
    })),
  })
}

export const planHandlers = guarded('plan', {
  create,
  list,
  get,
  rename,
  update,
  upgrade,
  setTargets,
  versions,
  version,
  restoreVersion,
  delete: remove,
  restore,
  deleted,
})
