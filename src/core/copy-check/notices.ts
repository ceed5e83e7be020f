import type { Industry } from '../wizard/questions'
import type { BasisId } from './categories'
import { why, type Why } from './why'

/**
 * Document-level findings: notices the law requires somewhere in the text. They have no span;
 * the suggestion appends the notice.
 */
export interface MissingNotice {
  ruleId: string
  basis: BasisId
  why: Why
  append: string
  advice: string
}

export const HEALTH_FOOD = /保健食品|保健品|蓝帽子|膳食(?:营养)?补充剂/
const HEALTH_NOTICE = /(?:本品|保健食品)?(?:不是药物,?)?(?:不能|不可)代替药物/
// Investment talk; a deposit rate or a credit-card gift is not an investment pitch.
const FINANCE_PRODUCT = /理财|基金|收益|年化|投资|保本|保息|分红|净值|定投|信托|股票|债券/
const FRANCHISE = /招商|加盟|代理商|合伙人|开店|开分店/
const RETURNS = /回本|收益|赚|利润|回报|年入|月入|分红/
const RISK_NOTICE =
  /(?:投资|理财|市场|加盟|基金|股市|创业)有风险|(?:投资|入市|加盟|选择|购买|理财)需谨慎|风险提示|谨慎投资|风险自担|不保证收益/

export function missingNotices(text: string, industry: Industry | null): MissingNotice[] {
  const out: MissingNotice[] = []
  if (HEALTH_FOOD.test(text) && !HEALTH_NOTICE.test(text)) {
    out.push({
      ruleId: 'notice.healthFood',
      basis: 'adLaw18',
      why: why`保健食品广告必须写明“本品不能代替药物”（${'adLaw18'}），文中没有找到。`,
      append: '本品不能代替药物。',
      advice: '在文末加上“本品不能代替药物”（或“保健食品不是药物，不能代替药物治疗疾病”）。',
    })
  }
  const financeCopy = industry === 'finance' && FINANCE_PRODUCT.test(text)
  const franchiseCopy = FRANCHISE.test(text) && RETURNS.test(text)
  if ((financeCopy || franchiseCopy) && !RISK_NOTICE.test(text)) {
    out.push({
      ruleId: 'notice.riskWarning',
      basis: financeCopy ? 'finance316' : 'adLaw25',
      why: financeCopy
        ? why`金融产品的宣传必须有风险提示（${'adLaw25'}、${'finance316'}），已有公众号仅因缺少风险提示被罚。`
        : why`招商加盟宣传涉及投资回报，${'adLaw25'}要求对可能的风险作出提示。`,
      append: franchiseCopy && !financeCopy ? '投资有风险，加盟需谨慎。' : '投资有风险，选择需谨慎。',
      advice: '在文末加上风险提示，例如“投资有风险，选择需谨慎”。',
    })
  }
  return out
}
