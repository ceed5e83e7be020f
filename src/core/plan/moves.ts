import type { FirstMove, PlanContent } from './schema'

type Parts = Omit<PlanContent, 'firstMoves'>

/**
 * Why a must-fix activity comes first, honestly: a lucky draw or an external-link page is fine in
 * itself and breaks the rules only once it rewards sharing; forwarding for a prize always does.
 */
const RISKY_REASON: Record<string, string> = {
  inducedSharing: '转发抽奖就是奖励分享，违反微信平台规则，轻则限制分享，重则封号',
  luckyDraw: '抽奖一旦和分享挂钩就违反微信平台规则，轻则限制分享，重则封号',
  externalLinks: '外链页用奖励诱导分享违反微信外链规范，轻则封链接，重则封号',
}

/**
 * 先做这三件事: the three moves with the most effect this month, from the plan itself (so a
 * stored plan of an older release gets them too). Order of effect, our judgement: a platform
 * violation can cost the account, so a must-fix activity comes first; then the trade's first
 * playbook move; then starting the top tool; then the first week of the calendar; then what the
 * owner must check; then a KPI baseline. At most one move per section.
 */
export function firstMoves(p: Parts): FirstMove[] {
  const out: FirstMove[] = []
  const add = (m: FirstMove | null) => {
    if (m && out.length < 3 && !out.some((x) => x.section === m.section)) out.push(m)
  }
  const risky = p.compliance.find(
    (c) => c.priority === 'must' && ['inducedSharing', 'luckyDraw', 'externalLinks'].includes(c.id),
  )
  if (risky)
    add({
      // The measure is the move ("活动规则写清楚"); a "先改活动：" before it said 活动 twice.
      title: risky.measure.split('；')[0],
      reason: RISKY_REASON[risky.id] ?? '活动违反微信平台规则，轻则限制分享，重则封号',
      section: 'compliance',
      why: risky.why,
    })
  const play = p.playbook?.find((x) => x.place === 'tools') ?? p.playbook?.[0]
  if (play)
    add({
      // The move's first step is what to do; its title ("小程序点餐与储值") only named it again.
      title: play.move.split('；')[0],
      reason: play.reason,
      section: play.place,
      why: play.why,
    })
  const top = p.tools[0]
  // The owner has a 公众号 of a type they did not give: checking it comes before "opening" one.
  const unclear = top && p.accounts.find((x) => x.account === top.tool)?.check
  if (top && unclear)
    add({
      title: '确认你的公众号是服务号还是订阅号',
      reason: `它在工具组合里排在首位；类型决定每月能群发几次，确认后按本计划的安排发`,
      section: 'accounts',
      why: top.why,
    })
  else if (top)
    add({
      title: top.existing ? `盘活已有的${top.label}` : `开通并设置好${top.label}`,
      reason: `它在工具组合里排在首位${top.use ? `；本计划用它：${top.use}` : ''}`,
      section: 'tools',
      why: top.why,
    })
  const first = p.content.calendar[0]
  if (first) {
    const week = p.content.calendar.filter((e) => e.week === first.week).length
    add({
      // The topic is quoted: a topic may carry its own colon, and one sentence reads with one.
      title: `${Number(first.date.slice(5, 7))}月${Number(first.date.slice(8))}日发第一条「${first.topic}」`,
      reason: `第一周共${week}条，按你的产能和用户活跃时段排好了`,
      section: 'content',
      why: first.why,
    })
  }
  const check = p.compliance.find((c) => c.priority === 'check')
  // Before 2026.11-6 a check item's trigger began with 请确认：; the move is the check itself.
  if (check)
    add({
      title: check.measure.split('；')[0],
      reason: check.trigger.replace(/^请确认：/, ''),
      section: 'compliance',
      why: check.why,
    })
  const kpi = p.kpis.find((k) => k.target.value === null) ?? p.kpis[0]
  if (kpi)
    add({
      title: `记下本月的${kpi.metric}`,
      reason: '有了第一个月的数据，季度复盘才知道方案有没有用',
      section: 'kpis',
      why: kpi.why,
    })
  return out
}
