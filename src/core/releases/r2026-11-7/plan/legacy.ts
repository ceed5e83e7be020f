import { plannedCadence } from './accounts'
import { firstMoves } from './moves'
import type { ComplianceItem, ComplianceSource, PlanContent } from './schema'

/**
 * The strength of a source an older release named in a joined list ("广告法第九条第三项；《广告
 * 绝对化用语执法指南》…；行业极限词清单" carried only the first one's, 法律条文): told by its name,
 * for every source those releases cite.
 */
const STRENGTH_BY_NAME: readonly [RegExp, ComplianceSource['strength']][] = [
  [/执法指南/, 'guidance'],
  [/极限词/, 'practice'],
  [/^广告法/, 'statute'],
  [/^银发/, 'regulation'],
  [/微信|运营规范/, 'platform'],
]

function splitSources(c: ComplianceItem): ComplianceItem {
  if (!c.source || c.moreSources || !c.source.ref.includes('；')) return c
  const [first, ...rest] = c.source.ref.split('；')
  const more = rest.map((ref) => ({ ref, strength: STRENGTH_BY_NAME.find(([re]) => re.test(ref))?.[1] }))
  if (more.some((m) => !m.strength)) return c
  return {
    ...c,
    source: { ref: first, strength: c.source.strength },
    moreSources: more as ComplianceSource[],
  }
}

/**
 * Content computed by an older release (stored plans, frozen releases) in today's shape, for the
 * view: fields added since are filled from what the old content already says, never invented.
 * Before 2026.11-3 an account's `cadence` was the article's norm and `perWeek` what the calendar
 * planned; now `cadence` is what the plan schedules and `norm` the article's. Before 2026.11-6 a
 * compliance item's sources were one joined name with the first one's strength; now each has its own.
 */
export function liftContent(content: PlanContent): PlanContent {
  const accounts = content.accounts.map((a) =>
    a.norm !== undefined || a.perWeek === null
      ? a
      : { ...a, norm: a.cadence, cadence: plannedCadence(Math.round(a.perWeek * 4)) },
  )
  const lifted = { ...content, accounts, compliance: content.compliance.map(splitSources) }
  return lifted.firstMoves ? lifted : { ...lifted, firstMoves: firstMoves(lifted) }
}
