import type { BasisId, CopyCategory, Severity } from './categories'
import { sentence } from './context'
import { NUM } from './phrases'
import type { ExemptionId } from './types'
import { why, type Why } from './why'

/**
 * Patterns that need more than a phrase: a reward near a share request, and a figure with no
 * source. Each returns normalised ranges; check.ts maps them back and merges them with the
 * phrase findings, which it writes in the same shape.
 */
export interface PatternHit {
  ruleId: string
  category: CopyCategory
  basis: BasisId
  severity: Severity
  start: number
  end: number
  why: Why
  /** null: no wording can be proposed without the owner's facts. */
  replacement: string | null
  advice: string
}

export interface PatternExemption {
  start: number
  end: number
  exempt: ExemptionId
}

// ── a reward near 分享 / 转发 / 邀请 ───────────────────────────────────────────────────────
// A share request aimed at someone (分享给, 转发到朋友圈, 邀请好友) or tied to a condition (分享即…).
const SHARE =
  /(?:分享|转发)(?:给|到|至|朋友圈|好友|群|微信群|(?:此|本|这)(?:篇|条|个)?(?:链接|文章?|条|页面?|活动|海报|推文|视频))|(?:关注|点赞)(?:并|\+|和)?(?:转发|分享)|转发(?:抽奖|(?:并|\+)?(?:关注|点赞|评论))|(?:分享|转发)(?:即|就|后|可)|邀请(?:{n}位?)?(?:好友|朋友|家人|同事|新人|新用户|新朋友|{n}人)|拉(?:{n}个?)?(?:好友|新人|人)(?:进群)?|推荐(?:给)?(?:好友|朋友)(?:下单|注册|购买)?/g
const REWARD =
  /红包|现金|奖励|奖品|礼品|礼物|赠品|好礼|小礼|积分|[优代折满]?[惠金扣减]?券|话费|流量|抽奖|中奖|返现|免单|福利|立减|打折|[0-9一二三四五六七八九]折|免费|解锁|答案|复活|机会|资格|名额|领取|领|赠|送(?!达|货|餐|到家|上门|费)|获得|可得|得到|赢/

const SHARE_RE = new RegExp(SHARE.source.replace(/\{n\}/g, NUM), 'g')
const REWARD_BEFORE = 12
const REWARD_AFTER = 22

function withinSentence(text: string, from: number, to: number): [number, number] {
  let a = from
  while (a > 0 && from - a < REWARD_BEFORE && !/[。!?;]/.test(text[a - 1])) a--
  let b = to
  while (b < text.length && b - to < REWARD_AFTER && !/[。!?;]/.test(text[b])) b++
  return [a, b]
}

const SHARE_REWARD_WHY = why`把分享、转发或邀请好友和奖励挂钩（红包、积分、优惠券、抽奖机会等），是${'externalLinks'}和${'share51'}禁止的诱导分享；即使是积分，奖励转发也不行。`

export function shareRewards(text: string): PatternHit[] {
  const hits: PatternHit[] = []
  for (const m of text.matchAll(SHARE_RE)) {
    const s = m.index ?? 0
    const e = s + m[0].length
    const [a, b] = withinSentence(text, s, e)
    const afterPart = text.slice(e, b)
    const beforePart = text.slice(a, s)
    const later = REWARD.exec(afterPart)
    let start = s
    let end = e
    if (later) {
      end = e + later.index + later[0].length
      // 领 + 红包: take the reward's object too, so the highlight reads as a phrase.
      const object = REWARD.exec(text.slice(end, Math.min(b, end + 6)))
      if (object) end += object.index + object[0].length
    } else {
      // Nearest reward before the request: search from the right.
      let found: RegExpExecArray | null = null
      for (let k = beforePart.length - 1; k >= 0 && !found; k--) {
        const r = REWARD.exec(beforePart.slice(k))
        if (r && r.index === 0) found = r
        if (found) start = a + k
      }
      if (!found) continue
    }
    hits.push({
      ruleId: 'share.reward',
      category: 'inducedSharing',
      basis: 'externalLinks',
      severity: 'high',
      start,
      end,
      why: SHARE_REWARD_WHY,
      replacement: '欢迎转给需要的朋友',
      advice: '奖励只给消费、到店、签到等用户本人的行为；分享只做邀请，不附带奖励。',
    })
  }
  return hits
}

