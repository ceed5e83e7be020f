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
  /** Who recommends something to a customer (店员, 老师 …): "店员推荐的专题" was a media plan's. */
  staff: string
}

/** One trade's words in TradeWords' order (the labels say which is which): each trade on one line of a table. */
type TradeRow = readonly [
  customer: string,
  offer: string,
  experience: string,
  place: string,
  act: string,
  staff: string,
]

const row = ([customer, offer, experience, place, act, staff]: TradeRow): TradeWords => ({
  customer,
  offer,
  experience,
  place,
  act,
  staff,
})

export const TRADE_WORDS: Record<Industry, TradeWords> = {
  // customer, offer, experience, place, act, staff
  retail: row(['顾客', '新品', '购物体验', '门店', '下单', '店员']),
  catering: row(['食客', '招牌菜', '用餐体验', '门店', '点餐', '店长']),
  ecommerce: row(['买家', '爆款', '购物体验', '店铺', '下单', '客服']),
  finance: row(['客户', '理财服务', '办理体验', '网点', '预约办理', '客户经理']),
  medical: row(['患者', '诊疗服务', '就诊体验', '诊所', '预约', '医生']),
  education: row(['学员', '课程', '学习体验', '校区', '预约试听', '老师']),
  b2b: row(['客户企业', '解决方案', '采购体验', '展厅', '留资咨询', '顾问']),
  localService: row(['顾客', '服务项目', '到店体验', '门店', '预约', '店员']),
  // A media business offers articles and series and works from an editorial office, not a 栏目页.
  media: row(['读者', '专题', '阅读体验', '编辑部', '订阅', '编辑']),
  other: row(['客户', '产品', '使用体验', '门店', '咨询', '店员']),
}

/** The article's 购物 wording, adapted to the trade (unchanged for retail and e-commerce). */
export function tradeExperience(industry: Industry): string {
  return TRADE_WORDS[industry].experience
}
