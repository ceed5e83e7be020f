/**
 * Every term of art the plan can show, explained in one or two plain sentences. The plan view
 * offers the entry one tap away wherever the term appears; a test checks that every term the
 * engine can emit (and every Latin-letter word) has an entry here.
 */
export interface GlossaryEntry {
  term: string
  /** Plain Chinese, for an owner who has never run a WeChat account. */
  plain: string
  /** Everyday WeChat words: in the glossary, but not offered beside every item that names them. */
  common?: boolean
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { term: '服务号', plain: '公众号的一种，每月只能群发4次，但消息直接出现在聊天列表里，适合预约、账单、会员等服务。' },
  { term: '订阅号', plain: '公众号的一种，每天可以群发1次，消息收在“订阅号消息”里，适合资讯和活动通知。' },
  { term: '公众号', common: true, plain: '微信里的企业账号，分服务号和订阅号两种，用来发文章、做菜单和自动回复。' },
  { term: '小程序浮窗', plain: '用户看文章时把小程序收成屏幕边上的小窗口，看完可以一点回到小程序。' },
  { term: '小程序', common: true, plain: '在微信里直接打开、不用下载的应用，适合点餐、下单、预约、会员卡。' },
  { term: '企业微信', plain: '微信官方的办公版微信，员工可以用它加客户的微信，员工离职客户也留在公司。' },
  { term: '视频号', common: true, plain: '微信里的短视频和直播平台，内容能被朋友点赞后推荐给更多人。' },
  { term: '社群', common: true, plain: '把顾客拉进同一个微信群，集中发通知、优惠和答疑。' },
  { term: '朋友圈广告', plain: '花钱让广告出现在指定人群的朋友圈里，按曝光或点击付费。' },
  { term: '看一看', plain: '微信“发现”里的文章推荐栏，朋友点了“在看”的文章会出现在这里，不能单独发内容。' },
  { term: '模板消息', plain: '服务号按固定格式给用户发的通知，如账单、预约成功提醒，不占群发次数。' },
  { term: '用户运营中枢', plain: '原文说法：把微信当成管理顾客从认识你到成为老顾客全过程的地方，而不只是发广告。' },
  { term: '服务窗口', plain: '原文说法：微信主要用来给顾客办事、答疑。' },
  { term: '营销阵地', plain: '原文说法：微信主要用来宣传和拉新。' },
  { term: '用户全生命周期', plain: '顾客从第一次听说你、第一次消费、再次消费到帮你推荐的全过程。' },
  { term: '会话打开率', plain: '收到公众号消息的人里，点开看的比例。' },
  { term: '点击深度', plain: '一个人打开后平均看了几页，越多说明内容越吸引人。' },
  { term: '新增关注量', plain: '一个月里新关注公众号的人数。' },
  { term: '获客成本', plain: '平均花多少钱换来一个新顾客或新关注。' },
  { term: '客单价', plain: '平均每个顾客每次花多少钱。' },
  { term: '留存率', plain: '用过一次的人里，下个月还在用的比例。' },
  { term: '添加转化率', plain: '看到企业微信名片或二维码的人里，真的加了好友的比例。' },
  { term: '打开率', plain: '收到内容的人里点开看的比例。' },
  { term: '线索', plain: '留下联系方式、有意向的潜在客户。' },
  { term: '线索成交率', plain: '线索里最后签单的比例。' },
  { term: 'GMV', plain: '成交总额：一段时间内下单的总金额（含未付款或退款前的金额）。' },
  { term: 'ROI', plain: '投入产出比：花1块钱带回多少钱。' },
  { term: 'SEO', plain: '搜索优化：让文章更容易在微信搜一搜里被找到。' },
  { term: 'CDN', plain: '把图片和文件放到全国各地的服务器上，用户就近下载，打开更快。' },
  { term: 'API', plain: '程序之间传数据的接口，比如小程序向服务器查订单。' },
  { term: 'HTTPS', plain: '加密的网络连接方式，数据在路上不会被偷看或篡改。' },
  { term: 'CRM', plain: '客户管理系统：记下每位顾客的资料、跟进和订单。' },
  { term: 'SaaS', plain: '按年付费、在网上直接用的现成软件，不用自己开发和买服务器。' },
  { term: 'H5', plain: '在微信里打开的网页，常用来做活动页。' },
  { term: 'To C', plain: '面向个人消费者做生意。' },
  { term: 'To B', plain: '面向企业客户做生意。' },
  { term: '首屏时间', plain: '打开页面到第一屏内容显示出来的时间。' },
  { term: '懒加载', plain: '图片滑到眼前才加载，先让页面快速出来。' },
  { term: '分布式服务器部署', plain: '服务放在多台服务器上一起扛，一台忙不过来或坏了也不影响用户。' },
  { term: '消息队列', plain: '把要同步的数据先排队、再依次处理，高峰时不丢数据也不卡住。' },
  { term: '高并发', plain: '很多人在同一时间下单或打开页面。' },
  { term: '扩容', plain: '临时增加服务器，扛住大促等高峰。' },
  { term: '压测', plain: '上线前模拟大量用户同时访问，看系统扛不扛得住。' },
  { term: '诱导分享', plain: '用奖励或威胁让用户转发、分享，微信明令禁止，违者会被限制分享甚至封号。' },
  { term: '绝对化用语', plain: '“最好”“第一”“国家级”这类说法，广告法禁止用来夸自己。' },
  { term: '极限词', plain: '行业对“最”“第一”“顶级”等夸大说法的统称，多数属于广告法禁止的绝对化用语。' },
  { term: '法务前置审核', plain: '文案发布前先请法务或懂广告法的人看一遍，而不是出了问题再删。' },
  { term: '资质公示', plain: '把营业执照、许可证等资质放在公众号、小程序里能看到的位置。' },
  { term: '智能语义识别', plain: '自动回复能听懂顾客用自己的话问的问题，而不是只认关键词。' },
  { term: '场景化', plain: '按顾客所处的场合（如午餐、聚会、送礼）来组织推荐，而不是罗列商品。' },
  { term: '互动式内容共创', plain: '让顾客参与出题、投票、投稿，一起做内容。' },
  { term: '短剧式传播', plain: '用有情节的连续短视频讲事情，让人想看下一集。' },
  { term: '储值', plain: '顾客先充值，之后消费从余额里扣。' },
  { term: '核销', plain: '顾客到店用券或预约时，店员确认并作废这张券。' },
  { term: '留资', plain: '潜在客户留下姓名、电话等联系方式。' },
  { term: '5A', plain: '国家标准评定的景区等级，5A是最高一级；按标准评定的等级可以在广告里写。' },
  { term: '节气', plain: '二十四节气，如立冬、冬至，常用来做应季内容。' },
]

const BY_TERM = new Map(GLOSSARY.map((e) => [e.term, e]))

export function glossaryEntry(term: string): GlossaryEntry | undefined {
  return BY_TERM.get(term)
}

/** Longest terms first, so 小程序浮窗 wins over 小程序 and 线索成交率 over 线索. */
const BY_LENGTH = [...GLOSSARY].sort((a, b) => b.term.length - a.term.length)

/** Glossary terms that appear in a text, in the order of the glossary, each once. */
export function termsIn(text: string): GlossaryEntry[] {
  let rest = text
  const found = new Set<string>()
  for (const e of BY_LENGTH) {
    if (rest.includes(e.term)) {
      found.add(e.term)
      rest = rest.split(e.term).join('\u0000')
    }
  }
  return GLOSSARY.filter((e) => found.has(e.term))
}
