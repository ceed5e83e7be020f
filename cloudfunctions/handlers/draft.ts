import type { ApiError, ApiResult } from '@/core'
import { ok } from '@/core'
import { draftDiscardInput, draftGetInput, draftSaveInput, parseWith } from '@/core/api'
import type { DraftAnswers, DraftConflictDetails, DraftSaved, DraftView } from '@/core/api'
import type { DraftRecord } from '../store/port'
import type { Handler } from './context'
import { guarded, invalid } from './context'
import { loadOwned } from './plan'
import { fail } from '@/core'

function draftView(d: DraftRecord): DraftView {
  return {
    planId: d.planId,
    answers: d.answers,
    step: d.step,
    version: d.version,
    updatedAt: d.updatedAt,
    baseRev: d.baseRev,
    fromVersion: d.fromVersion,
  }
}

/** CONFLICT that hands back what the server holds, so the phone can merge instead of overwrite. */
function draftConflict(current: DraftRecord | null): ApiResult<never> {
  const error: ApiError & DraftConflictDetails = {
    code: 'CONFLICT',
    message: '草稿已在另一台设备上更新，已为你合并最新内容',
    currentRev: current?.version ?? 0,
    current: current ? draftView(current) : null,
  }
  return { ok: false, error }
}

const save: Handler<DraftSaved> = async (caller, input, ctx) => {
  const req = parseWith(draftSaveInput, input)
  if (!req.ok) return invalid(req.errors)
  const planId = req.value.planId ?? null
  // A draft for a plan only exists next to a plan the caller can see.
  if (planId !== null && !(await loadOwned(ctx, caller, planId))) return fail('NOT_FOUND')
  const base = req.value.baseVersion ?? null
  const now = ctx.clock.now()
  const next = (version: number): DraftRecord => ({
    ownerId: caller.openid,
    planId,
    answers: req.value.answers as DraftAnswers,
    step: req.value.step,
    version,
    updatedAt: now,
    // Only an edit has a revision to start from.
    baseRev: planId === null ? null : (req.value.baseRev ?? null),
    fromVersion: planId === null ? null : (req.value.fromVersion ?? null),
  })
  const existing = await ctx.store.drafts.find(caller.openid, planId)
  let written: DraftRecord
  if (!existing) {
    // Saving on top of a version that no longer exists means another phone discarded or submitted it.
    if (base !== null && base !== 0) return draftConflict(null)
    written = next(1)
    if ((await ctx.store.drafts.create(written)) === 'conflict') {
      return draftConflict(await ctx.store.drafts.find(caller.openid, planId))
    }
  } else {
    if (base !== existing.version) return draftConflict(existing)
    written = next(existing.version + 1)
    if ((await ctx.store.drafts.replace(written, existing.version)) === 'conflict') {
      return draftConflict(await ctx.store.drafts.find(caller.openid, planId))
    }
  }
  const result: DraftSaved = { version: written.version, updatedAt: written.updatedAt }
  return ok(result)
}

const get: Handler<DraftView | null> = async (caller, input, ctx) => {
  const req = parseWith(draftGetInput, input)
  if (!req.ok) return invalid(req.errors)
  const draft = await ctx.store.drafts.find(caller.openid, req.value.planId ?? null)
  return ok(draft ? draftView(draft) : null)
}

const discard: Handler<{ discarded: boolean }> = async (caller, input, ctx) => {
  const req = parseWith(draftDiscardInput, input)
  if (!req.ok) return invalid(req.errors)
  return ok({ discarded: await ctx.store.drafts.remove(caller.openid, req.value.planId ?? null) })
}

export const draftHandlers = guarded('draft', { save, get, discard })
