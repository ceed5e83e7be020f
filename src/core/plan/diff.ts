import type { Answers } from '../wizard/answers'
import { QUESTIONS, type Question } from '../wizard/questions'
import type { PlanContent } from './schema'

/** One difference between two revisions, phrased for the owner ("what changed since last time"). */
export interface Change {
  /** `answers.<questionId>` or `plan.<section>` */
  path: string
  kind: 'added' | 'removed' | 'changed'
  before?: string
  after?: string
  /** Short Chinese sentence for the UI. */
  summary: string
}

interface Revision {
  answers: Answers
  content: PlanContent
}

const NONE = '未填'

function labelsOf(q: Question, value: unknown): string[] {
  if (q.kind !== 'single' && q.kind !== 'multi') return []
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  return values.map((x) => q.options.find((o) => o.value === x)?.label ?? String(x))
}

function show(q: Question, value: unknown): string {
  if (value === undefined || value === null || value === '') return NONE
  switch (q.kind) {
    case 'single':
    case 'multi':
      return labelsOf(q, value).join('、') || '无'
    case 'number':
      return `${String(value)}${q.unit ?? ''}`
    case 'boolean':
      return value === true ? '是' : '否'
    default:
      return String(value)
  }
}

function diffAnswers(prev: Partial<Answers>, next: Partial<Answers>): Change[] {
  const out: Change[] = []
  for (const q of QUESTIONS) {
    const a: unknown = prev[q.id]
    const b: unknown = next[q.id]
    const before = show(q, a)
    const after = show(q, b)
    if (before === after) continue
    const name = q.short
    const path = `answers.${q.id}`
    if (q.kind === 'multi') {
      const was = labelsOf(q, a)
      const now = labelsOf(q, b)
      const added = now.filter((x) => !was.includes(x))
      const removed = was.filter((x) => !now.includes(x))
      const parts = [added.length ? `新增${added.join('、')}` : '', removed.length ? `去掉${removed.join('、')}` : '']
      const kind = removed.length === 0 ? 'added' : added.length === 0 ? 'removed' : 'changed'
      out.push({ path, kind, before, after, summary: `${name}：${parts.filter(Boolean).join('，')}` })
    } else {
      const kind = before === NONE ? 'added' : after === NONE ? 'removed' : 'changed'
      out.push({ path, kind, before, after, summary: `${name}：${before} → ${after}` })
    }
  }
  return out
}

/** Added and removed items of a list keyed by id, plus what changed in items present in both. */
function keyed<T>(
  path: string,
  prev: readonly T[],
  next: readonly T[],
  key: (t: T) => string,
  name: (t: T) => string,
  words: { added: string; removed: string },
  changed?: (a: T, b: T) => Change | null,
): Change[] {
  const out: Change[] = []
  const before = new Map(prev.map((t) => [key(t), t]))
  const after = new Map(next.map((t) => [key(t), t]))
  for (const [k, t] of after) {
    const old = before.get(k)
    if (!old) out.push({ path, kind: 'added', after: name(t), summary: `${words.added}：${name(t)}` })
    else if (changed) {
      const c = changed(old, t)
      if (c) out.push(c)
    }
  }
  for (const [k, t] of before)
    if (!after.has(k)) out.push({ path, kind: 'removed', before: name(t), summary: `${words.removed}：${name(t)}` })
  return out
}

function changedValue(path: string, what: string, before: string, after: string): Change | null {
  return before === after ? null : { path, kind: 'changed', before, after, summary: `${what}：${before} → ${after}` }
}

function diffContent(p: PlanContent, n: PlanContent): Change[] {
  const out: Change[] = []
  const push = (c: Change | null) => {
    if (c) out.push(c)
  }
  push(changedValue('plan.rulebaseVersion', '规则库版本', p.rulebaseVersion, n.rulebaseVersion))
  push(changedValue('plan.positioning', '定位角色', p.positioning.roleLabel, n.positioning.roleLabel))
  push(changedValue('plan.positioning', '核心目标', p.positioning.coreGoal, n.positioning.coreGoal))
  out.push(
    ...keyed(
      'plan.tools',
      p.tools,
      n.tools,
      (t) => t.tool,
      (t) => t.label,
      { added: '新增推荐工具', removed: '不再推荐' },
      // Only a change of order among tools in both revisions: an added tool shifts ranks without re-ranking.
      (a, b) =>
        relativeRank(p.tools, n.tools, a.tool)
          ? changedValue('plan.tools', `${b.label}排名`, `第${a.rank}`, `第${b.rank}`)
          : null,
    ),
    ...keyed(
      'plan.accounts',
      p.accounts,
      n.accounts,
      (t) => t.account,
      (t) => t.label,
      { added: '新增账号', removed: '不再使用账号' },
      (a, b) =>
        changedValue('plan.accounts', `${b.label}发文`, perWeek(a.perWeek, a.cadence), perWeek(b.perWeek, b.cadence)),
    ),
    ...keyed(
      'plan.content',
      p.content.strategy,
      n.content.strategy,
      (t) => t.form,
      (t) => t.label,
      { added: '新增内容形式', removed: '去掉内容形式' },
    ),
  )
  push(
    changedValue('plan.content', '内容日历（4周）', `${p.content.calendar.length}条`, `${n.content.calendar.length}条`),
  )
  out.push(
    ...keyed(
      'plan.kpis',
      p.kpis,
      n.kpis,
      (t) => t.id,
      (t) => t.metric,
      { added: '加上指标', removed: '去掉指标' },
      (a, b) =>
        changedValue('plan.kpis', `${b.metric}目标`, target(a.target.value, a.unit), target(b.target.value, b.unit)),
    ),
    ...keyed(
      'plan.compliance',
      p.compliance,
      n.compliance,
      (t) => t.id,
      (t) => `${t.risk}（${t.trigger}）`,
      { added: '新增合规事项', removed: '合规事项已移除' },
      (a, b) =>
        changedValue('plan.compliance', `${b.risk}（${b.trigger}）`, PRIORITY[a.priority], PRIORITY[b.priority]),
    ),
    ...keyed(
      'plan.differentiation',
      p.differentiation,
      n.differentiation,
      (t) => t.id,
      (t) => `${t.pattern}→${t.innovation}`,
      { added: '新增差异化方向', removed: '去掉差异化方向' },
    ),
    ...keyed(
      'plan.tech',
      p.tech,
      n.tech,
      (t) => t.id,
      (t) => t.requirement,
      { added: '新增技术要求', removed: '去掉技术要求' },
    ),
  )
  push(changedValue('plan.iteration', '下次复盘', p.iteration.reviewDate, n.iteration.reviewDate))
  return out
}

function relativeRank(
  prev: PlanContent['tools'],
  next: PlanContent['tools'],
  tool: PlanContent['tools'][number]['tool'],
): boolean {
  const common = (list: PlanContent['tools']) =>
    list.filter((t) => prev.some((x) => x.tool === t.tool) && next.some((x) => x.tool === t.tool)).map((t) => t.tool)
  return common(prev).indexOf(tool) !== common(next).indexOf(tool)
}

const PRIORITY = { must: '必须', should: '建议', check: '请确认' } as const

const perWeek = (n: number | null, cadence: string) => (n === null ? cadence : `每周${n}条`)
const target = (v: number | null, unit: string) => (v === null ? '待定' : `${v}${unit}`)

/** What changed between two revisions: the answers first, then what the plan now says differently. */
export function diffPlans(prev: Revision, next: Revision): Change[] {
  return [...diffAnswers(prev.answers, next.answers), ...diffContent(prev.content, next.content)]
}
