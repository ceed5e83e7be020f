import type { QuestionId } from '../wizard/questions'
import { optionLabel, questionById } from '../wizard/questions'
import { ruleById, STRENGTHS, type LegalRule, type Rule } from '../rules'
import type { Why } from './schema'

const SECTION_NAMES: Record<string, string> = {
  引言: '原文开头',
  结语: '原文结尾',
}

/** Where a rule comes from, named in Chinese: 原文第六部分, 广告法第九条第三项, 微信平台规则 …. */
export function sourceName(rule: Rule): string {
  if (rule.origin === 'ours') return '我们的建议'
  if (rule.origin === 'compliance') return (rule as LegalRule).ref ?? '合规资料'
  return SECTION_NAMES[rule.section] ?? `原文第${rule.section}部分`
}

/** How binding it is, in words. */
export function strengthName(rule: Rule): string {
  if (rule.origin === 'ours') return '不是原文内容，是我们的判断'
  if (rule.origin === 'seed') return rule.form === 'table' ? '原文表格' : '原文观点'
  const s = (rule as LegalRule).strength
  return STRENGTHS.find((x) => x.value === s)?.label ?? '合规资料'
}

/** The rule's content as a sentence: a table row's cells joined with commas, never pipes. */
export function ruleText(rule: Rule): string {
  if (rule.plain) return rule.plain
  if (rule.form === 'table')
    return rule.source
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean)
      .join('，')
  return rule.source.replace(/,/g, '，').replace(/\(/g, '（').replace(/\)/g, '）')
}

/** One line per rule: "原文第三部分（原文表格）：服务号，每月4次，预约服务/会员体系". */
export function ruleLine(id: string): string | null {
  const rule = ruleById(id)
  if (!rule) return null
  return `${sourceName(rule)}（${strengthName(rule)}）：${ruleText(rule)}`
}

/** An answer as the owner gave it: option labels, 是/否/不清楚, 未填写 for nothing. */
export function answerText(id: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '未填写'
  if (value === true) return '是'
  if (value === false) return '否'
  const q = questionById(id)
  const label = (v: unknown) => (q && 'options' in q ? optionLabel(id as QuestionId, String(v)) : String(v))
  if (Array.isArray(value)) return value.length > 0 ? value.map(label).join('、') : '都没有'
  const text = label(value)
  return q?.kind === 'number' && q.unit ? `${text}${q.unit}` : text
}

/** Whose answers a why quotes: the owner is spoken to; a colleague's view names the sharer instead. */
export const OWNER_ANSWERS = '你的回答'

/** One line per answer: "你的回答「接口全部HTTPS」：不清楚". */
export function answerLine(
  id: string,
  answers: Readonly<Record<string, unknown>> | null,
  whose: string = OWNER_ANSWERS,
): string {
  const q = questionById(id)
  const name = q?.short ?? q?.title ?? '相关问题'
  return `${whose}「${name}」：${answers ? answerText(id, answers[id]) : '见原方案'}`
}

/**
 * The why of an item as sentences for the owner: an assumption note first, then each rule with
 * its source and strength named in Chinese, then the answers it rests on, quoted.
 */
export function explainWhy(
  why: Why,
  answers: Readonly<Record<string, unknown>> | null,
  whose: string = OWNER_ANSWERS,
): string[] {
  const lines: string[] = []
  if (why.assumption) lines.push(`原文没有直接给出这一项，这是我们根据${whose}做的判断，请结合实际情况取舍。`)
  for (const id of why.rules) {
    const line = ruleLine(id)
    if (line) lines.push(line)
  }
  for (const id of why.answers) lines.push(answerLine(id, answers, whose))
  return lines
}
