import * as v from 'valibot'
import type { Answers } from '../wizard/answers'
import type { PlanContent } from '../plan/engine'
import { LIMITS, MSG, idSchema, tokenSchema, wholeNumber } from './common'
import type { Targets } from './plan'

export const shareCreateInput = v.object(
  {
    planId: idSchema,
    expiresInDays: v.optional(wholeNumber(1, LIMITS.shareDaysMax, `有效期为 1 到 ${LIMITS.shareDaysMax} 天`)),
  },
  MSG.object,
)
export const shareListInput = v.object({ planId: idSchema }, MSG.object)
export const shareRevokeInput = v.object({ planId: idSchema, token: tokenSchema }, MSG.object)
export const shareOpenInput = v.object({ token: tokenSchema }, MSG.object)
export const shareCopyInput = v.object({ token: tokenSchema }, MSG.object)

/** Which build of the mini program asks: its 小程序码 must open the same build. */
export const ENV_VERSIONS = ['release', 'trial', 'develop'] as const
export const sharePosterInput = v.object(
  {
    planId: idSchema,
    /** The running build (getAccountInfoSync’s miniProgram.envVersion); absent means the released one. */
    envVersion: v.optional(v.picklist(ENV_VERSIONS, '小程序版本不正确')),
  },
  MSG.object,
)

/** The page a poster's 小程序码 opens; the token arrives in its `scene` option. */
export const SHARED_PAGE = 'packages/plan/shared/index'

/**
 * What the poster needs: the share token its code carries (so revoking that link kills the code
 * too), when the link expires, and the 小程序码 itself as base64 (a 280 px code is ~10–30 KB,
 * well under what a function call returns).
 */
export interface SharePoster {
  token: string
  expiresAt: number
  /** true when an existing live link was reused rather than a new one made. */
  reused: boolean
  page: string
  code: { contentType: string; base64: string }
  /** What the poster says, computed on the server like a shared plan's (the engine stays off this page). */
  plan: { name: string; content: PlanContent }
}

export interface ShareCreated {
  token: string
  createdAt: number
  expiresAt: number
}

export type ShareStatus = 'active' | 'expired' | 'revoked'

export interface ShareLink {
  token: string
  createdAt: number
  expiresAt: number
  revokedAt: number | null
  status: ShareStatus
}

export interface ShareRevoked {
  token: string
  revokedAt: number
}

/** What a token holder sees: read-only, and nothing that identifies the owner. */
export interface SharedPlanView {
  name: string
  industry: string | null
  industryLabel: string | null
  answers: Answers
  content: PlanContent
  targets: Targets
  /** The version number the owner sees. */
  version: number
  updatedAt: number
  rulebaseVersion: string
  expiresAt: number
}

export type ShareCreateInput = v.InferInput<typeof shareCreateInput>
export type ShareListInput = v.InferInput<typeof shareListInput>
export type ShareRevokeInput = v.InferInput<typeof shareRevokeInput>
export type ShareOpenInput = v.InferInput<typeof shareOpenInput>
export type ShareCopyInput = v.InferInput<typeof shareCopyInput>
export type SharePosterInput = v.InferInput<typeof sharePosterInput>
