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

/**
 * Law and platform rules from COMPLIANCE.md; each says how binding it is. `ref` names the source
 * only: the plan writes its strength after it (出处：《…》第5.1条（平台规则）), so a ref neither
 * says the strength itself nor ends in a bracket of its own.
 */
export interface LegalRule extends Rule {
  ref: string
  strength: Strength
}

const legal = (id: string, ref: string, strength: Strength, source: string, plain: string): LegalRule => ({
  id,
  section: '六',
  origin: 'compliance',
  form: 'prose',
  source,
  plain,
  ref,
  strength,
})

/** `source` quotes COMPLIANCE.md (a test checks); `plain` is what the owner reads. */
export const LEGAL_RULES = {
  shareAbuse: legal(
    'cm.shareAbuse',
    '《小程序平台运营规范》第5.1条',
    'platform',
    'rewards for sharing or following (cash, 红包, physical or virtual prizes, extra lottery chances)',
    '不得用现金、红包、实物或虚拟奖品、额外抽奖机会奖励分享或关注',
  ),
  // The seed's own fix (积分体系) is banned too when the points reward forwarding.
  pointsNotForSharing: legal(
    'cm.pointsNotForSharing',
    '《小程序平台运营规范》第5.1条',
    'platform',
    'points for purchases or check-ins inside the app are fine; points for forwarding are exactly the banned case above',
    '购物、签到得积分可以；转发、分享得积分正是被禁止的诱导分享',
  ),
  drawRules: legal(
    'cm.drawRules',
    '微信2020年分享规则补充说明',
    'platform',
    'activity rules must be clear; no random or probability-based rewards for sharing',
    '活动规则要写清楚；不得用随机或按概率的奖励鼓励分享',
  ),
  externalLinks: legal(
    'cm.externalLinks',
    '《微信外部链接内容管理规范》',
    'platform',
    'banned inducements: money, physical prizes, virtual prizes (红包, 优惠券, 代金券, 积分, 话费, 流量); "分享可增加抽奖机会/中奖概率"; 签到打卡, 助力, 砍价, 加速, 集赞, 集卡, 集福, 集碎片; reusing or editing users\' avatars; hijacking the back button',
    '外链页不得用红包、优惠券、积分等诱导分享，不得做助力、砍价、集赞、集卡，不得改用户头像或劫持返回键',
  ),
  adLaw9: legal(
    'cm.adLaw9',
    '广告法第九条第三项',
    'statute',
    'no "国家级", "最高级", "最佳"',
    '广告不得使用“国家级”“最高级”“最佳”等用语',
  ),
  adLaw11: legal(
    'cm.adLaw11',
    '广告法第十一条',
    'statute',
    'data, statistics, quotations must be true and name their source',
    '广告引用的数据、统计、引语必须真实并注明出处',
  ),
  adLaw16: legal(
    'cm.adLaw16',
    '广告法第十六条',
    'statute',
    'no claims or guarantees of efficacy or safety, no cure or effectiveness rates, no comparisons, no endorsers',
    '医疗、药品、医疗器械广告不得保证功效和安全性，不得写治愈率、有效率，不得比较，不得利用代言人作推荐、证明',
  ),
  adLaw17: legal(
    'cm.adLaw17',
    '广告法第十七条',
    'statute',
    'non-medical products may not claim to treat disease or use medical terms',
    '非医疗产品不得宣传治疗疾病，不得使用医疗用语',
  ),
  adLaw18: legal(
    'cm.adLaw18',
    '广告法第十八条',
    'statute',
    'must state "本品不能代替药物"; no efficacy guarantees',
    '保健食品广告必须写明“本品不能代替药物”，不得保证功效',
  ),
  adLaw24: legal(
    'cm.adLaw24',
    '广告法第二十四条',
    'statute',
    'no guaranteed passing, admission or results',
    '教育培训广告不得承诺通过考试、升学或培训效果',
  ),
  // COMPLIANCE.md's public-material reading of Art. 24: the rule a "学员来信" topic broke.
  adLaw24Endorsers: legal(
    'cm.adLaw24Endorsers',
    '广告法第二十四条',
    'statute',
    'using students as endorsers (喜报/上岸 testimonials)',
    '教育培训广告不得利用学员的名义或形象作推荐、证明，喜报、上岸宣传都属于这一类',
  ),
  adLaw25: legal(
    'cm.adLaw25',
    '广告法第二十五条',
    'statute',
    'no 保本, 无风险, 保收益 or similar; a risk warning is required',
    '投资理财广告不得承诺保本、无风险、保收益，必须有风险提示',
  ),
  adLaw28: legal(
    'cm.adLaw28',
    '广告法第二十八条',
    'statute',
    'defines false advertising, including fabricated or unverifiable data and effects',
    '编造或无法核实的数据、效果属于虚假广告',
  ),
  finance316: legal(
    'cm.finance316',
    '银发〔2019〕316号',
    'regulation',
    'only licensed institutions may market financial products; no express or implied guaranteed principal or returns; staff may not post unreviewed marketing on their own channels (e.g. 朋友圈)',
    '只有持牌机构能推广金融产品；不得明示或暗示保本保收益；员工不得在朋友圈等个人渠道发未经审核的营销内容',
  ),
  absoluteGuide: legal(
    'cm.absoluteGuide',
    '市场监管总局2023年《广告绝对化用语执法指南》',
    'guidance',
    'reads 9(3) as covering words of the same or similar meaning',
    '“第一”“最好”等同义词也算绝对化用语；但经营目标（争做行业第一）、本店商品之间比较（本店最受欢迎的）、消费提示（最佳赏味期）、标准等级（5A、三甲）、商标名和有证书的荣誉不处罚',
  ),
  absolutePractice: legal(
    'cm.absolutePractice',
    '行业极限词清单',
    'practice',
    'the long lists of 极限词 — 最, 第一, 唯一, 首个, 首选, 顶级, 极致, 独家, 全网第一, NO.1 … — are industry compilations',
    '“顶级”“唯一”“首选”“独家”等长长的极限词清单是行业整理的提醒，不是法条原文',
  ),
} as const satisfies Record<string, LegalRule>
