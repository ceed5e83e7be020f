import type { PhraseRule, Shield } from './types'
import { after, before, near } from './context'
import { why } from './why'

/**
 * Our own phrase and pattern list, keyed to the articles in categories.ts (BASES). Written for
 * this product from COMPLIANCE.md; no third-party word list is copied in.
 *
 * Patterns read the normalised text (normalize.ts): lower case, simplified, no spaces, NFKC.
 * Placeholders: {1} any way of writing one (1 一 壹), {n} a number in digits or Chinese numerals.
 */
export const ONE = '[1一壹]'
export const NUM = '(?:[0-9]+(?:\\.[0-9]+)?|[零一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾]+)'

export function expand(pattern: string): string {
  return pattern.replace(/\{1\}/g, ONE).replace(/\{n\}/g, NUM)
}

// ── shields: tried before the rules at the same position ───────────────────────────────────
export const SHIELDS: readonly Shield[] = [
  // The statutory notices contain words the rules look for (代替药物).
  { exempt: 'notice', pattern: '(?:本品|保健食品)?(?:不是药物,?)?(?:不能|不可|无法)代替药物(?:治疗疾病)?' },
  // Ordinals and time words.
  {
    exempt: 'ordinal',
    pattern: '最(?:近|后|初|终|早|晚|迟|多|少|新(?:款|品|一期|消息|动态|活动|上架|到店|出炉|通知|资讯|菜单))',
  },
  {
    exempt: 'ordinal',
    pattern:
      '第{1}(?:次|天|步|周|期|站|批|口|杯|季|节|课|时间|眼|章|届|单|个|轮|件|份|场|部|篇|集|讲|阶段|年|月|日|排|行|层|道|波|关|条|页|印象|反应|感觉|位(?:顾客|客人|来宾|会员|学员)|家(?:店|门店|分店))',
  },
  { exempt: 'ordinal', pattern: '(?:首次|首单|首页|首月|首周|首日|首发|首付|首期|首席|首都|首先|首批)' },
  // Consumption tips.
  {
    exempt: 'consumptionTip',
    pattern:
      '最(?:佳|好)(?:赏味|食用|饮用|品尝|观赏|出行|拍摄|入住|保存|冲泡|使用)(?:期|时间|温度|时段|方式)?|最好(?:在|于|当天|尽快|冷藏|冷冻|趁热|提前|预约|现做|先)',
  },
  // Grades defined by standards.
  {
    exempt: 'standardGrade',
    pattern:
      '国家级?(?:[1-5]a|a{3,5})级?(?:旅游)?景区|国家(?:[1-5一二三四五]|a{1,5})级|[1-5]a级?(?:景区|旅游)|三甲|二甲|[一二三]级(?:医院|资质|证书)',
  },
  // Names.
  { exempt: 'productName', pattern: '招财猫|第一坊|最高人民' },
  // Mandatory disclosures and terms of art that contain a rule's words.
  { exempt: 'notice', pattern: '(?:非|不)保本(?:浮动收益)?|无风险利率' },
  { exempt: 'mood', pattern: '最爱(?:的人|的你|的她|的他|的家人)' },
  // Mood lines: 治愈系 is a feeling, not a cure.
  { exempt: 'mood', pattern: '治愈系|被治愈|治愈(?:了)?(?:我|你|心|一整天|周一|每一天|人心)' },
  // Retail talk that sounds like finance.
  {
    exempt: 'industryUsage',
    pattern: '保本(?:清仓|价|甩卖|促销|出清|处理|特卖|销售|出售)',
    notIn: ['finance'],
  },
  { exempt: 'industryUsage', pattern: '保过(?:年|冬|夏|节)|开运动|转运(?:中心|站|费|时效|途中)' },
]

// ── gates ──────────────────────────────────────────────────────────────────────────────────
const OWN_RANGE =
  /本店|店内|店里|我们店|我店|全店|我们家|本馆|本餐厅|本品牌|菜单|这家店|本系列|本周|本月|本季|店铺内|我们的产品里|在售|本校|我校|本园|本院|我院|编辑部|小编|店长|老板/
