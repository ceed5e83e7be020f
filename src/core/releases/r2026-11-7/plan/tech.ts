import type { Answers } from '../wizard/answers'
import { optionLabel } from '../wizard/questions'
import { TECH_PROSE, TECH_RULES, type ToolId } from '../rules'
import type { TechRequirement } from './schema'
import { why } from './why'

const OWNER: Record<Answers['devTeam'], string> = {
  inhouse: '自有技术团队负责，纳入上线检查',
  agency: '写进外包合同的验收标准',
  none: '选用能承诺该指标的服务商或成熟模板',
}

/** Who the technical section speaks to. */
export const TECH_READER: Record<Answers['devTeam'], string> = {
  inhouse: '写给你的技术团队：目标照原文，做法可直接排进开发计划',
  agency: '写给你的外包服务商：每一条都可以原样写进合同的验收标准',
  none: '你还没有技术人员：下面每条都写成挑服务商或模板时要问的问题',
}

/**
 * The article's measure (kept verbatim in `measure`) phrased for the reader: developers get the
 * technique, an agency gets an acceptance criterion, an owner without developers gets a question
 * to ask a vendor. Our wording; the targets are the article's.
 */
const ACTION: Record<string, Record<Answers['devTeam'], string>> = {
  'tech.pageLoad': {
    inhouse: '图片懒加载，图片和静态资源走CDN；用手机在流量网络下实测首屏',
    agency: '验收时用手机流量网络打开，首屏2秒内出来；图片要滑到才加载，并放在CDN上',
    none: '问服务商：用手机流量打开首页，2秒内能出来吗？图片有没有CDN加速？',
  },
  'tech.api': {
    inhouse: '服务多实例部署（或用云开发、云托管弹性扩容），监控接口耗时',
    agency: '合同写明：接口响应不超过500毫秒，服务部署在多台服务器或云托管上',
    none: '优先选用微信云开发或成熟的SaaS产品，不自己买服务器',
  },
  'tech.sync': {
    inhouse: '跨端数据变更走消息队列异步处理，失败可重试',
    agency: '合同写明：公众号、小程序、企业微信之间的数据1秒内同步',
    none: '公众号、小程序、企业微信尽量选同一家服务商，数据才互通',
  },
  'tech.dataInterop': {
    inhouse: '两端使用同一套用户与订单数据（同一主体下按统一的用户标识打通）',
    agency: '要求服务商用同一套会员和订单数据，公众号和小程序里看到的一致',
    none: '选能同时做公众号和小程序的服务商，会员和订单只存一份',
  },
  'tech.crm': {
    inhouse: '企业微信客户、标签和订单通过接口同步进CRM',
    agency: '要求服务商把企业微信的客户和标签同步进你的CRM',
    none: '问CRM供应商：能不能直接对接企业微信？',
  },
  'tech.peak': {
    inhouse: '大促前压测并提前扩容服务器，活动后再缩容',
    agency: '大促前一个月约服务商压测和扩容，写进服务约定',
    none: '大促前问服务商：能扛住多少人同时下单？要不要临时加钱扩容？',
  },
}

const act = (id: string, a: Answers) => ACTION[id]?.[a.devTeam]

export function techRequirements(a: Answers, tools: ReadonlySet<ToolId>): TechRequirement[] {
  const owner = OWNER[a.devTeam]
  const out: TechRequirement[] = TECH_RULES.map((r) => ({
    id: r.id,
    module: r.module,
    requirement: r.requirement,
    measure: r.measure,
    owner,
    action: act(r.id, a),
    why: why([r.id], ['devTeam']),
  }))
  const hasOfficial = tools.has('serviceAccount') || tools.has('subscriptionAccount')
  if (hasOfficial && tools.has('miniProgram'))
    out.push({
      id: TECH_PROSE.dataInterop.id,
      // A module name that the requirement after it does not say again (数据互通：…数据互通).
      module: '两端打通',
      requirement: '公众号与小程序数据互通',
      measure: '两端使用同一套用户与订单数据',
      owner,
      action: act(TECH_PROSE.dataInterop.id, a),
      why: why([TECH_PROSE.dataInterop.id], ['devTeam']),
    })
  if (a.hasCrm === 'yes')
    out.push({
      id: TECH_PROSE.crm.id,
      module: '客户资料打通',
      requirement: '企业微信与CRM系统对接',
      measure: tools.has('wecom') ? '客户添加、标签和订单同步进CRM' : '先开通企业微信，再把客户添加和标签同步进CRM',
      owner,
      action: act(TECH_PROSE.crm.id, a),
      why: why([TECH_PROSE.crm.id], ['hasCrm', 'devTeam']),
    })
  else if (a.hasCrm !== 'no')
    out.push({
      id: `${TECH_PROSE.crm.id}.check`,
      module: '客户资料打通（请确认）',
      requirement: '有没有在用的客户管理系统（CRM）',
      measure: '有的话，按原文建议把企业微信与CRM系统对接；没有就先用企业微信的客户标签',
      owner,
      why: why([TECH_PROSE.crm.id], ['hasCrm']),
    })
  if (a.peaks.length > 0)
    out.push({
      id: TECH_PROSE.peak.id,
      module: '大促扩容',
      requirement: `支撑${a.peaks.map((p) => optionLabel('peaks', p)).join('、')}高并发`,
      measure: '大促前压测并提前扩容服务器，活动后再缩容',
      owner,
      action: act(TECH_PROSE.peak.id, a),
      why: why([TECH_PROSE.peak.id], ['peaks', 'devTeam']),
    })
  return out
}
