import type { PlanContent } from '@/core/plan/schema'
import type { PosterContent } from './draw'

/**
 * What the poster says about a plan: the business, its positioning statement and the plan's own
 * 先做这三件事, so the image and the plan page name the same first moves. Content computed by an
 * older rule base has no first moves: then the three highest-ranked WeChat tools stand in, each
 * with the reasons that are its own (a reason all three share would read three times on one
 * image, so it is left to the plan page).
 */
export function posterContentOf(name: string, plan: PlanContent, caption: string): PosterContent {
  const moves = plan.firstMoves ?? []
  const firstMoves = moves.length ? moves.slice(0, 3).map((m) => `${m.title}：${m.reason}`) : toolMoves(plan)
  return { businessName: name, positioning: plan.positioning.statement, firstMoves, caption }
}

function toolMoves(plan: PlanContent): string[] {
  const top = [...plan.tools].sort((a, b) => a.rank - b.rank).slice(0, 3)
  const shared = (reason: string) => top.filter((t) => t.reasons.includes(reason)).length > 1
  return top.map((t) => {
    const own = t.reasons.filter((r) => !shared(r))
    return own.length ? `${t.label}：${own.join('；')}` : t.label
  })
}

/** Under the 小程序码 (weapp) and under the QR code of the share link (H5). */
export const CAPTIONS = {
  weapp: '长按识别小程序码，查看完整定位方案',
  h5: '扫码打开分享链接，查看完整定位方案',
} as const
