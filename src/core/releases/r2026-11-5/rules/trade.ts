import type { Industry } from '../wizard/questions'

/**
 * How each trade names its customers, offer and experience, so the plan speaks the owner's
 * language (a noodle shop is not told about 购物体验). Our wording, not the article's: where the
 * article's words are adapted the plan quotes the original beside them.
 */
export interface TradeWords {
  customer: string
  offer: string
  /** What the article calls 购物体验 in this trade. */
  experience: string
  place: string
  /** The action that turns interest into business (下单, 预约 …). */
  act: string
}

export const TRADE_WORDS: Record<Industry, TradeWords> = {
  retail: { customer: '顾客', offer: '新品', experience: '购物体验', place: '门店', act: '下单' },
  catering: { customer: '食客', offer: '招牌菜', experience: '用餐体验', place: '门店', act: '点餐' },
  ecommerce: { customer: '买家', offer: '爆款', experience: '购物体验', place: '店铺', act: '下单' },
  finance: { customer: '客户', offer: '理财服务', experience: '办理体验', place: '网点', act: '预约办理' },
  medical: { customer: '患者', offer: '诊疗服务', experience: '就诊体验', place: '诊所', act: '预约' },
  education: { customer: '学员', offer: '课程', experience: '学习体验', place: '校区', act: '预约试听' },
  b2b: { customer: '客户企业', offer: '解决方案', experience: '采购体验', place: '展厅', act: '留资咨询' },
  localService: { customer: '顾客', offer: '服务项目', experience: '到店体验', place: '门店', act: '预约' },
  media: { customer: '读者', offer: '栏目', experience: '阅读体验', place: '栏目页', act: '订阅' },
  other: { customer: '客户', offer: '产品', experience: '使用体验', place: '门店', act: '咨询' },
}

/** The article's 购物 wording, adapted to the trade (unchanged for retail and e-commerce). */
export function tradeExperience(industry: Industry): string {
  return TRADE_WORDS[industry].experience
}
