import type { Answers } from '../wizard/answers'
import { industryLabel, type QuestionId } from '../wizard/questions'
import { COMPLIANCE_PROSE, LEGAL_RULES, RISK_RULES, type LegalRule } from '../rules'
import type { ComplianceItem } from './schema'
import { why } from './why'

/**
 * An item's sources, each with its own strength: 广告法第九条第三项 is statute, the regulator's
 * enforcement guide is guidance and an industry word list is practice, and the owner is told which.
 */
const source = (r: LegalRule, ...more: LegalRule[]) => ({
  source: { ref: r.ref, strength: r.strength },
  more: more.length > 0 ? more.map((x) => ({ ref: x.ref, strength: x.strength })) : undefined,
})

interface Draft extends Omit<ComplianceItem, 'why' | 'source' | 'moreSources'> {
  source: ReturnType<typeof source> | null
  rules: string[]
  answers: QuestionId[]
  assumption?: boolean
}

/** Checklist: risks the industry and the planned activities trigger, each with its counter-measure. */
export function complianceChecklist(a: Answers): ComplianceItem[] {
  const items: Draft[] = []
  const L = LEGAL_RULES
  const R = RISK_RULES
  const regulated = a.industry === 'finance' || a.industry === 'medical'
  const act = (x: Answers['activities'][number]) => a.activities.includes(x)

  if (act('shareToWin'))
    items.push({
      id: 'inducedSharing',
      risk: R.inducedSharing.risk,
      trigger: R.inducedSharing.trigger,
      measure: '改用积分体系替代转发抽奖；积分只奖励购买、签到等站内行为，绝不奖励转发、分享或邀请好友',
      priority: 'must',
      source: source(L.shareAbuse),
      rules: [R.inducedSharing.id, L.shareAbuse.id, L.pointsNotForSharing.id],
      answers: ['activities'],
    })
  if (act('luckyDraw'))
    items.push({
      id: 'luckyDraw',
      risk: R.inducedSharing.risk,
      trigger: '抽奖活动',
      measure: '活动规则写清楚；不设“分享增加抽奖机会”，中奖概率与分享无关',
      priority: 'must',
      source: source(L.drawRules),
      rules: [L.drawRules.id, COMPLIANCE_PROSE.platformRules.id],
      answers: ['activities'],
    })
  if (act('externalLinks'))
    items.push({
      id: 'externalLinks',
      risk: '外链违规',
      trigger: 'H5外部链接活动',
      measure: '外链页不用红包、优惠券、积分诱导分享；不做助力、砍价、集赞、集卡；不改用户头像，不劫持返回键',
      priority: 'must',
      source: source(L.externalLinks),
      rules: [L.externalLinks.id, COMPLIANCE_PROSE.platformRules.id],
      answers: ['activities'],
    })
  const https = a.httpsAll ?? 'unknown'
  if (https === 'unknown')
    items.push({
      id: 'dataLeak',
      risk: R.dataLeak.risk,
      // The page tags the item 请确认 and puts 怎么查 before the measure: neither text says it again.
      trigger: a.httpsAll === null ? '还没回答接口是否全部使用HTTPS' : '你还不清楚接口是否全部使用HTTPS',
      measure:
        '请负责技术的人核对小程序、公众号网页和后台的所有接口是否都用HTTPS；有没加密的，按原文建议做HTTPS全站改造',
      priority: 'check',
      source: null,
      rules: [R.dataLeak.id],
      answers: ['httpsAll'],
    })
  else
    items.push({
      id: 'dataLeak',
      risk: R.dataLeak.risk,
      trigger: https === 'yes' ? '新上线的接口' : R.dataLeak.trigger,
      measure: https === 'yes' ? '保持HTTPS全站，新接口上线前检查证书与加密' : R.dataLeak.measure,
      priority: https === 'yes' && !act('collectPhone') ? 'should' : 'must',
      source: null,
      rules: [R.dataLeak.id],
      answers: act('collectPhone') ? ['httpsAll', 'activities'] : ['httpsAll'],
    })
  if (act('collectPhone'))
    items.push({
      id: 'phoneNumbers',
      risk: R.dataLeak.risk,
      trigger: '收集手机号',
      measure: '说明用途并取得同意；只收必要信息；加密存储，限制查看权限',
      priority: 'must',
      source: null,
      rules: [R.dataLeak.id],
      answers: ['activities'],
      // The seed only says "encrypt APIs"; consent and minimisation are our advice.
      assumption: true,
    })
  const claims = a.efficacyClaims ?? 'unknown'
  const strictIndustry = regulated || a.industry === 'education'
  if (claims === 'yes' || strictIndustry)
    items.push({
      id: 'falseAdvertising',
      risk: R.falseAdvertising.risk,
      trigger: claims === 'yes' ? '宣传中讲产品功效' : `${industryLabel(a.industry)}行业的宣传`,
      measure: '法务前置审核，功效、数据、对比类表述发布前先审',
      priority: 'must',
      source: source(L.adLaw28),
      rules: [R.falseAdvertising.id, L.adLaw28.id],
      answers: claims === 'yes' ? ['efficacyClaims'] : ['industry'],
    })
  else if (claims === 'unknown')
    items.push({
      id: 'falseAdvertising',
      risk: R.falseAdvertising.risk,
      trigger: a.efficacyClaims === null ? '还没回答宣传中是否讲产品功效' : '你还不清楚宣传中是否会讲产品功效',
      measure: '看看文案里有没有“有效”“改善”“见效”一类功效说法；有的话，发布前先由法务或懂广告法的人审核',
      priority: 'check',
      source: source(L.adLaw28),
      rules: [R.falseAdvertising.id, L.adLaw28.id],
      answers: ['efficacyClaims'],
    })
  if (a.contentForms.includes('promotion') || claims === 'yes')
    items.push({
      id: 'absoluteTerms',
      risk: '绝对化用语',
      trigger: claims === 'yes' ? '功效宣传' : '促销文案',
      // Each part says how binding it is, as the sources below it do: law, guide, word list.
      measure:
        '不用法条点名的“国家级”“最高级”“最佳”；按监管部门的执法指南，“第一”“最好”等同义词也算，但“争做行业第一”这类目标、“本店最受欢迎”这类店内比较、标准等级和有证书的荣誉可以用；“顶级”“唯一”等长词表是行业提醒，稳妥起见也避开',
      priority: 'must',
      source: source(L.adLaw9, L.absoluteGuide, L.absolutePractice),
      rules: [L.adLaw9.id, L.absoluteGuide.id, L.absolutePractice.id],
      answers: claims === 'yes' ? ['efficacyClaims', 'contentForms'] : ['contentForms'],
    })
  if (claims === 'yes')
    items.push({
      id: 'dataSources',
      risk: R.falseAdvertising.risk,
      trigger: '引用数据、统计或效果',
      measure: '数据必须真实并注明出处，不能核实的数据不用',
      priority: 'must',
      source: source(L.adLaw11),
      rules: [L.adLaw11.id, R.falseAdvertising.id],
      answers: ['efficacyClaims'],
    })
  if (claims === 'yes' && a.industry !== 'medical')
    items.push({
      id: 'medicalTerms',
      risk: R.falseAdvertising.risk,
      trigger: '非医疗产品讲功效',
      measure: '不说治疗、治愈、疗效、根治等医疗用语',
      priority: 'must',
      source: source(L.adLaw17),
      rules: [L.adLaw17.id],
      answers: ['efficacyClaims', 'industry'],
    })
  if (regulated)
    items.push({
      id: 'qualification',
      risk: '资质与内容审核',
      trigger: a.industry === 'finance' ? '金融行业' : '医疗行业',
      measure: '在公众号、小程序显著位置公示资质；所有内容发布前审核',
      priority: 'must',
      source: null,
      rules: [COMPLIANCE_PROSE.regulated.id],
      answers: ['industry'],
    })
  if (a.industry === 'finance')
    items.push({
      id: 'financeMarketing',
      risk: '金融营销',
      trigger: '推广金融产品',
      measure: '不说保本、无风险、保收益；写明风险提示；只推广持牌产品；员工朋友圈发营销内容先审核',
      priority: 'must',
      source: source(L.adLaw25, L.finance316),
      rules: [L.adLaw25.id, L.finance316.id, COMPLIANCE_PROSE.regulated.id],
      answers: ['industry'],
    })
  if (a.industry === 'medical')
    items.push({
      id: 'medicalMarketing',
      risk: '医疗广告',
      trigger: '医疗、药品、器械、保健食品宣传',
      // A patient's or doctor's own words about the care are an endorsement (广告法第二条's 代言人):
      // the calendar offers no 患者反馈 or 医生推荐 topic for this trade (calendar.ts).
      measure:
        '不承诺疗效和安全性，不写治愈率、有效率，不做对比；不用患者、医生或专家的名义作推荐、证明，患者反馈、感谢信也不发；保健食品标明“本品不能代替药物”',
      priority: 'must',
      source: source(L.adLaw16, L.adLaw18),
      rules: [L.adLaw16.id, L.adLaw18.id, COMPLIANCE_PROSE.regulated.id],
      answers: ['industry'],
    })
  if (a.industry === 'education')
    items.push({
      id: 'educationMarketing',
      risk: '教育培训广告',
      trigger: '招生与课程宣传',
      measure: '不承诺通过考试、升学或培训效果；不用学员的名义作推荐、证明，喜报、上岸宣传和学员来信都不发',
      priority: 'must',
      source: source(L.adLaw24),
      rules: [L.adLaw24.id, L.adLaw24Endorsers.id],
      answers: ['industry'],
    })
  // Spelled out rather than rest/spread (same key order): both are slow without a JIT.
  return items.map((d) => {
    const item: ComplianceItem = {
      id: d.id,
      risk: d.risk,
      trigger: d.trigger,
      measure: d.measure,
      priority: d.priority,
      source: d.source ? d.source.source : null,
      why: why(d.rules, d.answers, d.assumption ?? false),
    }
    if (d.source?.more) item.moreSources = d.source.more
    return item
  })
}
