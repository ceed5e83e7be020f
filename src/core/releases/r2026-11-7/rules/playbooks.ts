import type { Industry } from '../wizard/questions'
import type { Rule } from './types'
import type { ToolId } from './vocab'

/** Plan sections a playbook move is shown in. */
export type PlaybookPlace = 'tools' | 'accounts' | 'content' | 'compliance'

/**
 * What an operator in the trade would expect to see, beyond the article's tables. Ours, not the
 * article's (origin 'ours'): the plan labels each one as our recommendation with its reasoning.
 */
export interface PlaybookRule extends Rule {
  industry: Industry
  title: string
  /** The concrete move. */
  move: string
  tools: readonly ToolId[]
  place: PlaybookPlace
}

const pb = (
  id: string,
  industry: Industry,
  place: PlaybookPlace,
  tools: readonly ToolId[],
  title: string,
  move: string,
  reason: string,
): PlaybookRule => ({
  id: `playbook.${id}`,
  section: place === 'compliance' ? '六' : place === 'content' ? '四' : place === 'accounts' ? '三' : '一',
  origin: 'ours',
  form: 'prose',
  source: reason,
  industry,
  title,
  move,
  tools,
  place,
})

export const PLAYBOOK_RULES: readonly PlaybookRule[] = [
  pb(
    'catering.ordering',
    'catering',
    'tools',
    ['miniProgram'],
    '小程序点餐与储值',
    '堂食扫码点餐、外带自提都走小程序；开通储值卡，充值送菜品而不是送现金',
    '餐饮复购靠“下次还来”，点餐和储值放进小程序，顾客的订单和余额就留在你自己手里',
  ),
  pb(
    'catering.tableCode',
    'catering',
    'accounts',
    ['wecom'],
    '桌码加企业微信',
    '桌贴二维码，扫码点餐后提示添加门店企业微信，领一次性到店福利（福利不以转发为条件）',
    '到店食客是最容易留下的客人，加上企业微信后新品、订座都能一对一通知',
  ),
  pb(
    'catering.community',
    'catering',
    'content',
    ['community'],
    '门店社群',
    '每家门店建一个顾客群，每天午市前发当日特价，每周一次新品试吃报名',
    '周边3公里的熟客在群里，一条午市消息就能带来当天客流',
  ),
  pb(
    'retail.guide',
    'retail',
    'accounts',
    ['wecom'],
    '导购企业微信',
    '每位导购用企业微信加顾客，按顾客标签推送上新和到货提醒',
    '零售靠导购的熟客关系，企业微信让人走了客户还留在公司',
  ),
  pb(
    'retail.membership',
    'retail',
    'tools',
    ['miniProgram'],
    '会员小程序',
    '小程序里做会员卡、积分（只奖励消费和签到）和线上下单，门店收银时引导开卡',
    '会员数据在自己小程序里，才能算复购、做精准推送',
  ),
  pb(
    'ecommerce.live',
    'ecommerce',
    'content',
    ['channels', 'miniProgram'],
    '视频号直播带货',
    '每周固定时段开播，直播间挂小程序商品；开播前一天发预告短视频',
    '固定时段让粉丝养成看播习惯，挂小程序商品可以直接下单',
  ),
  pb(
    'ecommerce.afterSale',
    'ecommerce',
    'accounts',
    ['wecom'],
    '企业微信售后',
    '包裹卡引导添加企业微信，售后、复购提醒都在企业微信里做',
    '电商顾客一次购买后就散了，加上企业微信才有复购机会',
  ),
  pb(
    'finance.serviceAccount',
    'finance',
    'accounts',
    ['serviceAccount'],
    '服务号账单与客服',
    '服务号菜单放账单查询、业务办理、在线客服三个入口；模板消息只发账单和到期提醒',
    '原文举的服务号例子就是银行账单查询；金融客户要的是办事方便，不是天天推文',
  ),
  pb(
    'finance.wecom',
    'finance',
    'compliance',
    ['wecom'],
    '企业微信客户经理（在316号文范围内）',
    '客户经理用企业微信服务客户，营销内容统一由总部审核后下发，员工不在朋友圈自行发产品信息',
    '银发〔2019〕316号禁止员工在个人渠道发未经审核的营销内容，企业微信可以统一管理话术',
  ),
  pb(
    'medical.booking',
    'medical',
    'tools',
    ['miniProgram'],
    '小程序预约挂号与咨询',
    '小程序做预约挂号、在线咨询和报告查询；咨询由有资质的医护回复',
    '患者最常用的是预约和问诊，把这两件事做顺，比发广告更能带来信任',
  ),
  pb(
    'medical.content',
    'medical',
    'compliance',
    ['subscriptionAccount', 'serviceAccount'],
    '科普内容不做疗效宣传（广告法第十六条）',
    '公众号只发健康科普和就诊须知，不写治愈率、有效率，不用患者案例做对比',
    '广告法第十六条禁止医疗广告保证疗效、写有效率和做对比，科普也要守同一条线',
  ),
  pb(
    'education.trial',
    'education',
    'tools',
    ['miniProgram'],
    '小程序试听预约',
    '小程序放试听课预约和课表，预约后由课程顾问用企业微信联系',
    '教育培训的成交通常从一节试听开始，预约入口越短越好',
  ),
  pb(
    'education.parents',
    'education',
    'content',
    ['community'],
    '家长社群',
    '按班级建家长群，每周发一次学习反馈，不发“保过”类承诺',
    '家长看到孩子的进步才会续费和转介绍；广告法第二十四条不允许承诺效果',
  ),
  pb(
    'b2b.leads',
    'b2b',
    'tools',
    ['serviceAccount'],
    '服务号案例与资料留资',
    '服务号发客户案例，文末留资料下载或演示预约表单，留资后销售用企业微信跟进',
    '企业客户决策周期长，先用案例和资料换来联系方式，再一对一跟进',
  ),
  pb(
    'b2b.sales',
    'b2b',
    'accounts',
    ['wecom'],
    '企业微信销售跟进',
    '销售用企业微信加客户决策人，记录跟进阶段，离职时客户可一键交接',
    '线索要有人跟到成交，企业微信的客户继承能防止销售离职带走客户',
  ),
  pb(
    'localService.booking',
    'localService',
    'tools',
    ['miniProgram'],
    '小程序预约与核销',
    '小程序做预约、团购券核销和评价；到店后引导添加企业微信',
    '本地服务按时段接待，预约能把客流排开，核销数据也留在自己手里',
  ),
  pb(
    'localService.followUp',
    'localService',
    'accounts',
    ['wecom'],
    '企业微信回访',
    '服务完成后第二天用企业微信回访，按服务周期提醒下次预约',
    '理发、保洁、维修等都有周期，按周期提醒就是复购',
  ),
  pb(
    'media.columns',
    'media',
    'content',
    ['subscriptionAccount', 'channels'],
    '订阅号栏目化与视频号切片',
    '订阅号固定栏目和推送时间，长文的核心观点剪成1分钟视频号切片',
    '读者按栏目养成阅读习惯，视频号切片把长文带给不读长文的人',
  ),
  pb(
    'other.wecom',
    'other',
    'accounts',
    ['wecom'],
    '企业微信承接咨询',
    '所有文章和视频末尾放企业微信名片，咨询统一由企业微信接待',
    '能一对一聊上的客户最可能成交，各行各业都一样',
  ),
]
