import type { Rule } from './types'

/** Seed 八: module → performance requirement → measure. */
export interface TechRule extends Rule {
  module: string
  requirement: string
  measure: string
}

export const TECH_RULES: readonly TechRule[] = [
  {
    id: 'tech.pageLoad',
    section: '八',
    origin: 'seed',
    form: 'table',
    source: '页面加载 | 首屏时间<2秒 | 图片懒加载+CDN加速',
    module: '页面加载',
    requirement: '首屏时间<2秒',
    measure: '图片懒加载+CDN加速',
  },
  {
    id: 'tech.api',
    section: '八',
    origin: 'seed',
    form: 'table',
    source: '接口响应 | API延迟<500ms | 分布式服务器部署',
    module: '接口响应',
    requirement: 'API延迟<500ms',
    measure: '分布式服务器部署',
  },
  {
    id: 'tech.sync',
    section: '八',
    origin: 'seed',
    form: 'table',
    source: '数据同步 | 跨平台延迟<1s | 消息队列异步处理',
    module: '数据同步',
    requirement: '跨平台延迟<1s',
    measure: '消息队列异步处理',
  },
]

export const TECH_PROSE = {
  dataInterop: {
    id: 'tech.dataInterop',
    section: '八',
    origin: 'seed',
    form: 'prose',
    source: '需确保公众号与小程序数据互通',
  },
  crm: {
    id: 'tech.crm',
    section: '八',
    origin: 'seed',
    form: 'prose',
    source: '企业微信与CRM系统对接',
  },
  peak: {
    id: 'tech.peak',
    section: '八',
    origin: 'seed',
    form: 'prose',
    source: '技术架构需支持高并发场景,如双十一大促期间的服务器扩容',
  },
} as const satisfies Record<string, Rule>
