import type { PlanContent } from '@/core/plan/schema'
import type { PosterContent } from './draw'

/**
 * What the poster says about a plan: the business, its positioning statement and three first
 * moves — the three highest-ranked WeChat tools, the plan's own order of what to set up first,
 * each with the reasons that are its own. A reason all three share (e.g. the recommended
 * combination for To C businesses) would read three times on one image, so it is left to the
 * plan page.
 */
export function posterContentOf(name: string, plan: PlanContent, caption: string): PosterContent {
  const top = [...plan.tools].sort((a, b) => a.rank - b.rank).slice(0, 3)
  const shared = (reason: string) => top.filter((t) => t.reasons.includes(reason)).length > 1
  const firstMoves = top.map((t) => {
    const own = t.reasons.filter((r) => !shared(r))
    return own.length ? `${t.label}：${own.join('；')}` : t.label
  })
  return { businessName: name, positioning: plan.positioning.statement, firstMoves, caption }
}

/** Under the 小程序码 (weapp) and under the QR code of the share link (H5). */
export const CAPTIONS = {
  weapp: '长按识别小程序码，查看完整定位方案',
  h5: '扫码打开分享链接，查看完整定位方案',
} as const