const GOAL = /争做|争创|力争|致力于?|目标是|立志|梦想|愿景|希望成为|努力成为|要做|宗旨|理念|原则|坚持|信条/
const DISEASE = /病|症|炎|癌|瘤|痛|失眠|便秘|糖尿|高血压|湿疹|痘|伤口|感冒|咳/
const FINANCE_TALK = /投资|理财|收益|回报|本金|资金|加盟|入股|存款|基金|利息|分红|回本/
const CERTIFICATE = /证书|认定|名录|编号|批准|公布|授予/

/** Absolute terms: a comparison inside one's own range or a goal is not a claim about the market. */
function absoluteGate(ctx: Parameters<NonNullable<PhraseRule['gate']>>[0]) {
  // “你最喜欢哪一道？” asks the reader; it claims nothing.
  if (/^[^。!?;]*[?？]/.test(ctx.text.slice(ctx.end)) && /你|您|大家/.test(before(ctx, 10)))
    return { exempt: 'question' as const }
  if (GOAL.test(before(ctx, 10))) return { exempt: 'goal' as const }
  if (OWN_RANGE.test(before(ctx, 10, true))) return { exempt: 'ownRange' as const }
  return null
}

/**
 * The law names 国家级, 最高级 and 最佳 (statute); every other word of the same meaning (第一, 最好,
 * 世界级, 最低价) is covered by the regulator's 2023 guide's reading (guidance): the finding says so.
 */
const STATUTE_WORDS = /^(?:国家级|最高级|最佳)/
const STATUTE_WHY = why`“国家级”“最高级”“最佳”是${'adLaw9_3'}点名禁止的用语（罚款二十万元起）。`
function absoluteBasis(ctx: Parameters<NonNullable<PhraseRule['gate']>>[0]) {
  const verdict = absoluteGate(ctx)
  if (verdict) return verdict
  return STATUTE_WORDS.test(ctx.text.slice(ctx.start, ctx.end))
    ? { why: STATUTE_WHY }
    : { basis: 'absoluteGuide' as const }
}

/** Medical words: which article depends on who is speaking. */
function medicalGate(ctx: Parameters<NonNullable<PhraseRule['gate']>>[0]) {
  if (ctx.doc.healthFood) return { category: 'healthFood' as const, basis: 'adLaw18' as const }
  if (ctx.industry === 'medical') return { basis: 'adLaw16' as const }
  return null
}

const SOFT = '请改为描述服务内容或顾客的真实感受，不作效果承诺'

/** 代替药物 said of goods that are not health food: a claim to treat disease. */
const DRUG_LIKE_GOODS = why`说能代替药物、比吃药管用，就是在宣称治疗疾病，${'adLaw17'}不允许非医疗商品这样说。`

/** Who gives a testimony, by trade, and the words that make their voice a testimonial. */
const PATIENT = '患者|病友|病人|家属'
const STUDENT = '学员|学生|考生|家长'
const CLIENT = '客户|投资者|投资人|理财客户'
const TESTIMONY = '(?:反馈|评价|好评|感谢信|来信|心声|口碑|见证|故事|经历|分享)'

