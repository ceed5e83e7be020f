import type { CopyMark } from '@/core/copy-check'
import type { Industry } from '@/core/wizard/questions'

/**
 * Our labelled corpus: realistic 朋友圈, 公众号 and 社群 copy written for this project (no
 * scraped posts). Expected findings are marked inline: ⟦code|words⟧, where code is one of the
 * category codes below; the markers are stripped to get the text, and the span of `words` (in
 * code points) is the expected span. A finding counts as correct when it has the same category
 * and overlaps the expected span (the exact edges of "最好吃" vs "最好吃的" are not the point).
 * `missing` lists the document-level notices the text lacks.
 *
 * Labelling policy (what a careful reviewer would flag, per COMPLIANCE.md):
 * - 绝: 最 / 第一 / NO.1 claims about the market, 国家级 without a certificate, listed 极限词;
 *   not ordinals, time words, own-range comparisons, consumption tips, standard grades, names,
 *   goals, certified titles.
 * - 数: a percentage, multiple, ranking or crowd figure with no source in its sentence; not
 *   prices, discounts or specifications (含量, 面料).
 * - 分: a reward tied to sharing, forwarding or inviting; 集赞, 助力, 砍价, 集卡; forced sharing;
 *   not 分享 alone.
 * - 医/保/教/金/虚/机/迷/驰/检: the article-specific items; 医 becomes 保 in 保健食品 copy.
 */
export const CODES = {
  分: 'inducedSharing',
  绝: 'absolute',
  数: 'unsourcedData',
  医: 'medical',
  保: 'healthFood',
  教: 'education',
  金: 'finance',
  虚: 'falseClaim',
  机: 'stateOrgans',
  迷: 'superstition',
  驰: 'wellKnownMark',
  检: 'inspectionFree',
} as const
export type Code = keyof typeof CODES

export interface Sample {
  industry: Industry
  raw: string
  marks?: CopyMark[]
  missing?: ('healthFood' | 'riskWarning')[]
  /** What the sample is for (traps, obfuscation, industry contrast). */
  note?: string
}

const s = (industry: Industry, raw: string, extra: Omit<Sample, 'industry' | 'raw'> = {}): Sample => ({
  industry,
  raw,
  ...extra,
})