// ── a figure with no source ─────────────────────────────────────────────────────────────────
const PERCENT = new RegExp(`${NUM}%|百分之${NUM}`, 'g')
const MULTIPLE = new RegExp(
  `(?:[0-9]+(?:\\.[0-9]+)?|[两二三四五六七八九十百千万]+)倍|翻(?:了)?(?:[0-9]+|[一二三四五六七八九十两])番`,
  'g',
)
const RANKING = new RegExp(
  `(?:排名|排行|位列|位居|名列|榜单)(?:第|前)(?:[2-9]|[0-9]{2,}|[二三四五六七八九十]+)|前(?:[2-9]|[0-9]{2,}|三|五|十|二十|一百)(?:名|强)|top(?:[2-9]|[0-9]{2,})(?![0-9])`,
  'g',
)
const CROWD = new RegExp(
  `[0-9]+(?:\\.[0-9]+)?(?:万|亿|千|百万)?\\+?多?(?:位|个|名|家)?(?:用户|客户|顾客|家庭|宝妈|会员|人|企业|商家)(?:的)?(?:选择|信赖|信任|好评|回购|购买|推荐|认可|见证|都在用)`,
  'g',
)
const SOURCE =
  /据|根据|来源|来自|出自|报告|调查|统计|检测|第三方|研究|数据显示|统计局|白皮书|[((][^))]{0,30}(?:报告|统计|调查|检测|数据)[^))]{0,10}[))]/
const PRICE_OR_SPEC_BEFORE =
  /折扣|优惠|立减|减|返|让利|降价|省|打|低至|定金|首付|利率|税|含|含量|度|浓度|酒精|可可|果汁|全麦|纯度|进度|电量|湿度|占比|仅需|只需|付/
const PRICE_OR_SPEC_AFTER =
  /^(?:棉|羊毛|羊绒|真丝|蚕丝|涤纶|白?[鸭鹅]绒|折|off|返|优惠|纯|的折扣|可可|果汁|全麦|积分|积点|红包|定金|速)/
// 前50名下单: a promotion's condition, not a ranking.
const RANKING_CONDITION = /^(?:的)?(?:下单|付款|购买|到店|报名|预约|顾客|用户|注册|拍下|来|进店|客人)/

const UNSOURCED_WHY = why`广告里的数据、统计、排名必须真实并注明出处（${'adLaw11'}）；没有出处的百分比、倍数和排名可能被认定为无法核实。`

export function unsourcedData(text: string): { hits: PatternHit[]; exemptions: PatternExemption[] } {
  const hits: PatternHit[] = []
  const exemptions: PatternExemption[] = []
  const scan = (re: RegExp, kind: 'figure' | 'ranking' | 'crowd') => {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0
      const end = start + m[0].length
      if (kind === 'figure') {
        const pre = text.slice(Math.max(0, start - 6), start)
        const post = text.slice(end, end + 4)
        if (PRICE_OR_SPEC_BEFORE.test(pre) || PRICE_OR_SPEC_AFTER.test(post)) {
          exemptions.push({ start, end, exempt: 'priceOrSpec' })
          continue
        }
      }
      if (kind === 'ranking' && RANKING_CONDITION.test(text.slice(end, end + 3))) {
        exemptions.push({ start, end, exempt: 'priceOrSpec' })
        continue
      }
      if (SOURCE.test(sentence(text, start, end))) {
        exemptions.push({ start, end, exempt: 'sourced' })
        continue
      }
      hits.push({
        ruleId: `data.${kind}`,
        category: 'unsourcedData',
        basis: 'adLaw11',
        severity: 'medium',
        start,
        end,
        why: UNSOURCED_WHY,
        replacement: null,
        advice: '在同一句里注明出处，例如“（据2025年本店会员回访统计）”；拿不出出处就删去数字。',
      })
    }
  }
  scan(PERCENT, 'figure')
  scan(MULTIPLE, 'figure')
  scan(RANKING, 'ranking')
  scan(CROWD, 'crowd')
  return { hits, exemptions }
}