// ── rules ──────────────────────────────────────────────────────────────────────────────────
export const PHRASE_RULES: readonly PhraseRule[] = [
  // 诱导分享: mechanics the external-link rules ban outright.
  {
    id: 'share.collectLikes',
    category: 'inducedSharing',
    basis: 'externalLinks',
    severity: 'high',
    pattern: '集(?:满)?{n}?(?:个)?赞|点赞(?:数)?(?:满|达|前|最多|第{1}|送|领|抽|即)',
    why: why`集赞、按点赞数给奖励是${'externalLinks'}明令禁止的诱导分享方式，链接可能被封、分享能力可能被限制。`,
    replace: '欢迎留言说说你的想法',
    advice: '去掉集赞要求，改为邀请留言互动，奖励与分享无关。',
  },
  {
    id: 'share.helpBargain',
    category: 'inducedSharing',
    basis: 'externalLinks',
    severity: 'high',
    pattern:
      '(?:好友|朋友|帮我|为我|帮忙|邀请[^,。!?]{0,4})助力|助力(?:{n}次|领|得|免费|砍|拿|解锁|满|成功)|砍一刀|帮(?:我)?砍|砍价(?:免费|领|拿|成功|{n}人)?|集(?:卡|福|碎片)',
    why: why`助力、砍价、集卡集福需要用户拉人才能得到好处，${'externalLinks'}把它们列为诱导分享。`,
    replace: '到店出示本条即可享受优惠',
    advice: '把优惠直接给到顾客本人（到店、下单即享），不要求拉人助力或砍价。',
  },
  {
    id: 'share.forced',
    category: 'inducedSharing',
    basis: 'share51',
    severity: 'high',
    pattern:
      '(?:分享|转发)(?:到|至|给)?{n}?(?:个)?(?:群|好友)?(?:后|才)(?:才)?(?:能|可|方可|即可)?(?:查看|解锁|下载|继续|看到|复活|获取|领取|参与)|(?:分享|转发)(?:到|至){n}个?群|关注(?:公众号|本号|我们|服务号)?(?:后|才)(?:才)?(?:可|能)?(?:见|看|查看|获取)(?:答案|结果|全文)?',
    why: why`强制分享、分享后才能查看或继续，是${'share51'}明确禁止的滥用分享行为。`,
    replace: '欢迎转给需要的朋友',
    advice: '内容直接展示，不以分享或关注作为查看、参与的条件。',
  },
  {
    id: 'share.moneyCard',
    category: 'inducedSharing',
    basis: 'drawRules',
    severity: 'medium',
    pattern: '点一下就有钱|点开就有钱|转发必得|不转不是|转发有好运|不转发(?:就)?(?:会|倒霉)',
    why: why`夸张、施压式的分享话术（如“点一下就有钱”）会被认定为诱导分享，${'drawRules'}点名不允许。`,
    replace: '',
    advice: '删去施压或夸大收益的分享话术。',
  },

  // 教育承诺 (Art. 24)
  {
    id: 'edu.guarantee',
    category: 'education',
    basis: 'adLaw24',
    severity: 'high',
    pattern:
      '保过|包过|稳过|必过|不过(?:全额)?退(?:款|费|学费)?|考不上(?:全额)?退(?:款|费)?|包拿证|包就业|保就业|包分配|保录取|包录取|保证(?:录取|通过|提分|考上|过关|拿证|上岸)|提分{n}分|包上岸|保上岸|通过率(?:高达|超过)?{n}%',
    why: why`${'adLaw24'}禁止教育培训广告对升学、通过考试、取得证书或培训效果作出明示或暗示的保证。`,
    replace: '系统学习，稳步提升',
    advice: '说明课程内容、课时和师资，不承诺通过或提分。',
  },
  {
    id: 'edu.examiners',
    category: 'education',
    basis: 'adLaw24',
    severity: 'high',
    pattern: '(?:命题|阅卷|出题)(?:老师|专家|组|考官|人)|考官亲授|押中(?:原题)?|押题',
    why: why`暗示与考试机构、命题或阅卷人员有关联，是${'adLaw24'}明确禁止的内容（已有机构因“命题考官”被罚）。`,
    replace: '资深授课老师',
    advice: '介绍老师的教龄和教学经验，不提命题、阅卷或押题。',
  },
  {
    id: 'edu.testimonial',
    category: 'endorsement',
    basis: 'adLaw24Endorsers',
    severity: 'medium',
    pattern: '(?:喜报|恭喜)[^。!?]{0,15}?(?:上岸|录取|考上|满分|高分|考取|通过)',
    why: why`${'adLaw24Endorsers'}禁止利用学员的名义或形象作推荐、证明，“喜报”“恭喜某某上岸”属于此类。`,
    replace: '欢迎了解课程安排',
    advice: '不用学员成绩作宣传，改为介绍课程本身。',
  },
  {
    // 学员的真实反馈, 学员写给我们的一封信, 一位老学员和我们的故事: the same endorsement in softer words.
    id: 'edu.studentVoice',
    category: 'endorsement',
    basis: 'adLaw24Endorsers',
    severity: 'medium',
    pattern: `(?:${STUDENT})(?:的)?(?:真实)?${TESTIMONY}|(?:${STUDENT})写给[^,。!?]{0,6}(?:信|话)|一位老(?:${STUDENT})`,
    why: why`学员的反馈、来信和故事用来招生宣传，就是利用学员作推荐、证明，${'adLaw24Endorsers'}不允许。`,
    replace: '',
    advice: '改讲课程内容、课时安排和上课片段，不用学员的评价和经历作宣传。',
    gate: (ctx) => (ctx.industry === 'education' || ctx.industry === null ? null : { exempt: 'industryUsage' }),
  },

  // 金融承诺 (Art. 25, 26; 316号)
  {
    id: 'fin.guarantee',
    category: 'finance',
    basis: 'adLaw25',
    severity: 'high',
    pattern:
      '保本保息|保本|保息|保收益|保证收益|承诺收益|收益(?:有)?保障|稳赚(?:不赔)?|只赚不赔|包赚|躺赚|刚性兑付|刚兑|本息(?:保障|无忧)|稳定收益|固定收益|高收益低风险|保底(?:收益|分红|回报|年化)?',
    why: why`${'adLaw25'}禁止对投资收益作保证性承诺，不得明示或暗示保本、无风险或保收益；${'finance316'}也禁止金融营销承诺保本保收益。`,
    replace: '收益随市场波动',
    advice: '如实说明产品风险等级和收益不确定性，并加上风险提示。',
    gate: (ctx) => (ctx.industry === 'finance' ? { basis: 'adLaw25' } : null),
  },
  {
    id: 'fin.noRisk',
    category: 'finance',
    basis: 'adLaw25',
    severity: 'high',
    pattern: '零风险|无风险|没有风险|毫无风险|稳赚不赔',
    why: why`${'adLaw25'}禁止在投资、加盟宣传中声称无风险。`,
    replace: '有一定风险',
    advice: '说明风险所在，并加上“投资有风险”之类的提示。',
    gate: (ctx) => (ctx.industry === 'finance' || near(ctx, FINANCE_TALK, 12) ? null : { exempt: 'industryUsage' }),
  },
  {
    id: 'fin.franchiseReturn',
    category: 'finance',
    basis: 'adLaw25',
    severity: 'high',
    pattern:
      '{n}(?:个)?(?:月|年|天)回本|回本(?:周期)?(?:快|短|只需|仅需)|(?:月|年|日)(?:入|赚)(?:过)?{n}(?:万|千)?|躺着(?:也能)?赚|包回购|(?:投资|投入){n}万?元?(?:即可)?(?:年|月)?(?:赚|净赚|回报)',
    why: why`招商、加盟宣传承诺回本时间或收入，属于${'adLaw25'}禁止的收益保证。`,
    replace: '经营收益因店而异',
    advice: '介绍品牌、支持政策和真实门店情况，不承诺回本和收入，并提示投资有风险。',
  },
  {
    // A customer's own story in finance is about what they earned: our reading of 316号文.
    id: 'fin.testimonial',
    category: 'endorsement',
    basis: 'financeTestimonial',
    severity: 'medium',
    pattern: `(?:${CLIENT})(?:的)?(?:真实反馈|评价|好评|感谢信|来信|心声|口碑|见证|故事|经历|收益分享)|(?:${CLIENT})写给[^,。!?]{0,6}(?:信|话)|一位老(?:${CLIENT})|晒收益|收益截图`,
    why: why`客户讲自己赚了多少，读者会当成收益承诺；${'finance316'}不允许明示或暗示保本保收益，所以我们建议金融宣传不用客户证言。`,
    replace: '',
    advice: '改讲产品规则、风险等级和办理流程，不用客户的收益和评价作宣传。',
    gate: (ctx) => (ctx.industry === 'finance' || near(ctx, FINANCE_TALK, 12) ? null : { exempt: 'industryUsage' }),
  },
  {
    id: 'fin.property',
    category: 'finance',
    basis: 'adLaw26',
    severity: 'high',
    pattern: '升值潜力|投资回报率?|租金回报|包租|返租|保值增值|坐享收益|稳定租金',
    why: why`${'adLaw26'}禁止房地产广告对升值或投资回报作出承诺。`,
    replace: '交通便利、配套齐全',
    advice: '介绍位置、户型和配套等事实，不谈升值和回报。',
  },

  // 医疗用语与功效 (Art. 16, 17; 保健食品 Art. 18 via the gate)
  {
    id: 'med.cure',
    category: 'medical',
    basis: 'adLaw17',
    severity: 'high',
    pattern:
      '药到病除|包治百病|包治|根治|彻底治愈|一次治愈|(?:治愈率|有效率|康复率|治疗有效率)(?:高达|达到?|超过)?(?:{n}%)?|无副作用|无毒副作用|零副作用|不反弹|永不复发|立竿见影|一次见效|(?:{n}天|马上|立即|当天)见效',
    why: why`对疗效作断言或保证、说治愈率有效率、说无副作用，是${'adLaw16'}（医疗、药品）和${'adLaw17'}（其他商品）禁止的内容。`,
    replace: '效果因人而异',
    advice: SOFT,
    gate: medicalGate,
  },
  {
    id: 'med.heal',
    category: 'medical',
    basis: 'adLaw17',
    severity: 'high',
    pattern: '治愈',
    why: why`“治愈”是医疗用语，用在疾病上就是疗效承诺。`,
    replace: '缓解',
    advice: SOFT,
    gate: (ctx) => {
      if (ctx.industry === 'medical' || ctx.doc.healthFood || near(ctx, DISEASE, 10)) return medicalGate(ctx)
      return { exempt: 'mood' }
    },
  },
  {
    id: 'med.terms',
    category: 'medical',
    basis: 'adLaw17',
    severity: 'high',
    pattern:
      '疗效|消炎|抗炎|杀菌消炎|抗癌|防癌|抗肿瘤|降(?:血压|血糖|血脂|三高)|治疗(?:失眠|便秘|脱发|湿疹|痘痘|颈椎病|腰椎病|胃病|高血压|糖尿病)?|药用|处方',
    why: why`非医疗、非药品的商品不得使用医疗用语或宣称治疗疾病（${'adLaw17'}）；医疗广告也不得断言疗效（${'adLaw16'}）。`,
    replace: '日常养护',
    advice: SOFT,
    gate: (ctx) => {
      // A clinic may say it treats something; only its efficacy claims are the problem.
      const word = ctx.text.slice(ctx.start, ctx.end)
      if (ctx.industry === 'medical' && /^(?:治疗|处方)/.test(word)) return { exempt: 'industryUsage' }
      return medicalGate(ctx)
    },
  },
  {
    id: 'med.weightLoss',
    category: 'medical',
    basis: 'adLaw28',
    severity: 'high',
    pattern: '{n}天(?:瘦|减)(?:掉)?{n}斤|躺着(?:也能)?瘦|不节食(?:不运动)?(?:也能)?瘦|月瘦{n}斤',
    why: why`承诺具体的减重效果无法验证，属于${'adLaw28'}所说的虚假或引人误解的效果宣传。`,
    replace: '搭配合理饮食和运动',
    advice: '介绍产品本身，不承诺减重斤数。',
    gate: medicalGate,
  },
  {
    id: 'med.endorser',
    category: 'endorsement',
    basis: 'adLaw16',
    severity: 'high',
    pattern: `(?:${PATIENT})(?:现身说法|亲述|见证)|(?:专家|医生|名医|主任|院士|医师)(?:推荐|力荐|认证)`,
    why: why`${'adLaw16'}禁止医疗、药品、医疗器械广告利用代言人作推荐、证明，医生、专家、患者出面推荐都算。`,
    replace: '',
    advice: '删去专家、医生或患者的推荐。',
    gate: medicalGate,
  },
  {
    // 患者的真实反馈, 一位老患者和我们的故事, 患者写给我们的一封信: a patient's word as proof.
    id: 'med.testimonial',
    category: 'endorsement',
    basis: 'adLaw16',
    severity: 'high',
    pattern: `(?:${PATIENT})(?:的)?(?:真实)?${TESTIMONY}|(?:${PATIENT})写给[^,。!?]{0,6}(?:信|话)|一位老(?:${PATIENT})`,
    why: why`患者的反馈、来信和故事用来宣传，就是利用患者作推荐、证明，${'adLaw16'}不允许医疗广告这样做。`,
    replace: '',
    advice: '改讲就诊流程、就诊须知或健康科普，不用患者的评价和经历作宣传。',
    gate: (ctx) => (ctx.industry === 'medical' ? null : { exempt: 'industryUsage' }),
  },
  {
    id: 'health.drugLike',
    category: 'healthFood',
    basis: 'adLaw18',
    severity: 'high',
    pattern:
      '(?:代替|替代|取代|胜过|好过|堪比)(?:药物|药品|吃药)|比(?:药|吃药)(?:还|更)(?:好|管用|有效)|不用吃药|可以停药|停药|健康必备|人人必需|保障健康',
    why: why`保健食品广告不得声称或暗示可以代替药物、为保障健康所必需（${'adLaw18'}）。`,
    replace: '作为日常膳食的补充',
    advice: '说明它是膳食补充，并写明“本品不能代替药物”。',
    gate: (ctx) => (ctx.doc.healthFood ? null : { category: 'medical', basis: 'adLaw17', why: DRUG_LIKE_GOODS }),
  },

  // 其他第九条: 国家机关名义, 迷信, 驰名商标, 免检
  {
    id: 'state.organs',
    category: 'stateOrgans',
    basis: 'adLaw9_2',
    severity: 'high',
    pattern:
      '(?:国家|政府|部队|军队|机关|人民大会堂|中南海)(?:特供|专供|专用|指定|推荐)|特供|国宴(?:菜|酒|级|大厨|同款)?|人民大会堂(?:宴|指定|专用|同款|用酒|用茶|选用)|中南海(?:用|同款)|国家领导人',
    why: why`${'adLaw9_2'}禁止使用国家机关、国家机关工作人员的名义或形象，“特供”“国宴”会被认定为暗示国家机关使用。`,
    replace: '限定款',
    advice: '删去特供、国宴等字样，如实介绍产品。',
  },
  {
    id: 'superstition',
    category: 'superstition',
    basis: 'adLaw9_8',
    severity: 'medium',
    pattern: '转运|开运|辟邪|化煞|镇宅|消灾(?:解难)?|改运|改命|风水宝地|招财|旺财运|带来财运|催财|逢凶化吉|趋吉避凶',
    why: why`${'adLaw9_8'}禁止含有迷信内容。`,
    replace: '寓意吉祥',
    advice: '可以说寓意、传统习俗，不说能改变运势。',
  },
  {
    id: 'mark.wellKnown',
    category: 'wellKnownMark',
    basis: 'trademark14',
    severity: 'high',
    pattern: '(?:中国)?驰名商标',
    why: why`${'trademark14'}规定，生产经营者不得将“驰名商标”字样用于商品、包装或者广告宣传。`,
    replace: '注册商标',
    advice: '删去“驰名商标”字样。',
  },
  {
    id: 'inspection.free',
    category: 'inspectionFree',
    basis: 'inspection',
    severity: 'high',
    pattern: '国家免检|免检产品|质量免检',
    why: why`免检制度 2008 年已经取消，再称“免检”就是${'adLaw28'}所说的虚假宣传。`,
    replace: '经检验合格',
    advice: '如实写检验合格，并能拿出检验报告。',
  },

  // 虚假宣传 (Art. 28; 公众平台运营规范)
  {
    id: 'false.certainty',
    category: 'falseClaim',
    basis: 'adLaw28',
    severity: 'high',
    pattern:
      '(?:100%|百分之百|百分百)(?:有效|见效|成功|安全|无害|通过|满意|放心|好评)|万能|零差评|绝无(?:副作用|风险|差评)|永不(?:褪色|变形|生锈|过时|起球)|(?:央视|cctv)(?:推荐|上榜|认证|合作|展播)(?:品牌)?',
    why: why`绝对的效果保证和无法核实的背书会被认定为虚假或引人误解的宣传（${'adLaw28'}）。`,
    replace: '品质可靠',
    advice: '只写能拿出证据的事实，例如检测报告的结论。',
  },
  {
    id: 'false.urgentNotice',
    category: 'falseClaim',
    basis: 'mpInduce',
    severity: 'medium',
    pattern: '紧急通知|重大通知|官方通知',
    why: why`用“紧急通知”之类的标题包装促销，是${'mpInduce'}明确打击的标题党（2024 年通报）。`,
    replace: '本周活动',
    advice: '标题直接说明是活动或优惠。',
    gate: (ctx) => (ctx.doc.promo ? null : { exempt: 'notice' }),
  },

  // 绝对化用语 (Art. 9(3)); specific phrases first, the generic 最 and 第一 last.
  {
    id: 'abs.national',
    category: 'absolute',
    basis: 'adLaw9_3',
    severity: 'high',
    pattern: '国家级|世界级|全球级|国际级|宇宙级|最高级',
    why: why`“世界级”“国际级”和“国家级”同类：按${'absoluteGuide'}，它们也属于${'adLaw9_3'}禁止的用语。`,
    replace: '高品质',
    advice: '如有官方授予的称号，注明证书后使用；否则改用具体事实。',
    gate: (ctx) => {
      if (/^(?:非遗|非物质文化遗产)/.test(after(ctx, 8)) && CERTIFICATE.test(after(ctx, 40) + before(ctx, 20)))
        return { exempt: 'certified' }
      return absoluteBasis(ctx)
    },
  },
  {
    id: 'abs.lowestPrice',
    category: 'absolute',
    basis: 'adLaw9_3',
    severity: 'high',
    pattern: '(?:全网|全城|全国|全市|史上)最低(?:价)?|最低价',
    why: why`“全网最低价”是绝对化用语，也无法证明；${'absoluteGuide'}把这类说法算作${'adLaw9_3'}禁止的用语。`,
    replace: '优惠价',
    advice: '写出具体价格或优惠幅度，不和全网比较。',
    gate: absoluteBasis,
  },
  {
    id: 'abs.listed',
    category: 'absolute',
    basis: 'adLaw9_3List',
    severity: 'low',
    pattern:
      '唯一|独一无二|首个|首家|首创|首选|首款|顶级|顶尖|极致|极品|至尊|巅峰|终极|王牌|之王|领导品牌|领袖品牌|独家|史上|史无前例|前所未有|绝无仅有|绝对|遥遥领先|销量冠军|冠军品牌',
    why: why`这类词出自${'adLaw9_3List'}，不是法条原文，但常被按${'adLaw9_3'}查处。`,
    replace: (m) => LISTED_REPLACEMENTS[m] ?? '',
    advice: '换成可以证明的具体事实，例如原料产地、工艺、顾客数量（注明出处）。',
    gate: absoluteGate,
  },
  {
    id: 'abs.first',
    category: 'absolute',
    basis: 'adLaw9_3',
    severity: 'high',
    pattern:
      '(?:行业|全国|全网|全球|世界|全市|全城|全省|国内|亚洲|中国|同行|同类|品类|销量|销售额?|排名|口碑|人气|综合)?第{1}(?:名|品牌|家)?|no\\.?{1}(?![0-9])|top{1}(?![0-9])|numberone',
    why: why`按${'absoluteGuide'}，“第一”和同义的说法属于${'adLaw9_3'}所禁止的同类用语。`,
    replace: '深受欢迎',
    advice: '换成能证明的事实，例如“开业十年”“回头客多”，不排名次。',
    gate: absoluteBasis,
  },
  {
    id: 'abs.most',
    category: 'absolute',
    basis: 'adLaw9_3',
    severity: 'high',
    pattern: '最(?:受欢迎|[\\p{Script=Han}a-z][^的地得是了和与及之为,。!?;:\\P{Script=Han}]?)',
    why: why`“最好”这类和“最佳”同义的说法，按${'absoluteGuide'}也属于${'adLaw9_3'}禁止的用语（罚款二十万元起，已有小店因朋友圈里的“最好吃”被罚）。`,
    replace: (m) => MOST_REPLACEMENTS[m] ?? `很${m.slice(1)}`,
    advice: '去掉“最”，或改成自家范围内的说法，例如“本店最受欢迎的”。',
    gate: absoluteBasis,
  },
]

const LISTED_REPLACEMENTS: Record<string, string> = {
  唯一: '',
  独一无二: '特别',
  首选: '好选择',
  顶级: '优质',
  顶尖: '优秀',
  极致: '用心',
  极品: '精选',
  至尊: '尊享',
  独家: '自家',
  绝对: '',
  遥遥领先: '表现出色',
  销量冠军: '热销',
}

const MOST_REPLACEMENTS: Record<string, string> = {
  最佳: '优选',
  最好: '很好',
  最优: '优质',
  最强: '强劲',
  最大: '超大',
  最便宜: '实惠',
  最先进: '先进',
  最正宗: '正宗',
  最受欢迎: '广受欢迎',
  最高: '很高',
  最低: '较低',
}
