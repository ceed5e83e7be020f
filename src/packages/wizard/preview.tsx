import { useMemo } from 'react'
import { View } from '@tarojs/components'
import { previewPlan } from '@/core/plan/engine'
import type { PlanContent } from '@/core/plan/schema'
import type { SectionId } from '@/core/wizard/questions'
import type { DraftAnswers } from '@/core/api'
import { serverNow } from '@/api/server-clock'
import { Phrases } from '@/components/phrases'

/** What the current step's answers already imply, in a line or three, as the plan will say it. */
function linesFor(section: SectionId, c: PlanContent): string[] {
  switch (section) {
    case 'strategy':
      return [
        `角色：${c.positioning.roleLabel}，核心目标：${c.positioning.coreGoal}`,
        `优先工具：${c.tools
          .slice(0, 3)
          .map((t) => t.label)
          .join('、')}`,
      ]
    case 'audience':
      return c.audience.bands.map((b) => `${b.label}：${b.hours.from}–${b.hours.to}，偏好${b.forms.join('、')}`)
    case 'features':
      return c.accounts.map((a) => `${a.label}：${a.cadence}`)
    case 'content': {
      const perWeek = [1, 2, 3, 4].map((w) => c.content.calendar.filter((e) => e.week === w).length)
      return [
        `四周日历共 ${c.content.calendar.length} 篇（每周 ${Math.max(...perWeek)} 篇以内）`,
        ...c.content.strategy.slice(0, 2).map((s) => `${s.label} → ${s.platforms.join('+')}`),
      ]
    }
    case 'metrics':
      return [
        `看板 ${c.kpis.length} 个指标，其中 ${c.kpis.filter((k) => k.target.value !== null).length} 个已给出起步目标`,
      ]
    case 'compliance': {
      const must = c.compliance.filter((i) => i.priority === 'must')
      return [`必须处理 ${must.length} 项`, ...must.slice(0, 2).map((i) => `${i.risk}：${i.measure}`)]
    }
    case 'competition':
      return c.differentiation.slice(0, 2).map((d) => `创新方向：${d.innovation}`)
    case 'tech':
      return c.tech.slice(0, 3).map((t) => `${t.module}：${t.requirement}`)
  }
}

export function WizardPreview({ section, answers }: { section: SectionId; answers: DraftAnswers }) {
  // The clock only sets dates (calendar, review); a stable "today" keeps the preview from flickering.
  // The server's today, as the plan it computes on submit will use.
  const today = useMemo(() => new Date(serverNow()).setHours(0, 0, 0, 0), [])
  const { content, assumedAnswers } = useMemo(() => previewPlan(answers, today), [answers, today])
  const lines = linesFor(section, content)
  if (lines.length === 0) return null
  return (
    <View className='preview' aria-live='polite'>
      <View className='preview__title'>按目前的回答，方案会建议</View>
      {lines.map((l, i) => (
        <View className='preview__line' key={i}>
          <Phrases text={l} />
        </View>
      ))}
      {assumedAnswers.length > 0 ? (
        <View className='preview__note'>还有 {assumedAnswers.length} 项未答，预览先按常见情况假设。</View>
      ) : null}
    </View>
  )
}