export const CORPUS: Sample[] = [
  // ── 餐饮 ─────────────────────────────────────────────────────────────────────────────────
  s('catering', '老街面馆开业十年，⟦绝|全城最好吃⟧的牛肉面就在这里，欢迎来尝。'),
  s('catering', '本店最受欢迎的是红烧牛肉面，每天限量100碗，卖完即止。', { note: 'own range; count is a spec' }),
  s('catering', '最近天气转凉，店里上了羊肉汤，第一次来的朋友可以先试小碗。', { note: 'time and ordinal' }),
  s('catering', '手工鲜肉月饼最佳赏味期为出炉后3天，建议冷藏保存，食用前复热5分钟。', { note: 'consumption tip' }),
  s('catering', '这杯桂花拿铁治愈了我的周一☕ 治愈系的午后，就差你来坐坐。', { note: 'mood, not medical' }),
  s('catering', '⟦分|转发本文到朋友圈，截图发给店长即可领取10元无门槛红包⟧！'),
  s('catering', '⟦分|集满30个赞⟧到店送酸梅汤一杯，先到先得。'),
  s('catering', '周末来店里吃饭，记得拍照分享给朋友们，让更多人知道老街的味道。', { note: '分享 without reward' }),
  s('catering', '⟦绝|NO.1⟧的酸菜鱼，不服来战！'),
  s('catering', '我们的酸菜鱼连续三年⟦绝|销量第一⟧，回头客超多。'),
  s('catering', '新店开业，全场菜品8.8折，会员再享9.5折，欢迎带家人来。', { note: 'discounts only' }),
  s('catering', '⟦机|国宴大厨⟧亲自掌勺，一桌好菜宴请贵客。'),
  s('catering', '⟦绝|史上最低价⟧！双人套餐只要68元。'),
  s('catering', '店里新上的招财猫摆件好可爱，欢迎来打卡拍照。', { note: 'product name 招财猫' }),
  s('catering', '食材都是当天早上从菜市场采购，汤底熬足8小时，不加味精。'),
  s('catering', '⟦分|邀请3位好友进群，即可免费领取⟧招牌卤蛋一份。'),
  s('catering', '我们的目标是争做本地最用心的面馆，一碗面一份诚意。', { note: 'goal' }),
  s('catering', '第一批桂花已经到店，桂花糕本周开始供应。', { note: 'ordinal 第一批' }),
  s('catering', '夏天来碗绿豆汤，清热解暑，好喝不贵。'),
  s('catering', '我们的凉茶⟦医|治疗⟧口腔溃疡和咽喉肿痛，喝一周就好。'),
  s('catering', '这家火锅店⟦绝|全网第一⟧，⟦数|90%⟧的顾客都会再来。'),
  s('catering', '中秋⟦机|特供⟧月饼礼盒，送礼有面子。'),
  s('catering', '⟦分|砍一刀⟧就能免费吃大餐，快来帮我！'),
  s('catering', '欢迎把我们的公众号推荐给爱吃面的朋友，谢谢大家一直以来的支持。'),
  s('catering', '本周菜单最受欢迎的三道菜：水煮鱼、辣子鸡、毛血旺。', { note: 'own range 本周菜单' }),
  s('catering', '⟦绝|最 好 吃⟧ 的 小 龙 虾就在⟦绝|全 城 第 一⟧的老王家🦞', { note: 'spaces' }),
  s('catering', '最好当天吃完，隔夜口感会变差哦。', { note: 'consumption advice' }),
  s('catering', '店员写朋友圈时不用「最好」「第一」这类词，写清食材产地和做法就够了。', {
    note: 'words named as ones to avoid',
  }),
  s('catering', '我们的招牌⟦绝|最😋好😋吃⟧，吃过都说香。', { note: 'emoji between characters' }),
  s('catering', '转给需要订年夜饭的朋友吧，包间还剩最后6间。'),
  s('catering', '⟦分|转 发 到 3 个 群，凭截图领⟧甜品一份。', { note: 'spaces' }),

  // ── 零售 ─────────────────────────────────────────────────────────────────────────────────
  s('retail', '换季保本清仓，全场3折起，数量有限，售完即止。', { note: '保本 in retail' }),
  s('retail', '这款羽绒服采用90%白鸭绒，充绒量200克，轻便保暖。', { note: 'spec percentage' }),
  s('retail', '100%纯棉面料，亲肤透气，宝宝也能穿。', { note: 'composition' }),
  s('retail', '店内最畅销的是这款保温杯，颜色有五种可选。', { note: 'own range' }),
  s('retail', '⟦绝|全网最低价⟧，买贵包退差价！'),
  s('retail', '⟦绝|顶级⟧真丝面料，⟦绝|独家⟧工艺。'),
  s('retail', '我们是⟦驰|中国驰名商标⟧，品质有保障。'),
  s('retail', '⟦检|国家免检产品⟧，放心选购。'),
  s('retail', '买一送一，第二件半价，会员积分可抵现。', { note: 'promotion without sharing' }),
  s('retail', '⟦分|分享给好友，好友下单你得20积分⟧，积分可兑换礼品。', { note: 'points for sharing' }),
  s('retail', '消费满100元送10积分，积分可在小程序商城兑换好礼。', { note: 'points for purchases' }),
  s('retail', '每日签到领积分，连续签到7天额外送50积分。', { note: 'check-in inside the app' }),
  s('retail', '这款水晶手链可以⟦迷|转运⟧⟦迷|招财⟧，戴上好运连连。'),
  s('retail', '⟦迷|开运⟧貔貅，⟦迷|镇宅⟧⟦迷|辟邪⟧，送礼自用皆宜。'),
  s('retail', '新品上市，这款空气炸锅⟦数|销量增长3倍⟧。'),
  s('retail', '⟦数|10万+家庭的选择⟧，安心之选。'),
  s('retail', '这款床垫⟦虚|100%有效⟧改善睡眠，⟦医|治疗⟧失眠多梦。'),
  s('retail', '⟦绝|絕對⟧正品，假一赔十。', { note: 'traditional 絕對' }),
  s('retail', '店铺周年庆，前50名下单的顾客送定制帆布袋。'),
  s('retail', '⟦虚|央视推荐⟧品牌，值得信赖。'),
  s('retail', '双十一预售开启，定金50抵100，尾款立减20%。', { note: 'discount percentage' }),
  s('retail', '这款洗衣液⟦数|除菌率99.9%⟧，宝宝衣物也能洗。'),
  s('retail', '这款洗衣液除菌率99.9%（据第三方检测机构2025年检测报告）。', { note: 'sourced' }),
  s('retail', '我们的服务宗旨：顾客第一，诚信经营。', { note: 'business philosophy' }),
  s('retail', '⟦绝|世界级⟧工艺，匠心打造。'),
  s('retail', '今天到店的第一位顾客送鲜花一束。', { note: 'ordinal 第一位顾客' }),
  s('retail', '限量款手表，全球仅发售999只。'),
  s('retail', '《最好的我们》同款校服外套到货啦。', { note: 'title in 《》' }),
  s('retail', '⟦分|分享此链接给3位好友即可解锁⟧隐藏优惠价。'),
  s('retail', '我们的茶叶来自福建安溪，采用传统工艺制作，一年只采春秋两季。'),

  // ── 电商 ─────────────────────────────────────────────────────────────────────────────────
  s('ecommerce', '⟦绝|全网销量第一⟧的护手霜，⟦数|好评率98%⟧。'),
  s('ecommerce', '今晚8点直播间秒杀，前100名付款送同款小样。'),
  s('ecommerce', '⟦分|邀请好友助力⟧，⟦分|砍到0元免费拿⟧！'),
  s('ecommerce', '⟦分|拼手气抽奖，分享好友可增加抽奖机会⟧。'),
  s('ecommerce', '七天无理由退换，运费险已包含，放心下单。'),
  s('ecommerce', '这款面霜能⟦医|消炎⟧祛痘，敏感肌也能用。'),
  s('ecommerce', '本店所有商品支持无风险试用，不满意随时退。', { note: '无风险 in retail' }),
  s('ecommerce', '⟦虚|零差评⟧的宝藏店铺，闭眼入。'),
  s('ecommerce', '⟦数|3000万用户都在用⟧的收纳神器。'),
  s('ecommerce', '新品首发，首单立减15元，先到先得。', { note: '首发 首单' }),
  s('ecommerce', '本店首页有使用教程，下单前可以先看看。'),
  s('ecommerce', '这款扫地机吸力提升了，清扫更干净，续航也更长。'),
  s('ecommerce', '⟦绝|Ｎｏ．１⟧的国货护肤品牌。', { note: 'full width No.1' }),
  s('ecommerce', '⟦分|关注公众号后才可查看⟧完整优惠码。'),
  s('ecommerce', '⟦分|集卡⟧兑换大奖，集齐五张即可参与。', { note: '集卡' }),
  s('ecommerce', '店铺⟦绝|排名第①⟧，⟦数|复购率高达65%⟧。', { note: '① for one' }),
  s('ecommerce', '⟦虚|紧急通知⟧：今晚12点前下单全场五折！', { note: '紧急通知 over a sale' }),
  s('ecommerce', '紧急通知：因快递停运，今天下单的包裹将于初八后发出。', { note: 'real notice' }),
  s('ecommerce', '支持7天无理由退货，15天价保。'),
  s('ecommerce', '这款保温杯⟦虚|永不褪色⟧，用十年也像新的。'),

  // ── 金融 ─────────────────────────────────────────────────────────────────────────────────
  s('finance', '稳健理财，⟦金|保本保息⟧，⟦数|年化收益4.5%⟧。', { missing: ['riskWarning'] }),
  s('finance', '⟦金|零风险⟧、⟦金|高收益低风险⟧的理财产品，错过再等一年。', { missing: ['riskWarning'] }),
  s('finance', '本产品为非保本浮动收益型产品，业绩比较基准不代表实际收益。理财有风险，投资需谨慎。', {
    note: '非保本 is the mandatory disclosure',
  }),
  s('finance', '基金定投小课堂：什么是定投？每月固定日期投入固定金额，平摊成本。市场有风险，投资需谨慎。'),
  s('finance', '⟦金|稳赚不赔⟧的投资机会，名额有限。', { missing: ['riskWarning'] }),
  s('finance', '本周五下午三点，理财经理在线解答养老规划问题，欢迎预约。投资有风险，选择需谨慎。'),
  s('finance', '存款利率调整公告：自12月1日起，一年期定期存款利率调整为1.45%。', {
    note: 'a rate announcement is a fact, not unsourced data; no investment pitch',
  }),
  s('finance', '⟦金|保证收益⟧，⟦金|刚性兑付⟧，让您的钱稳稳增值。', { missing: ['riskWarning'] }),
  s('finance', '⟦分|转发本文到朋友圈，可领取50元理财红包⟧。', { missing: ['riskWarning'] }),
  s('finance', '我行信用卡新户首刷礼：首次消费满99元送行李箱。', { note: 'no investment talk' }),
  s('finance', '养老金融知识讲座，帮您看懂保险条款。投资有风险，选择需谨慎。'),
  s('finance', '这只基金⟦数|近三年涨幅超过60%⟧，⟦绝|同类第一⟧。', { missing: ['riskWarning'] }),
  s('finance', '⟦金|保本⟧型理财，到期⟦金|本息无忧⟧。', { missing: ['riskWarning'] }),
  s('finance', '理财小知识：风险等级R1到R5代表什么？投资有风险，入市需谨慎。'),
  s('finance', '无风险利率是金融学的基本概念。本文讲讲它和存款利率的区别。理财有风险，投资需谨慎。', {
    note: '无风险利率 names a concept',
  }),

  // ── 医疗健康 ──────────────────────────────────────────────────────────────────────────────
  s('medical', '我院专家团队⟦医|彻底治愈⟧各类颈椎病，⟦医|有效率98%⟧。'),
  s('medical', '我院康复科开展颈椎病康复治疗，具体方案需由医生面诊评估。', { note: 'a clinic may say it treats' }),
  s('medical', '三甲医院专家坐诊，周二周四上午可预约。', { note: 'standard grade 三甲' }),
  s('medical', '⟦医|无副作用⟧，⟦医|一次见效⟧，告别疼痛。'),
  s('medical', '⟦医|患者现身说法⟧：做完第一次理疗就不疼了。'),
  s('medical', '冬季流感高发，请注意勤洗手、多通风，出现发热及时就医。'),
  s('medical', '口腔科推出洗牙套餐，含全口检查和抛光，预约可选周末。'),
  s('medical', '我们的睡眠门诊由主任医师坐诊，第一步先做睡眠评估。', { note: '第一步' }),
  s('medical', '⟦医|根治⟧鼻炎，不再复发！'),
  s('medical', '⟦医|专家推荐⟧的护眼仪，孩子近视不用愁。'),
  s('medical', '这位阿姨在我们这儿做了三个月康复训练，现在能自己上楼了，我们也替她高兴！', {
    note: 'a patient story without claims or endorsement words',
  }),
  s('medical', '体检套餐限时优惠，含血常规、肝功能、B超等12项。'),
  s('medical', '⟦医|治愈率高达95%⟧，让您重获健康。'),
  s('medical', '治愈系的候诊区，绿植和阳光让等待不再焦虑。', { note: '治愈系 in a clinic' }),
  s('medical', '针灸推拿可以缓解肩颈疲劳，具体效果因人而异。'),

  // ── 保健食品 ──────────────────────────────────────────────────────────────────────────────
  s('medical', '蓝帽子保健食品，增强免疫力，每天两粒。本品不能代替药物。'),
  s('medical', '保健品新品：鱼油软胶囊，每天一粒，家人健康好帮手。', { missing: ['healthFood'] }),
  s('retail', '这款保健品⟦保|可以代替药物⟧，⟦保|降血糖⟧效果明显。', { missing: ['healthFood'] }),
  s('retail', '保健食品不是药物，不能代替药物治疗疾病。本店鱼油买二送一。', { note: 'the notice contains 代替药物' }),
  s('ecommerce', '老人吃了这款保健品⟦保|不用吃药⟧了，血压都稳了。', { missing: ['healthFood'] }),
  s('ecommerce', '膳食营养补充剂，补充维生素C，⟦保|健康必备⟧。', { missing: ['healthFood'] }),
  s('retail', '这款保健食品能⟦保|根治⟧失眠。本品不能代替药物。'),
  s('medical', '蛋白粉：补充蛋白质，适合健身人群。保健食品不是药物，不能代替药物治疗疾病。'),

  // ── 教育培训 ──────────────────────────────────────────────────────────────────────────────
  s('education', '考研⟦教|保过⟧班火热报名中，⟦教|不过退款⟧！'),
  s('education', '⟦教|命题老师⟧亲授，考点一网打尽。'),
  s('education', '⟦教|喜报：恭喜我校张同学成功上岸⟧！'),
  s('education', '雅思⟦教|保证提分⟧，三个月冲刺7分。'),
  s('education', '少儿编程试听课本周六开课，第一节课免费，名额20个。', { note: '第一节' }),
  s('education', '我们的老师平均教龄8年，小班教学，每班不超过12人。'),
  s('education', '驾校⟦教|包过⟧，⟦教|包拿证⟧，学车无忧。'),
  s('education', '⟦教|通过率98%⟧，选择我们就是选择成功。'),
  s('education', '⟦分|邀请好友报名，双方各得200元学费抵扣券⟧。'),
  s('education', '期末复习资料整理好了，需要的家长可以在群里领取。'),
  s('education', '⟦教|押题⟧精准，考前三天冲刺班。'),
  s('education', '暑期托管班开始报名，含午餐和午休，每天下午有作业辅导。'),
  s('education', '第一阶段打基础，第二阶段练真题，第三阶段模考。', { note: '第一阶段' }),
  s('education', '⟦教|考不上全额退费⟧，名校学长一对一辅导。'),
  s('education', '本校最受学员欢迎的课程是周末书法班。', { note: 'own range 本校' }),

  // ── 企业服务/制造 ─────────────────────────────────────────────────────────────────────────
  s('b2b', '我们是行业领先的工业软件服务商。', { note: '领先 alone is not on our list' }),
  s('b2b', '⟦绝|国内首家⟧通过该认证的企业。'),
  s('b2b', '我们的设备故障率降低⟦数|40%⟧，交付周期缩短一半。'),
  s('b2b', '据中国机械工业联合会2025年报告，本行业数字化率达到45%。', { note: 'sourced' }),
  s('b2b', '产品通过ISO9001质量管理体系认证，证书编号可查。'),
  s('b2b', '⟦绝|唯一⟧拥有全套自主知识产权的厂家。'),
  s('b2b', '致力于成为行业第一的智能制造服务商。', { note: 'goal' }),
  s('b2b', '深受⟦数|500家企业的信赖⟧。'),
  s('b2b', '欢迎转发给有需要的采购负责人，下周三工厂开放日，现场可看产线。'),
  s('b2b', '我们的设备交付后提供两年质保和7×24小时响应。'),
  s('b2b', '招商加盟：⟦金|6个月回本⟧，⟦金|年赚50万⟧。', { missing: ['riskWarning'] }),
  s('b2b', '诚招区域代理商，总部提供培训、选址和物料支持。详情请电话咨询。'),
  s('b2b', '加盟⟦金|零风险⟧，⟦金|躺着赚⟧钱。', { missing: ['riskWarning'] }),
  s('b2b', '加盟合作：总部提供装修设计和供应链支持，经营收益因店而异。投资有风险，加盟需谨慎。'),
  s('b2b', '工厂新产线投产，产能提升⟦数|2倍⟧。'),

  // ── 本地生活服务 ──────────────────────────────────────────────────────────────────────────
  s('localService', '⟦数|好评率99%⟧，⟦数|10万+用户的选择⟧，⟦数|排名前三⟧。'),
  s('localService', '据2025年美团数据，本店好评率98%。', { note: 'sourced' }),
  s('localService', '5A景区一日游，含门票和午餐，周六出发。', { note: '5A' }),
  s('localService', '国家级5A景区深度游，含导游讲解和景区午餐。', { note: 'a standard grade written with 国家级' }),
  s('localService', '家政保洁新客体验价99元/3小时，老客户续费9折。'),
  s('localService', '我们是⟦绝|国家级⟧家政服务品牌。'),
  s('localService', '我们是国家级非物质文化遗产（证书编号：2021-Ⅷ-08）传承项目，欢迎体验。', {
    note: 'certified in text',
  }),
  s('localService', '国家级非遗传承人亲自授课，周末手作体验课开放预约。', {
    marks: [{ phrase: '国家级非遗', kind: 'certified' }],
    note: 'owner marked it certified',
  }),
  s('localService', '⟦绝|国家级⟧非遗传承人亲自授课，周末手作体验课开放预约。', { note: 'same text unmarked' }),
  s('localService', '⟦迷|风水宝地⟧，旺铺招租。'),
  s('localService', '⟦分|分享到朋友圈集赞⟧，⟦分|满38个赞⟧送洗车一次。'),
  s('localService', '洗车店会员日，储值500送100，可全家共用。'),
  s('localService', '⟦分|帮我助力⟧，免费领电影票！'),
  s('localService', '旅行社最近推出了冬季温泉线路，第一天入住酒店，第二天泡温泉。', { note: 'time and ordinal' }),
  s('localService', '健身房新人第一次体验免费，私教课另外收费。'),
  s('localService', '⟦医|7天瘦10斤⟧，⟦医|不反弹⟧！'),
  s('localService', '⟦机|人民大会堂指定⟧宴会酒店。'),
  s('localService', '参观人民大会堂需提前预约，我们的一日游含讲解。', { note: '人民大会堂 as a place' }),
  s('localService', '⟦绝|最专业⟧的搬家公司，⟦绝|全市第一⟧。'),
  s('localService', '助力乡村振兴，我们的农家乐今年新增了采摘园。', { note: '助力 as corporate speak' }),
  s('localService', '美甲店新款上线，本季最受欢迎的是裸色系。', { note: 'own range 本季' }),

  // ── 媒体/内容 ─────────────────────────────────────────────────────────────────────────────
  s('media', '⟦分|转发这条推文到3个群，截图后台回复领取⟧电子书。'),
  s('media', '《最强大脑》观后感：原来记忆力可以这样训练。', { note: 'title in 《》' }),
  s('media', '欢迎把这篇文章分享给需要的朋友，也欢迎留言说说你的看法。'),
  s('media', '本期话题：你最喜欢的冬日饮品是什么？留言区聊聊。', { note: 'question to readers' }),
  s('media', '⟦分|不转不是中国人⟧！'),
  s('media', '⟦分|点一下就有钱⟧，快来看看！'),
  s('media', '⟦分|分享后才能查看⟧答案。'),
  s('media', '公众号后台回复"资料"即可领取。', { note: 'reply keyword, no sharing' }),
  s('media', '这部纪录片的第一集讲的是茶马古道。'),
  s('media', '⟦数|90%⟧的人都不知道的冷知识。'),
  s('media', '根据国家统计局数据，2024年全国居民人均可支配收入同比增长5.3%。', { note: 'sourced' }),
  s('media', '年度书单：编辑部最推荐的十本书。', { note: "the editors' own preference" }),
  s('media', '⟦绝|宇宙级⟧好看的电影推荐。'),
  s('media', '本号坚持原创，每周二、周五更新。'),
  s('media', '⟦虚|紧急通知⟧：限时领取会员福利！'),

  // ── 其他 ─────────────────────────────────────────────────────────────────────────────────
  s('other', '宠物店新到一批猫粮，营养均衡，适口性好。'),
  s('other', '⟦分|关注并转发，抽3位送⟧猫抓板。'),
  s('other', '这款猫粮⟦医|治疗⟧猫咪软便。'),
  s('other', '花店情人节预订开启，最晚2月13日下单。', { note: '最晚' }),
  s('other', '⟦绝|最美⟧的花送给最爱的人。', { note: '最爱的人 is affection' }),
  s('other', '摄影工作室第一期亲子摄影活动报名中。', { note: '第一期' }),
  s('other', '⟦分|邀请好友注册，双方各得⟧20元优惠券。'),
  s('other', '婚庆公司祝新人百年好合，婚礼当天我们全程跟拍。', { note: 'a wish, not superstition' }),
  s('other', '⟦机|特供⟧酒，⟦机|军队专供⟧品质。'),
  s('other', '我们是当地最早的一家花店，开了二十年。', { note: '最早: time fact' }),

  // ── 混淆写法 ──────────────────────────────────────────────────────────────────────────────
  s('catering', '⟦绝|最　佳⟧口感，只在老街。', { note: 'ideographic space' }),
  s('catering', '⟦绝|最\n好⟧的年夜饭套餐。', { note: 'line break' }),
  s('retail', '⟦绝|第 一⟧品牌，⟦绝|ＴＯＰ１⟧。', { note: 'full width TOP1' }),
  s('retail', '⟦驰|馳名商標⟧，⟦检|國家免檢⟧。', { note: 'traditional' }),
  s('retail', '⟦医|療效⟧顯著，⟦绝|絕對⟧正品。', { note: 'traditional' }),
  s('ecommerce', '⟦分|分*享*给*好*友*领*红*包⟧', { note: 'asterisks' }),
  s('ecommerce', '⟦分|转~发~朋~友~圈~送~积~分⟧', { note: 'tildes' }),
  s('ecommerce', '⟦分|集\u200b赞⟧送礼', { note: 'zero-width space' }),
  s('education', '⟦教|包 过⟧班，⟦教|不 过 退 款⟧', { note: 'spaces' }),
  s('finance', '⟦金|保·本·保·息⟧', { note: 'middle dots', missing: ['riskWarning'] }),
  s('catering', '⟦绝|No1⟧的烤鸭店', { note: 'No1 without dot' }),
  s('catering', '⟦绝|第壹⟧品牌', { note: '壹' }),
  s('media', '⟦分|分 享 后 才 能 查 看⟧答案', { note: 'spaced forced share' }),
  s('retail', '⟦绝|最🔥低🔥价⟧，错过等一年', { note: 'emoji' }),
  s('localService', '⟦数|好评率９９％⟧', { note: 'full width digits' }),

  // ── 行业对照 ──────────────────────────────────────────────────────────────────────────────
  s('finance', '年末⟦金|保本⟧清仓，理财产品限时发售。', {
    note: '保本清仓 in finance is still 保本',
    missing: ['riskWarning'],
  }),
  s('retail', '店铺转让，保本出售全部库存，不赚钱只求回款。', { note: '保本出售 in retail' }),
  s('medical', '针对失眠⟦医|治愈⟧方案，预约专家。'),
  s('catering', '一碗热汤能治愈感冒？不能，它只是让你暖和一点。', {
    note: 'a denied claim: the checker cannot read negation',
  }),
  s('catering', '被这碗面治愈了！谢谢老板多加的牛肉。', { note: '被治愈' }),
  s('retail', '无风险试穿，不合适包退换。', { note: '无风险 in retail' }),
  s('finance', '⟦金|无风险⟧投资，⟦金|稳定收益⟧。', { missing: ['riskWarning'] }),
  s('education', '保过年前发货的年货礼盒已售罄。', { note: '保过年 is not 保过' }),
  s('retail', '我们的理念是顾客满意第一。', { note: 'business philosophy' }),
  s('media', '第一时间推送行业新闻，欢迎关注。', { note: '第一时间' }),
]
