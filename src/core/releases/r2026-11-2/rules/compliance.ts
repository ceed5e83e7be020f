import type { Strength } from './vocab'
import type { Rule } from './types'

/** Seed 六: risk → trigger → counter-measure. */
export interface RiskRule extends Rule {
  risk: string
  trigger: string
  measure: string
}

export const RISK_RULES = {
  inducedSharing: {
    id: 'compliance.inducedSharing',
    section: '六',
    origin: 'seed',
    form: 'table',
    source: '诱导分享 | 转发抽奖活动 | 改用积分体系替代',
    risk: '诱导分享',
    trigger: '转发抽奖活动',
    measure: '改用积分体系替代',
  },
  dataLeak: {
    id: 'compliance.dataLeak',
    section: '六',
    origin: 'seed',
    form: 'table',
    source: '数据泄露 | 未加密API接口 | HTTPS全站改造',
    risk: '数据泄露',
    trigger: '未加密API接口',
    measure: 'HTTPS全站改造',
  },
  falseAdvertising: {
    id: 'compliance.falseAdvertising',
    section: '六',
    origin: 'seed',
    form: 'table',
    source: '虚假宣传 | 夸大产品功效 | 法务前置审核',
    risk: '虚假宣传',
    trigger: '夸大产品功效',
    measure: '法务前置审核',
  },
} as const satisfies Record<string, RiskRule>

export const COMPLIANCE_PROSE = {
  platformRules: {
    id: 'compliance.platformRules',
    section: '六',
    origin: 'seed',
    form: 'prose',
    source: '需遵守《微信外部链接内容管理规范》等规则,避免诱导分享、过度营销',
  },
  regulated: {
    id: 'compliance.regulated',
    section: '六',
    origin: 'seed',
    form: 'prose',
    source: '金融、医疗类企业需特别注意资质公示与内容审核',
  },
} as const satisfies Record<string, Rule>

/** Law and platform rules from COMPLIANCE.md; each says how binding it is. */
export interface LegalRule extends Rule {
  ref: string
  strength: Strength
}

const legal = (id: string, ref: string, strength: Strength, source: string): LegalRule => ({
  id,
  section: '六',
  origin: 'compliance',
  form: 'prose',
  source,
  ref,
  strength,
})

export const LEGAL_RULES = {
  shareAbuse: legal(
    'cm.shareAbuse',
    '小程序平台运营规范 §5.1',
    'platform',
    'rewards for sharing or following (cash, 红包, physical or virtual prizes, extra lottery chances)',
  ),
  // The seed's own fix (积分体系) is banned too when the points reward forwarding.
  pointsNotForSharing: legal(
    'cm.pointsNotForSharing',
    '小程序平台运营规范 §5.1',
    'platform',
    'points for purchases or check-ins inside the app are fine; points for forwarding are exactly the banned case above',
  ),
  drawRules: legal(
    'cm.drawRules',
    '微信2020年分享规则补充说明',
    'platform',
    'activity rules must be clear; no random or probability-based rewards for sharing',
  ),
  externalLinks: legal(
    'cm.externalLinks',
    '微信外部链接内容管理规范（2019-10-28 起）',
    'platform',
    'banned inducements: money, physical prizes, virtual prizes (红包, 优惠券, 代金券, 积分, 话费, 流量); "分享可增加抽奖机会/中奖概率"; 签到打卡, 助力, 砍价, 加速, 集赞, 集卡, 集福, 集碎片; reusing or editing users\' avatars; hijacking the back button',
  ),
  adLaw9: legal('cm.adLaw9', '广告法 第九条第三项', 'statute', 'no "国家级", "最高级", "最佳"'),
  adLaw11: legal(
    'cm.adLaw11',
    '广告法 第十一条',
    'statute',
    'data, statistics, quotations must be true and name their source',
  ),
  adLaw16: legal(
    'cm.adLaw16',
    '广告法 第十六条',
    'statute',
    'no claims or guarantees of efficacy or safety, no cure or effectiveness rates, no comparisons, no endorsers',
  ),
  adLaw17: legal(
    'cm.adLaw17',
    '广告法 第十七条',
    'statute',
    'non-medical products may not claim to treat disease or use medical terms',
  ),
  adLaw18: legal('cm.adLaw18', '广告法 第十八条', 'statute', 'must state "本品不能代替药物"; no efficacy guarantees'),
  adLaw24: legal('cm.adLaw24', '广告法 第二十四条', 'statute', 'no guaranteed passing, admission or results'),
  adLaw25: legal(
    'cm.adLaw25',
    '广告法 第二十五条',
    'statute',
    'no 保本, 无风险, 保收益 or similar; a risk warning is required',
  ),
  adLaw28: legal(
    'cm.adLaw28',
    '广告法 第二十八条',
    'statute',
    'defines false advertising, including fabricated or unverifiable data and effects',
  ),
  finance316: legal(
    'cm.finance316',
    '银发〔2019〕316号',
    'regulation',
    'only licensed institutions may market financial products; no express or implied guaranteed principal or returns; staff may not post unreviewed marketing on their own channels (e.g. 朋友圈)',
  ),
} as const satisfies Record<string, LegalRule>
