import type { PlanContent } from '../plan/schema'

/**
 * Figures the owner records beside the KPI board: how many pieces the team actually published,
 * so a review can tell whether the cadence the plan set was kept. Not a KPI of the seed's board.
 */
export const TEAM_POSTS = { id: 'team.posts', metric: '实际发布内容（月）', unit: '条' } as const

export interface RecordableKpi {
  id: string
  metric: string
  unit: string
  /** null for the team's own figures, which belong to no layer of the board. */
  layer: PlanContent['kpis'][number]['layer'] | null
}

/** Everything a month's results may hold for this plan: its KPI board, then the team's posts. */
export function recordableKpis(content: Pick<PlanContent, 'kpis'>): RecordableKpi[] {
  return [
    ...content.kpis.map((k) => ({ id: k.id, metric: k.metric, unit: k.unit, layer: k.layer })),
    { ...TEAM_POSTS, layer: null },
  ]
}

/** Posts a calendar month holds when the 4-week calendar repeats: 52 weeks over 12 months. */
export function plannedPostsPerMonth(content: Pick<PlanContent, 'content'>): number {
  return Math.round((content.content.calendar.length * 13) / 12)
}
