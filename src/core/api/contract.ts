import type { ErrorCode } from '../errors'
import * as copy from './copy'
import * as draft from './draft'
import * as plan from './plan'
import * as reminder from './reminder'
import * as results from './results'
import * as share from './share'

/** Input schemas by function and action: the server parses with them, the client may pre-check. */
export const API_SCHEMAS = {
  plan: {
    create: plan.planCreateInput,
    list: plan.planListInput,
    get: plan.planGetInput,
    rename: plan.planRenameInput,
    update: plan.planUpdateInput,
    setTargets: plan.planSetTargetsInput,
    versions: plan.planVersionsInput,
    version: plan.planVersionInput,
    restoreVersion: plan.planRestoreVersionInput,
    upgrade: plan.planUpgradeInput,
    delete: plan.planDeleteInput,
    restore: plan.planRestoreInput,
    deleted: plan.planDeletedInput,
  },
  draft: {
    save: draft.draftSaveInput,
    get: draft.draftGetInput,
    discard: draft.draftDiscardInput,
  },
  share: {
    create: share.shareCreateInput,
    list: share.shareListInput,
    revoke: share.shareRevokeInput,
    open: share.shareOpenInput,
    copy: share.shareCopyInput,
    poster: share.sharePosterInput,
  },
  copy: {
    check: copy.copyCheckInput,
  },
  results: {
    list: results.resultsListInput,
    save: results.resultsSaveInput,
    remove: results.resultsRemoveInput,
  },
  reminder: {
    subscribe: reminder.reminderSubscribeInput,
    status: reminder.reminderStatusInput,
    notices: reminder.reminderNoticesInput,
    seen: reminder.reminderSeenInput,
  },
} as const

type Op<I, O> = { input: I; output: O }

/** Every call the client can make: `call(fn, action, input)` infers its output from here. */
export type Api = {
  plan: {
    create: Op<plan.PlanCreateInput, plan.PlanView>
    list: Op<plan.PlanListInput, plan.PlanList>
    get: Op<plan.PlanGetInput, plan.PlanView>
    rename: Op<plan.PlanRenameInput, plan.PlanView>
    update: Op<plan.PlanUpdateInput, plan.PlanView>
    setTargets: Op<plan.PlanSetTargetsInput, plan.PlanView>
    versions: Op<plan.PlanVersionsInput, { items: plan.VersionSummary[] }>
    version: Op<plan.PlanVersionInput, plan.VersionView>
    restoreVersion: Op<plan.PlanRestoreVersionInput, plan.PlanView>
    upgrade: Op<plan.PlanUpgradeInput, plan.PlanView>
    delete: Op<plan.PlanDeleteInput, plan.DeletedPlan>
    restore: Op<plan.PlanRestoreInput, plan.PlanView>
    deleted: Op<plan.PlanDeletedInput, { items: plan.DeletedPlanSummary[] }>
  }
  draft: {
    save: Op<draft.DraftSaveInput, draft.DraftSaved>
    get: Op<draft.DraftGetInput, draft.DraftView | null>
    discard: Op<draft.DraftDiscardInput, { discarded: boolean }>
  }
  share: {
    create: Op<share.ShareCreateInput, share.ShareCreated>
    list: Op<share.ShareListInput, { items: share.ShareLink[] }>
    revoke: Op<share.ShareRevokeInput, share.ShareRevoked>
    open: Op<share.ShareOpenInput, share.SharedPlanView>
    copy: Op<share.ShareCopyInput, plan.PlanView>
    poster: Op<share.SharePosterInput, share.SharePoster>
  }
  copy: {
    check: Op<copy.CopyCheckInput, copy.CopyCheckResponse>
  }
  results: {
    list: Op<results.ResultsListInput, results.ResultsView>
    save: Op<results.ResultsSaveInput, results.MonthResults>
    remove: Op<results.ResultsRemoveInput, results.MonthRemoved>
  }
  reminder: {
    subscribe: Op<reminder.ReminderSubscribeInput, reminder.ReminderStatusView>
    status: Op<reminder.ReminderStatusInput, reminder.ReminderStatusView>
    notices: Op<reminder.ReminderNoticesInput, { items: reminder.ReminderNotice[] }>
    seen: Op<reminder.ReminderSeenInput, { seen: boolean }>
  }
}

export type FunctionName = keyof Api
export type ActionName<F extends FunctionName> = keyof Api[F] & string
export type ApiInput<F extends FunctionName, A extends ActionName<F>> =
  Api[F][A] extends Op<infer I, unknown> ? I : never
export type ApiOutput<F extends FunctionName, A extends ActionName<F>> =
  Api[F][A] extends Op<unknown, infer O> ? O : never

/** The event every cloud function takes (WeChat adds `userInfo`, which the server ignores). */
export interface ApiEvent<F extends FunctionName, A extends ActionName<F>> {
  action: A
  input: ApiInput<F, A>
}

/** Actions that write: each counts towards the per-user rate limit (`LIMITS.writesPerMinute`). */
export const WRITE_ACTIONS: { [F in FunctionName]: readonly ActionName<F>[] } = {
  plan: ['create', 'rename', 'update', 'upgrade', 'setTargets', 'restoreVersion', 'delete', 'restore'],
  draft: ['save', 'discard'],
  // poster may create a link.
  share: ['create', 'revoke', 'copy', 'poster'],
  // Checking copy stores nothing.
  copy: [],
  results: ['save', 'remove'],
  reminder: ['subscribe', 'seen'],
}

export function isWrite(fn: FunctionName, action: string): boolean {
  return (WRITE_ACTIONS[fn] as readonly string[]).includes(action)
}

export const FUNCTION_NAMES = Object.keys(API_SCHEMAS) as FunctionName[]

export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(API_SCHEMAS, name)
}

/** HTTP status for each error code in the local runtime (WeChat's callFunction has no status). */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SHARE_EXPIRED: 410,
  SHARE_REVOKED: 410,
  LIMIT_EXCEEDED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
}

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code] ?? 500
}
