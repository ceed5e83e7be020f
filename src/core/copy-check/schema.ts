import * as v from 'valibot'
import { INDUSTRIES } from '../wizard/questions'
import type { Industry } from '../wizard/questions'
import type { Strength } from '../rules/vocab'
import type { CopyCategory, Severity } from './categories'
import type { ExemptionId } from './types'

/** WeChat's content-security check takes at most 2,500 characters; ours takes the same. */
export const COPY_TEXT_MAX = 2500
export const COPY_MARKS_MAX = 20
export const COPY_MARK_MAX = 40

function codePointLength(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

export const copyMarkSchema = v.object(
  {
    phrase: v.pipe(
      v.string('请填写文字'),
      v.trim(),
      v.minLength(1, '请填写要标注的词'),
      v.check((s) => codePointLength(s) <= COPY_MARK_MAX, `标注的词不能超过 ${COPY_MARK_MAX} 个字`),
    ),
    /** certified: an officially awarded title the owner holds a certificate for; name: a product or trademark name. */
    kind: v.picklist(['certified', 'name'], '请选择标注类型'),
  },
  '格式不正确',
)

export const copyCheckInputSchema = v.object(
  {
    // Absent text reads as empty, so the owner gets the specific message rather than "格式不正确".
    text: v.pipe(
      v.optional(v.string('请填写要检查的文案'), ''),
      v.check((s) => s.trim().length > 0, '请先粘贴或输入要检查的文案'),
      v.check((s) => codePointLength(s) <= COPY_TEXT_MAX, `文案不能超过 ${COPY_TEXT_MAX} 个字，请分段检查`),
    ),
    industry: v.optional(
      v.nullable(
        v.picklist(
          INDUSTRIES.map((o) => o.value),
          '请选择行业',
        ),
      ),
    ),
    marks: v.optional(v.pipe(v.array(copyMarkSchema, '格式不正确'), v.maxLength(COPY_MARKS_MAX, '标注太多'))),
  },
  '格式不正确',
)

export type CopyCheckInput = v.InferInput<typeof copyCheckInputSchema>
export type CopyMark = v.InferOutput<typeof copyMarkSchema>

export interface CopySpan {
  /** Code-point offsets in the text as the owner wrote it. */
  start: number
  end: number
}

export interface CopyFinding {
  /** Stable within one check: rule and position. */
  id: string
  ruleId: string
  category: CopyCategory
  categoryLabel: string
  severity: Severity
  severityLabel: string
  /** null for document-level findings (a missing notice, WeChat's own verdict). */
  span: CopySpan | null
  excerpt: string
  /** The main source and any further ones, each with its own strength; `basisLine` joins them for the owner. */
  basis: {
    ref: string
    strength: Strength
    strengthLabel: string
    legalRuleId: string | null
    more?: { ref: string; strength: Strength; strengthLabel: string }[]
  }
  why: string
  suggestion: {
    /** Replaces the span when the owner taps 采用; null when only the owner can supply the facts. */
    replacement: string | null
    /** Appended to the text (missing notices). */
    append?: string
    advice: string
  }
}

export interface CopyExempted {
  span: CopySpan
  excerpt: string
  exemption: ExemptionId
  label: string
}

export interface CopyCounts {
  high: number
  medium: number
  low: number
  total: number
}

export interface CopyCheckResult {
  findings: CopyFinding[]
  counts: CopyCounts
  /** Phrases that look like problems but are covered by an exemption (for the owner's confidence, and tests). */
  exempted: CopyExempted[]
  industry: Industry | null
  length: number
}
