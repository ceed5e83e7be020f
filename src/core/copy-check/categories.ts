import { labelOf } from '../picklist'
import type { Strength } from '../rules/vocab'
import { LEGAL_RULES, type LegalRule } from '../rules/compliance'

/** What kind of problem a finding is; labels are what the owner reads. */
export const COPY_CATEGORIES = [
  { value: 'inducedSharing', label: '诱导分享' },
  { value: 'absolute', label: '绝对化用语' },
  { value: 'unsourcedData', label: '无出处数据' },
  { value: 'medical', label: '医疗用语与功效' },
  { value: 'healthFood', label: '保健食品' },
  { value: 'education', label: '教育承诺' },
  { value: 'finance', label: '金融承诺' },
  { value: 'falseClaim', label: '虚假宣传' },
  { value: 'endorsement', label: '证言与代言' },
  { value: 'stateOrgans', label: '国家机关名义' },
  { value: 'superstition', label: '封建迷信' },
  { value: 'wellKnownMark', label: '驰名商标' },
  { value: 'inspectionFree', label: '国家免检' },
  { value: 'missingNotice', label: '缺少必要提示' },
  { value: 'platformCheck', label: '微信内容安全' },
] as const
export type CopyCategory = (typeof COPY_CATEGORIES)[number]['value']

/** The word lists that name examples of what 广告法第九条 covers (特供, 国宴, 转运 …) are compilations. */
const PUBLIC_LISTS = { ref: '公开的广告禁用词整理', strength: 'practice' } as const

export function categoryLabel(value: CopyCategory): string {
  return labelOf(COPY_CATEGORIES, value)
}

export const SEVERITIES = [
  { value: 'high', label: '高风险' },
  { value: 'medium', label: '中风险' },
  { value: 'low', label: '提醒' },
] as const
export type Severity = (typeof SEVERITIES)[number]['value']

export function severityLabel(value: Severity): string {
  return labelOf(SEVERITIES, value)
}

/** One source of a finding, with how binding it is (the plan's own vocabulary, rules/vocab.ts). */
export interface BasisSource {
  /** Where it is written, in plain Chinese (no English, no bracket of its own), e.g. 广告法第九条第三项. */
  ref: string
  strength: Strength
}

/**
 * The rule a finding rests on: its sources, each with its own strength (法律条文 / 监管规定 /
 * 平台规则 / 执法指南 / 行业惯例 / 我们的判断, COMPLIANCE.md's own strengths), and the compliance
 * rule id it belongs to in the rule base (src/core/rules/compliance.ts), so the plan's checklist
 * and the checker cite the same thing. Where the rule base has the source, its ref and strength
 * are taken from there: the two cannot say it differently.
 */
export interface Basis extends BasisSource {
  id: string
  /** The rule-base record it is keyed to; null when no plan item rests on it. */
  legalRuleId: string | null
  /** Further sources, each with its own strength (a word list cited with the article it applies). */
  more?: readonly BasisSource[]
}

const of = (r: LegalRule): BasisSource => ({ ref: r.ref, strength: r.strength })

const basis = (id: string, main: BasisSource, legalRuleId: string | null, ...more: BasisSource[]): Basis =>
  more.length > 0 ? { id, ...main, legalRuleId, more } : { id, ...main, legalRuleId }

const L = LEGAL_RULES

/**
 * COMPLIANCE.md, source by source: the law names only 国家级, 最高级, 最佳 (statute); that 第一,
 * 最好 and other words of the same meaning are covered is the regulator's 2023 guide (guidance);
 * the long 极限词 lists are industry compilations (practice, citing 9(3)); 特供/国宴 and the
 * superstition words are examples from public lists of what 9(2) and 9(8) cover; 免检 was
 * abolished by the State Council in 2008, and saying it is false advertising under Art. 28.
 */
export const BASES = {
  share51: basis('share51', of(L.shareAbuse), L.shareAbuse.id),
  externalLinks: basis('externalLinks', of(L.externalLinks), L.externalLinks.id),
  // Not a plan rule: the plan's sharing items cite the mini-program rules and the external-link rules.
  mpInduce: basis('mpInduce', { ref: '《公众平台运营规范》第3.3.1条', strength: 'platform' }, null),
  drawRules: basis('drawRules', of(L.drawRules), L.drawRules.id),
  adLaw9_3: basis('adLaw9_3', of(L.adLaw9), L.adLaw9.id),
  absoluteGuide: basis('absoluteGuide', of(L.absoluteGuide), L.absoluteGuide.id, of(L.adLaw9)),
  adLaw9_3List: basis('adLaw9_3List', of(L.absolutePractice), L.absolutePractice.id, of(L.adLaw9)),
  adLaw9_2: basis('adLaw9_2', { ref: '广告法第九条第二项', strength: 'statute' }, null, PUBLIC_LISTS),
  adLaw9_8: basis('adLaw9_8', { ref: '广告法第九条第八项', strength: 'statute' }, null, PUBLIC_LISTS),
  adLaw11: basis('adLaw11', of(L.adLaw11), L.adLaw11.id),
  adLaw16: basis('adLaw16', of(L.adLaw16), L.adLaw16.id),
  adLaw17: basis('adLaw17', of(L.adLaw17), L.adLaw17.id),
  adLaw18: basis('adLaw18', of(L.adLaw18), L.adLaw18.id),
  adLaw24: basis('adLaw24', of(L.adLaw24), L.adLaw24.id),
  adLaw24Endorsers: basis('adLaw24Endorsers', of(L.adLaw24Endorsers), L.adLaw24Endorsers.id),
  adLaw25: basis('adLaw25', of(L.adLaw25), L.adLaw25.id),
  // Art. 26 (real estate) is not Art. 25: no plan item rests on it (the questionnaire has no such trade).
  adLaw26: basis('adLaw26', { ref: '广告法第二十六条', strength: 'statute' }, null),
  adLaw28: basis('adLaw28', of(L.adLaw28), L.adLaw28.id),
  finance316: basis('finance316', of(L.finance316), L.finance316.id),
  /**
   * A customer's own story of what they earned reads as a promise of returns: 316号文 forbids
   * implied guarantees, but says nothing of testimonials, so flagging one is our judgement.
   */
  financeTestimonial: basis(
    'financeTestimonial',
    { ref: '客户讲收益会被读成收益承诺', strength: 'ours' },
    L.finance316.id,
    of(L.finance316),
  ),
  trademark14: basis('trademark14', { ref: '商标法第十四条', strength: 'statute' }, null),
  inspection: basis('inspection', of(L.adLaw28), L.adLaw28.id, {
    ref: '国务院2008年废止食品质量免检制度',
    strength: 'regulation',
  }),
  wechatSec: basis('wechatSec', { ref: '微信内容安全检测', strength: 'platform' }, null),
} as const satisfies Record<string, Basis>
export type BasisId = keyof typeof BASES

/** "广告法第九条第三项（法律条文）；行业极限词清单（行业惯例）": every source with its own strength. */
export function basisLine(b: {
  ref: string
  strengthLabel: string
  more?: readonly { ref: string; strengthLabel: string }[]
}): string {
  return [b, ...(b.more ?? [])].map((s) => `${s.ref}（${s.strengthLabel}）`).join('；')
}
