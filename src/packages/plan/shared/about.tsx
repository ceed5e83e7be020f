import { View } from '@tarojs/components'
import { optionLabel, type QuestionId } from '@/core/wizard/questions'
import type { Answers } from '@/core/wizard/answers'

const label = (id: QuestionId, v: unknown) => (typeof v === 'string' ? optionLabel(id, v) : '')
const labels = (id: QuestionId, v: unknown) => (Array.isArray(v) ? v.map((x) => label(id, x)).filter(Boolean) : [])

/**
 * "关于这份方案": the few answers a colleague needs to read the plan, said about the business
 * (third person), not to it.
 */
export function aboutLines(name: string, answers: Answers): string[] {
  const a = answers as unknown as Record<string, unknown>
  const lines: string[] = []
  const industry = label('industry', a.industry)
  const stage = label('stage', a.stage)
  if (industry || stage) {
    lines.push(
      `${name}${industry ? `属于${industry}行业` : ''}${industry && stage ? '，' : ''}${stage ? `处在${stage}` : ''}。`,
    )
  }
  const customers = label('customerModel', a.customerModel)
  if (customers) lines.push(`主要客户：${customers}。`)
  const goal = label('primaryGoal', a.primaryGoal)
  if (goal) lines.push(`在微信里最想先做好：${goal}。`)
  if (typeof a.weeklyCapacity === 'number') lines.push(`团队每周能产出约 ${a.weeklyCapacity} 条内容。`)
  const assets = labels('assets', a.assets)
  lines.push(assets.length > 0 ? `已经在用：${assets.join('、')}。` : '还没有在用的微信工具。')
  return lines
}

export function AboutPlan({ name, answers }: { name: string; answers: Answers }) {
  return (
    <View className='card about-plan'>
      <View className='card__title'>关于这份方案</View>
      {aboutLines(name, answers).map((line) => (
        <View className='card__line' key={line}>
          {line}
        </View>
      ))}
    </View>
  )
}
