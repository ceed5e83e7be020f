import type { PlanContent, SectionKey } from './schema'

/** One line under a collapsed section's title, so the owner knows what is inside before opening it. */
export function sectionSummary(c: PlanContent, key: SectionKey): string {
  switch (key) {
    case 'positioning':
      // The statement is one sentence: it is its own summary, so the plan opens with it in view.
      return c.positioning.statement
    case 'tools':
      return `先用${c.tools
        .slice(0, 3)
        .map((t) => t.label)
        .join('、')}，共${c.tools.length}个工具`
    case 'audience':
      return c.audience.bands.map((b) => `${b.label} ${b.hours.from}–${b.hours.to}`).join('；')
    case 'accounts':
      return c.accounts.map((a) => `${a.label}${a.cadence}`).join('；') || '不单独运营账号'
    case 'content': {
      const n = c.content.calendar.length
      return `四周共${n}条内容，${c.content.strategy.map((s) => s.label).join('、')}`
    }
    case 'kpis':
      return `${c.kpis.length}个指标：${c.kpis
        .slice(0, 3)
        .map((k) => k.metric)
        .join('、')}…`
    case 'compliance': {
      const must = c.compliance.filter((x) => x.priority === 'must').length
      const check = c.compliance.filter((x) => x.priority === 'check').length
      return `${must}项必须做${check > 0 ? `，${check}项请你确认` : ''}，共${c.compliance.length}项`
    }
    case 'differentiation':
      return c.differentiation.map((d) => d.innovation).join('；')
    case 'tech':
      return `${c.tech.length}项要求${c.techReader ? `，${c.techReader.split('：')[0]}` : ''}`
    case 'iteration':
      return `下次复盘 ${c.iteration.reviewDate}`
  }
}
