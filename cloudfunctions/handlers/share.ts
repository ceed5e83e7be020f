import type { ApiResult } from '@/core'
import { fail, ok } from '@/core'
import {
  DAY_MS,
  LIMITS,
  industryOf,
  parseWith,
  shareCopyInput,
  shareCreateInput,
  shareListInput,
  shareOpenInput,
  sharePosterInput,
  shareRevokeInput,
  SHARED_PAGE,
} from '@/core/api'
import type { PlanView, ShareCreated, ShareLink, SharePoster, ShareRevoked, SharedPlanView } from '@/core/api'
import { NAME_MAX_LENGTH } from '@/core/wizard/questions'
import type { PlanRecord, ShareRecord } from '../store/port'
import { ERR, checkUnlimitedCode } from '../platform/limits'
import type { Caller, Handler, HandlerContext } from './context'
import { guarded, invalid, randomId } from './context'
import { checkPlanQuota, contentOf, findPlan, firstVersion, insertNewPlan, loadOwned, planView } from './plan'

/** 16 bytes = 128 random bits = 22 base64url characters: unguessable, and fits a mini program code `scene`. */
const TOKEN_BYTES = 16

function statusOf(s: ShareRecord, now: number): ShareLink['status'] {
  if (s.revokedAt !== null) return 'revoked'
  return s.expiresAt <= now ? 'expired' : 'active'
}

/** Resolves a token to the plan it grants: dead tokens say why, a missing plan is just NOT_FOUND. */
export async function resolveToken(
  ctx: HandlerContext,
  token: string,
): Promise<{ ok: true; share: ShareRecord; plan: PlanRecord } | { ok: false; result: ApiResult<never> }> {
  const share = await ctx.store.shares.find(token)
  if (!share) return { ok: false, result: fail('NOT_FOUND', { message: '分享链接无效' }) }
  if (share.revokedAt !== null) return { ok: false, result: fail('SHARE_REVOKED') }
  if (share.expiresAt <= ctx.clock.now()) return { ok: false, result: fail('SHARE_EXPIRED') }
  const plan = await findPlan(ctx, share.planId)
  if (!plan || plan.deletedAt !== null || plan.ownerId !== share.ownerId)
    return { ok: false, result: fail('NOT_FOUND') }
  return { ok: true, share, plan }
}

/** A new link for an owned plan, within the per-plan caps. */
async function newShare(
  ctx: HandlerContext,
  caller: Caller,
  plan: PlanRecord,
  days: number,
): Promise<{ ok: true; share: ShareRecord } | { ok: false; result: ApiResult<never> }> {
  const now = ctx.clock.now()
  if ((await ctx.store.shares.countByPlan(plan.id, now)) >= LIMITS.liveSharesPerPlan) {
    const message = `每份方案最多 ${LIMITS.liveSharesPerPlan} 个有效分享链接，请先撤销不用的链接`
    return { ok: false, result: fail('LIMIT_EXCEEDED', { message }) }
  }
  if ((await ctx.store.shares.countByPlan(plan.id)) >= LIMITS.sharesPerPlan) {
    const message = `这份方案的分享次数已达上限（${LIMITS.sharesPerPlan}）`
    return { ok: false, result: fail('LIMIT_EXCEEDED', { message }) }
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const share: ShareRecord = {
      token: randomId(ctx, TOKEN_BYTES),
      planId: plan.id,
      ownerId: caller.openid,
      createdAt: now,
      expiresAt: now + days * DAY_MS,
      revokedAt: null,
    }
    if ((await ctx.store.shares.insert(share)) === 'ok') return { ok: true, share }
  }
  throw new Error('could not allocate a share token')
}

