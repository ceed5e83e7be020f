import { labelOf } from '../picklist'
import type { Strength } from '../rules/vocab'
import { LEGAL_RULES } from '../rules/compliance'

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
  { value: 'stateOrgans', label: '国家机关名义' },
  { value: 'superstition', label: '封建迷信' },
  { value: 'wellKnownMark', label: '驰名商标' },
  { value: 'inspectionFree', label: '国家免检' },
  { value: 'missingNotice', label: '缺少必要提示' },
  { value: 'platformCheck', label: '微信内容安全' },
] as const
export type CopyCategory = (typeof COPY_CATEGORIES)[number]['value']

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

/**
 * The rule a finding rests on: which text, how binding (法律条文 / 监管规定 / 平台规则 / 行业惯例),
 * and the compliance rule id it belongs to in the rule base (src/core/rules/compliance.ts), so the
 * plan's checklist and the checker cite the same thing.
 */
export interface Basis {
  id: string
  /** Where it is written, in Chinese, e.g. 广告法第九条第三项. */
  ref: string
  strength: Strength
  /** The rule-base record it is keyed to. */
  legalRuleId: string | null
}

const basis = (id: string, ref: string, strength: Strength, legalRuleId: string | null): Basis => ({
  id,
  ref,
  strength,
  legalRuleId,
})

export const BASES = {
  share51: basis('share51', '小程序平台运营规范 5.1 滥用分享行为', 'platform', LEGAL_RULES.shareAbuse.id),
  externalLinks: basis('externalLinks', '微信外部链接内容管理规范', 'platform', LEGAL_RULES.externalLinks.id),
  mpInduce: basis('mpInduce', '公众平台运营规范 3.3.1 诱导分享', 'platform', LEGAL_RULES.shareAbuse.id),
  drawRules: basis('drawRules', '微信 2020 年分享规则补充说明', 'platform', LEGAL_RULES.drawRules.id),
  adLaw9_3: basis(
    'adLaw9_3',
    '广告法第九条第三项（市场监管总局 2023 年绝对化用语执法指南的解读）',
    'statute',
    LEGAL_RULES.adLaw9.id,
  ),
  adLaw9_3List: basis('adLaw9_3List', '广告法第九条第三项；具体词表为行业整理', 'practice', LEGAL_RULES.adLaw9.id),
  adLaw9_2: basis('adLaw9_2', '广告法第九条第二项（国家机关名义）', 'statute', LEGAL_RULES.adLaw9.id),
  adLaw9_8: basis('adLaw9_8', '广告法第九条第八项（迷信内容）', 'statute', LEGAL_RULES.adLaw9.id),
  adLaw11: basis('adLaw11', '广告法第十一条', 'statute', LEGAL_RULES.adLaw11.id),
  adLaw16: basis('adLaw16', '广告法第十六条', 'statute', LEGAL_RULES.adLaw16.id),
  adLaw17: basis('adLaw17', '广告法第十七条', 'statute', LEGAL_RULES.adLaw17.id),
  adLaw18: basis('adLaw18', '广告法第十八条', 'statute', LEGAL_RULES.adLaw18.id),
  adLaw24: basis('adLaw24', '广告法第二十四条', 'statute', LEGAL_RULES.adLaw24.id),
  adLaw25: basis('adLaw25', '广告法第二十五条', 'statute', LEGAL_RULES.adLaw25.id),
  adLaw26: basis('adLaw26', '广告法第二十六条（房地产）', 'statute', LEGAL_RULES.adLaw25.id),
  adLaw28: basis('adLaw28', '广告法第二十八条', 'statute', LEGAL_RULES.adLaw28.id),
  finance316: basis('finance316', '银发〔2019〕316号', 'regulation', LEGAL_RULES.finance316.id),
  trademark14: basis('trademark14', '商标法第十四条', 'statute', null),
  inspection: basis(
    'inspection',
    '国务院 2008 年废止食品质量免检制度；广告法第二十八条',
    'regulation',
    LEGAL_RULES.adLaw28.id,
  ),
  wechatSec: basis('wechatSec', '微信内容安全接口（security.msgSecCheck）', 'platform', null),
} as const satisfies Record<string, Basis>
export type BasisId = keyof typeof BASES
