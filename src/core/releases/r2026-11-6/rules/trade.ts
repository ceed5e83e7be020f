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

export const TRADE_WORDS: Record<Industry, TradeWords> = {
  retail: { customer: '顾客', offer: '新品', experience: '购物体验', place: '门店', act: '下单', staff: '店员' },
  catering: { customer: '食客', offer: '招牌菜', experience: '用餐体验', place: '门店', act: '点餐', staff: '店长' },
  ecommerce: { customer: '买家', offer: '爆款', experience: '购物体验', place: '店铺', act: '下单', staff: '客服' },
  finance: {
    customer: '客户',
    offer: '理财服务',
    experience: '办理体验',
    place: '网点',
    act: '预约办理',
    staff: '客户经理',
  },
  medical: { customer: '患者', offer: '诊疗服务', experience: '就诊体验', place: '诊所', act: '预约', staff: '医生' },
  education: { customer: '学员', offer: '课程', experience: '学习体验', place: '校区', act: '预约试听', staff: '老师' },
  b2b: {
    customer: '客户企业',
    offer: '解决方案',
    experience: '采购体验',
    place: '展厅',
    act: '留资咨询',
    staff: '顾问',
  },
  localService: {
    customer: '顾客',
    offer: '服务项目',
    experience: '到店体验',
    place: '门店',
    act: '预约',
    staff: '店员',
  },
  // A media business offers articles and series and works from an editorial office, not a 栏目页.
  media: { customer: '读者', offer: '专题', experience: '阅读体验', place: '编辑部', act: '订阅', staff: '编辑' },
  other: { customer: '客户', offer: '产品', experience: '使用体验', place: '门店', act: '咨询', staff: '店员' },
}

/** The article's 购物 wording, adapted to the trade (unchanged for retail and e-commerce). */
export function tradeExperience(industry: Industry): string {
  return TRADE_WORDS[industry].experience
}
