import type { ContentForm } from '../wizard/questions'
import type { ToolTarget } from './vocab'
import type { Rule } from './types'

/** Seed 四 (table rows and prose): content type → platforms → conversion goal. */
export interface ContentRule extends Rule {
  contentForm: ContentForm
  /** The platforms as the seed names them. */
  platforms: readonly string[]
  /** The same platforms as tools, in preference order for the calendar. */
  tools: readonly ToolTarget[]
  goal: string
}

export const CONTENT_RULES: readonly ContentRule[] = [
  {
    id: 'content.tutorial',
    section: '四',
    origin: 'seed',
    form: 'table',
    source: '产品教程 | 公众号+小程序浮窗 | 降低使用门槛',
    contentForm: 'tutorial',
    platforms: ['公众号', '小程序浮窗'],
    tools: ['officialAccount', 'miniProgram'],
    goal: '降低使用门槛',
  },
  {
    id: 'content.promotion',
    section: '四',
    origin: 'seed',
    form: 'table',
    source: '促销信息 | 社群+朋友圈广告 | 快速引流',
    contentForm: 'promotion',
    platforms: ['社群', '朋友圈广告'],
    tools: ['community', 'momentsAds'],
    goal: '快速引流',
  },
  {
    id: 'content.story',
    section: '四',
    origin: 'seed',
    form: 'table',
    source: '品牌故事 | 视频号+看一看 | 情感共鸣',
    contentForm: 'story',
    platforms: ['视频号', '看一看'],
    tools: ['channels', 'kanyikan'],
    goal: '情感共鸣',
  },
  {
    id: 'content.shortDrama',
    section: '四',
    origin: 'seed',
    form: 'prose',
    source: '视频号适合短剧式传播',
    contentForm: 'shortVideo',
    platforms: ['视频号'],
    tools: ['channels'],
    goal: '短剧式传播，扩大覆盖',
  },
  {
    id: 'content.longArticleSeo',
    section: '四',
    origin: 'seed',
    form: 'prose',
    source: '公众号深度长文更利于SEO',
    contentForm: 'longArticle',
    platforms: ['公众号'],
    tools: ['officialAccount'],
    goal: '利于SEO搜索，带来长期流量',
  },
]

export const CALENDAR_RULE: Rule = {
  id: 'content.calendar',
  section: '四',
  origin: 'seed',
  form: 'prose',
  source: '企业应建立内容日历,结合热点与用户生命周期推送',
}

/**
 * Live streaming is not a row of seed 四; the seed pairs it with sales in table 一
 * (电商企业 | 销售转化 | 小程序商城+视频号直播), so that row is the cited rule.
 */
export const LIVE_CONTENT = {
  rule: 'strategy.ecommerce',
  contentForm: 'live',
  platforms: ['视频号直播'],
  tools: ['channels'],
  goal: '销售转化',
} as const satisfies {
  rule: string
  contentForm: ContentForm
  platforms: readonly string[]
  tools: readonly ToolTarget[]
  goal: string
}
