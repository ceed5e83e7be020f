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

export function techRequirements(a: Answers, tools: ReadonlySet<ToolId>): TechRequirement[] {
  const owner = OWNER[a.devTeam]
  const out: TechRequirement[] = TECH_RULES.map((r) => ({
    id: r.id,
    module: r.module,
    requirement: r.requirement,
    measure: r.measure,
    owner,
    why: why([r.id], ['devTeam']),
  }))
  const hasOfficial = tools.has('serviceAccount') || tools.has('subscriptionAccount')
  if (hasOfficial && tools.has('miniProgram'))
    out.push({
      id: TECH_PROSE.dataInterop.id,
      module: '数据互通',
      requirement: '公众号与小程序数据互通',
      measure: '两端使用同一套用户与订单数据',
      owner,
      why: why([TECH_PROSE.dataInterop.id], ['devTeam']),
    })
  if (a.hasCrm)
    out.push({
      id: TECH_PROSE.crm.id,
      module: 'CRM对接',
      requirement: '企业微信与CRM系统对接',
      measure: tools.has('wecom') ? '客户添加、标签和订单同步进CRM' : '先开通企业微信，再把客户添加和标签同步进CRM',
      owner,
      why: why([TECH_PROSE.crm.id], ['hasCrm', 'devTeam']),
    })
  if (a.peaks.length > 0)
    out.push({
      id: TECH_PROSE.peak.id,
      module: '大促扩容',
      requirement: `支撑${a.peaks.map((p) => optionLabel('peaks', p)).join('、')}高并发`,
      measure: '大促前压测并提前扩容服务器，活动后再缩容',
      owner,
      why: why([TECH_PROSE.peak.id], ['peaks', 'devTeam']),
    })
  return out
}