const create: Handler<ShareCreated> = async (caller, input, ctx) => {
  const req = parseWith(shareCreateInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return fail('NOT_FOUND')
  const made = await newShare(ctx, caller, plan, req.value.expiresInDays ?? LIMITS.shareDaysDefault)
  if (!made.ok) return made.result
  const { share } = made
  const result: ShareCreated = { token: share.token, createdAt: share.createdAt, expiresAt: share.expiresAt }
  return ok(result)
}

const list: Handler<{ items: ShareLink[] }> = async (caller, input, ctx) => {
  const req = parseWith(shareListInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return fail('NOT_FOUND')
  const now = ctx.clock.now()
  const shares = await ctx.store.shares.listByPlan(plan.id, LIMITS.listMax)
  const items: ShareLink[] = shares
    .filter((s) => s.ownerId === caller.openid)
    .map((s) => ({
      token: s.token,
      createdAt: s.createdAt,
      expiresAt: s.expiresAt,
      revokedAt: s.revokedAt,
      status: statusOf(s, now),
    }))
  return ok({ items })
}

const revoke: Handler<ShareRevoked> = async (caller, input, ctx) => {
  const req = parseWith(shareRevokeInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId, true)
  if (!plan) return fail('NOT_FOUND')
  const share = await ctx.store.shares.find(req.value.token)
  if (!share || share.planId !== plan.id || share.ownerId !== caller.openid)
    return fail('NOT_FOUND', { message: '分享链接不存在' })
  await ctx.store.shares.revoke(share.token, ctx.clock.now())
  const after = await ctx.store.shares.find(share.token)
  const result: ShareRevoked = { token: share.token, revokedAt: after?.revokedAt ?? ctx.clock.now() }
  return ok(result)
}

const open: Handler<SharedPlanView> = async (_caller, input, ctx) => {
  const req = parseWith(shareOpenInput, input)
  if (!req.ok) return invalid(req.errors)
  const resolved = await resolveToken(ctx, req.value.token)
  if (!resolved.ok) return resolved.result
  const { plan, share } = resolved
  // A colleague's phone may run an older mini program than the plan's release: the server
  // computes the content, with the release that made this version.
  const content = contentOf(plan)
  if (!content) throw new Error(`plan ${plan.id} version ${plan.version} cannot be computed`)
  // Built field by field: the owner's openid and the plan id never leave through a token.
  const view: SharedPlanView = {
    name: plan.name,
    ...industryOf(plan.answers),
    answers: plan.answers,
    content,
    targets: plan.targets,
    version: plan.version,
    updatedAt: plan.updatedAt,
    rulebaseVersion: plan.rulebaseVersion,
    expiresAt: share.expiresAt,
  }
  return ok(view)
}

const COPY_SUFFIX = '（副本）'

/** "老街面馆" → "老街面馆（副本）", still within the name's length limit. */
export function copyName(name: string): string {
  return `${[...name].slice(0, NAME_MAX_LENGTH - COPY_SUFFIX.length).join('')}${COPY_SUFFIX}`
}

const copy: Handler<PlanView> = async (caller, input, ctx) => {
  const req = parseWith(shareCopyInput, input)
  if (!req.ok) return invalid(req.errors)
  const resolved = await resolveToken(ctx, req.value.token)
  if (!resolved.ok) return resolved.result
  const { plan } = resolved
  const now = ctx.clock.now()
  // Named apart from the original, so the colleague can tell them apart in their list.
  const name = copyName(plan.name)
  // The copy is the version the colleague was shown (same answers, release and clock, so the
  // same content); an update recomputes it under the current rules.
  const first = firstVersion(
    caller.openid,
    name,
    {
      answers: { ...plan.answers, name },
      rulebaseVersion: plan.rulebaseVersion,
      computedAt: plan.computedAt,
      snapshot: plan.snapshot,
      cause: 'copy',
    },
    now,
    { ...plan.targets },
  )
  const quota = await checkPlanQuota(ctx, caller.openid, now, first)
  if (quota) return quota
  const copied = await insertNewPlan(ctx, first)
  return ok(planView(copied, null))
}

/**
 * A poster stays in 朋友圈 for weeks: its code reuses a live link only when that link has at
 * least this long left, so a fresh poster never dies in a day or two.
 */
const POSTER_REUSE_MIN_DAYS = 7
/** The code is drawn 220 px wide on a 750 px poster; WeChat's smallest code is enough and smallest to send. */
const POSTER_CODE_WIDTH = 280

/** WeChat's refusals of wxacode.getUnlimited, in the owner's words. */
function codeRefused(errcode: number): ApiResult<never> {
  if (errcode === ERR.invalidPage.errcode)
    return fail('INTERNAL', { message: '这个版本的小程序还没有发布分享页，暂时不能生成小程序码' })
  if (errcode === ERR.apiQuota.errcode) return fail('RATE_LIMITED', { message: '生成小程序码太频繁了，请稍后再试' })
  return fail('INTERNAL', { message: '暂时无法生成小程序码，请稍后再试' })
}

/**
 * share.poster: the owner's 朋友圈 poster needs a 小程序码 whose `scene` is a share token, so the
 * code opens the read-only plan and revoking that link (管理分享链接) kills the code too. Reuses
 * the newest live link with a week or more left, otherwise makes one; then asks WeChat for the
 * code through the platform port.
 */
const poster: Handler<SharePoster> = async (caller, input, ctx) => {
  const req = parseWith(sharePosterInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return fail('NOT_FOUND')
  const content = contentOf(plan)
  if (!content) throw new Error(`plan ${plan.id} version ${plan.version} cannot be computed`)
  if (!ctx.platform) return fail('INTERNAL', { message: '暂时无法生成小程序码，请稍后再试' })
  const now = ctx.clock.now()
  const live = (await ctx.store.shares.listByPlan(plan.id, LIMITS.listMax)).find(
    (s) => s.ownerId === caller.openid && s.revokedAt === null && s.expiresAt - now >= POSTER_REUSE_MIN_DAYS * DAY_MS,
  )
  let share = live
  if (!share) {
    const made = await newShare(ctx, caller, plan, LIMITS.shareDaysDefault)
    if (!made.ok) return made.result
    share = made.share
  }
  const envVersion = req.value.envVersion ?? 'release'
  const request = {
    scene: share.token,
    page: SHARED_PAGE,
    // WeChat can only check the page of the released version; a 体验版 or 开发版 code skips it.
    checkPath: envVersion === 'release',
    envVersion,
    width: POSTER_CODE_WIDTH,
  }
  // Tokens are 22 base64url characters, always a valid scene; checked here anyway so a future
  // token format that would not fit fails loudly in tests instead of as WeChat's 40169.
  const malformed = checkUnlimitedCode(request)
  if (malformed) throw new Error(`share token is not a valid scene: ${malformed.errcode}`)
  const code = await ctx.platform.getUnlimitedCode(request)
  if (!code.ok) {
    ctx.log?.('[share.poster] wxacode.getUnlimited refused', `${code.errcode} ${code.errmsg}`)
    return codeRefused(code.errcode)
  }
  const result: SharePoster = {
    token: share.token,
    expiresAt: share.expiresAt,
    reused: share === live,
    page: SHARED_PAGE,
    code: { contentType: code.value.contentType, base64: Buffer.from(code.value.buffer).toString('base64') },
    plan: { name: plan.name, content },
  }
  return ok(result)
}

export const shareHandlers = guarded('share', { create, list, revoke, open, copy, poster })
