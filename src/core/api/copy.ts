import type { CopyCheckInput, CopyCheckResult } from '../copy-check/schema'
import { copyCheckInputSchema } from '../copy-check/schema'

/** `copy.check`: the text, the owner's industry, and phrases the owner marked as certified or a name. */
export const copyCheckInput = copyCheckInputSchema

/**
 * What WeChat's own content-security check said. It runs only in WeChat (locally: the fake);
 * when it cannot run, our own findings still stand and the owner is told it was not asked.
 */
export interface CopyPlatformVerdict {
  status: 'pass' | 'review' | 'risky' | 'unavailable'
  /** One sentence for the owner. */
  message: string
}

export interface CopyCheckResponse extends CopyCheckResult {
  platform: CopyPlatformVerdict
}

export type { CopyCheckInput }
