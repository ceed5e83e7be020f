import { labelOf } from '../picklist'
import type { Industry } from '../wizard/questions'
import type { BasisId, CopyCategory, Severity } from './categories'
import type { Why } from './why'

/** Why a phrase that looks like a problem was left alone; labels are what the owner reads. */
export const EXEMPTIONS = [
  { value: 'ordinal', label: '序数或时间用语' },
  { value: 'ownRange', label: '自家范围内的比较' },
  { value: 'consumptionTip', label: '消费提示' },
  { value: 'standardGrade', label: '标准规定的等级' },
  { value: 'productName', label: '商品名称或商标' },
  { value: 'certified', label: '已标注有证书的称号' },
  { value: 'goal', label: '目标或经营理念' },
  { value: 'notice', label: '法定提示语' },
  { value: 'industryUsage', label: '本行业的常规说法' },
  { value: 'mood', label: '情绪表达' },
  { value: 'sourced', label: '已注明出处' },
  { value: 'priceOrSpec', label: '价格或规格说明' },
  { value: 'question', label: '向读者提问' },
  { value: 'mention', label: '提到要避开的词' },
] as const
export type ExemptionId = (typeof EXEMPTIONS)[number]['value']

export function exemptionLabel(value: ExemptionId): string {
  return labelOf(EXEMPTIONS, value)
}

/** What a gate sees: the normalised text, where the match is, the industry and facts about the document. */
export interface MatchContext {
  text: string
  start: number
  end: number
  industry: Industry | null
  doc: DocFacts
}

export interface DocFacts {
  /** The text sells a 保健食品 (it says so). */
  healthFood: boolean
  /** The text is promotional (discounts, ordering, prices). */
  promo: boolean
}

/**
 * A gate either lets the finding through (possibly re-filed under another category or basis, with
 * the explanation that fits it then) or names the exemption.
 */
export type GateVerdict =
  { exempt: ExemptionId } | { category?: CopyCategory; basis?: BasisId; severity?: Severity; why?: Why } | null

export type Gate = (ctx: MatchContext) => GateVerdict

/** One phrase or pattern, keyed to the rule it breaks. */
export interface PhraseRule {
  id: string
  category: CopyCategory
  basis: BasisId
  severity: Severity
  /** A RegExp source over the normalised text, non-capturing groups only; see `expand` for {1} {n} {d}. */
  pattern: string
  /** Why, in one plain sentence for the owner; the sources it names are listed with the finding. */
  why: Why
  /** What replaces the flagged words when the owner taps 采用 ('' removes them). */
  replace: string | ((matched: string) => string)
  /** The safer wording, said in words. */
  advice: string
  gate?: Gate
}

/** Words that look like a rule's phrase but are fine; matched before the rules at the same place. */
export interface Shield {
  exempt: ExemptionId
  pattern: string
  /** The shield does not hold in these industries (保本清仓 is retail talk, not in finance). */
  notIn?: readonly Industry[]
}
