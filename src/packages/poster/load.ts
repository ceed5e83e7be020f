import type { SharePoster } from '@/core/api'
import { call } from '@/api'
import { CAPTIONS, posterContentOf } from './content'
import type { PosterContent } from './draw'

export type EnvVersion = 'release' | 'trial' | 'develop'

export interface PosterData {
  content: PosterContent
  token: string
  expiresAt: number
  code: SharePoster['code']
}

/** What the owner reads when the poster cannot be made; the server's message when it has one. */
const NETWORK = '网络不可用，请联网后重试'

/**
 * One call: the server makes (or reuses) the share link the code carries, asks WeChat for the
 * 小程序码 and computes the plan's content, so this page needs neither the engine nor the plan page.
 */
export async function loadPoster(
  planId: string,
  platform: keyof typeof CAPTIONS,
  envVersion?: EnvVersion,
): Promise<{ ok: true; poster: PosterData } | { ok: false; message: string }> {
  const res = await call('share', 'poster', envVersion ? { planId, envVersion } : { planId })
  if (!res.ok) return { ok: false, message: res.error.code === 'NETWORK' ? NETWORK : res.error.message }
  const { plan, token, expiresAt, code } = res.data
  return {
    ok: true,
    poster: { content: posterContentOf(plan.name, plan.content, CAPTIONS[platform]), token, expiresAt, code },
  }
}
