import { fail, ok } from '@/core'
import { LIMITS, parseWith } from '@/core/api'
import type { CopyCheckList, CopyCheckResponse, CopyPlatformVerdict, CopySaved, SavedCopyCheck } from '@/core/api'
import { basisView, checkCopy, countBySeverity } from '@/core/copy-check'
import type { CopyFinding } from '@/core/copy-check'
import { copyCheckInput, copyDeleteInput, copyListInput, copySaveInput } from '@/core/api/copy'
import type { MsgSecCheckVerdict, WeChatPlatform } from '../platform/port'
import type { CopyCheckRecord } from '../store/copy-checks'
import type { Caller, Handler, HandlerContext } from './context'
import { guarded, invalid, randomId } from './context'
import { loadOwned } from './plan'
import { resolveToken } from './share'

/** 社交日志: a 朋友圈 post or a 社群 message is what the owner pastes here. */
const SEC_CHECK_SCENE = 4

const LABELS: Record<number, string> = {
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他',
}

const UNAVAILABLE: CopyPlatformVerdict = {
  status: 'unavailable',
  message: '这次没能请微信做内容安全检查，以下只是本工具按广告法和平台规则的检查结果。',
}

/** WeChat's verdict as one finding of its own: it catches what our rules do not (涉黄、涉政、垃圾广告). */
function platformFinding(text: string, verdict: MsgSecCheckVerdict): CopyFinding {
  const label = LABELS[verdict.label] ?? '其他'
  const keyword = verdict.detail.find((d) => d.keyword && text.includes(d.keyword))?.keyword
  const chars = [...text]
  let span: CopyFinding['span'] = null
  if (keyword) {
    const start = [...text.slice(0, text.indexOf(keyword))].length
    span = { start, end: start + [...keyword].length }
  }
  const risky = verdict.suggest === 'risky'
  return {
    id: `platform.msgSecCheck@${span?.start ?? 'doc'}`,
    ruleId: 'platform.msgSecCheck',
    category: 'platformCheck',
    categoryLabel: '微信内容安全',
    severity: risky ? 'high' : 'medium',
    severityLabel: risky ? '高风险' : '中风险',
    span,
    excerpt: span ? chars.slice(span.start, span.end).join('') : '',
    basis: basisView('wechatSec'),
    why: risky
      ? `微信内容安全检查认为这段文案含有${label}类违规内容，发布后可能被删除或限制。`
      : `微信内容安全检查认为这段文案可能涉及${label}类内容，建议人工再看一遍。`,
    suggestion: {
      replacement: span ? '' : null,
      advice: span ? `删去或改写「${keyword}」后重新检查。` : '微信没有指出具体的词，请通读全文修改后重新检查。',
    },
  }
}

async function askWeChat(
  platform: WeChatPlatform | undefined,
  caller: Caller,
  text: string,
): Promise<{ verdict: CopyPlatformVerdict; finding: CopyFinding | null; log?: string }> {
  if (!platform) return { verdict: UNAVAILABLE, finding: null }
  const answer = await platform.msgSecCheck({ openid: caller.openid, scene: SEC_CHECK_SCENE, content: text })
  if (!answer.ok) {
    if (answer.errcode === 61010)
      return {
        verdict: {
          status: 'unavailable',
          message: '微信内容安全检查要求最近两小时内打开过小程序，请重新进入小程序后再检查一次。',
        },
        finding: null,
      }
    return { verdict: UNAVAILABLE, finding: null, log: `msgSecCheck ${answer.errcode} ${answer.errmsg}` }
  }
  const v = answer.value
  if (v.suggest === 'pass') return { verdict: { status: 'pass', message: '微信内容安全检查已通过。' }, finding: null }
  return {
    verdict: {
      status: v.suggest,
      message:
        v.suggest === 'risky' ? '微信内容安全检查认为这段文案有违规风险。' : '微信内容安全检查建议人工复核这段文案。',
    },
    finding: platformFinding(text, v),
  }
}

/**
 * copy.check: validates, runs our checker (the authoritative rules), asks WeChat's content
 * security check through the platform port and merges its verdict. Nothing is stored.
 */
const check: Handler<CopyCheckResponse> = async (caller, input, ctx: HandlerContext) => {
  const parsed = parseWith(copyCheckInput, input)
  if (!parsed.ok) return invalid(parsed.errors)
  const { text, industry, marks } = parsed.value
  const result = checkCopy(text, { industry: industry ?? null, marks })
  const wechat = await askWeChat(ctx.platform, caller, text)
  if (wechat.log) ctx.log?.('[copy.check] content security unavailable', wechat.log)
  const findings = wechat.finding ? [wechat.finding, ...result.findings] : result.findings
  return ok({ ...result, findings, counts: countBySeverity(findings), platform: wechat.verdict })
}

/** 9 random bytes = 12 base64url characters: unguessable within a plan, short in a URL. */
const CHECK_ID_BYTES = 9

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const

/** The kinds of problem found, most severe first, each named once. */
function categoriesOf(findings: readonly CopyFinding[]): string[] {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  return [...new Set(sorted.map((f) => f.categoryLabel))]
}

function savedView(r: CopyCheckRecord): SavedCopyCheck {
  return {
    id: r.id,
    text: r.text,
    industry: r.industry,
    marks: r.marks,
    counts: r.counts,
    categories: r.categories,
    savedAt: r.savedAt,
  }
}

/**
 * copy.save: the owner keeps a check under one of their plans. The findings summary is computed
 * here by the same checker (never taken from the client), without WeChat's verdict: that one
 * depends on the moment and the caller, and the owner re-checks from the list anyway.
 */
const save: Handler<CopySaved> = async (caller, input, ctx) => {
  const req = parseWith(copySaveInput, input)
  if (!req.ok) return invalid(req.errors)
  const { planId, text, industry, marks } = req.value
  const plan = await loadOwned(ctx, caller, planId)
  if (!plan) return fail('NOT_FOUND', { message: '找不到这份方案，可能已被删除' })
  const max = LIMITS.copyChecksPerPlan
  const kept = await ctx.store.copyChecks.countByPlan(plan.id)
  if (kept >= max) {
    return fail('LIMIT_EXCEEDED', { message: `每份方案最多保存 ${max} 条文案检查，请先删除不需要的` })
  }
  const result = checkCopy(text, { industry: industry ?? null, marks })
  const record: CopyCheckRecord = {
    id: randomId(ctx, CHECK_ID_BYTES),
    planId: plan.id,
    ownerId: caller.openid,
    text,
    industry: industry ?? null,
    marks: marks ?? [],
    counts: result.counts,
    categories: categoriesOf(result.findings),
    savedAt: ctx.clock.now(),
  }
  if ((await ctx.store.copyChecks.insert(record)) !== 'ok') throw new Error('could not allocate a check id')
  return ok({ check: savedView(record), planName: plan.name, saved: kept + 1, max })
}

/** copy.list: the owner by plan id; a colleague through a live share link (read only). */
const list: Handler<CopyCheckList> = async (caller, input, ctx) => {
  const req = parseWith(copyListInput, input)
  if (!req.ok) return invalid(req.errors)
  let planId: string
  if (req.value.token !== undefined) {
    const resolved = await resolveToken(ctx, req.value.token)
    if (!resolved.ok) return resolved.result
    planId = resolved.plan.id
  } else {
    const plan = await loadOwned(ctx, caller, req.value.planId ?? '')
    if (!plan) return fail('NOT_FOUND')
    planId = plan.id
  }
  const items = await ctx.store.copyChecks.listByPlan(planId, LIMITS.copyChecksPerPlan)
  return ok({ items: items.map(savedView), max: LIMITS.copyChecksPerPlan })
}

/** copy.delete: the owner removes one saved check; a second delete says it is gone. */
const remove: Handler<{ deleted: boolean }> = async (caller, input, ctx) => {
  const req = parseWith(copyDeleteInput, input)
  if (!req.ok) return invalid(req.errors)
  const plan = await loadOwned(ctx, caller, req.value.planId)
  if (!plan) return fail('NOT_FOUND')
  const deleted = await ctx.store.copyChecks.remove(caller.openid, plan.id, req.value.id)
  if (!deleted) return fail('NOT_FOUND', { message: '这条检查已经删除了' })
  return ok({ deleted })
}

export const copyHandlers = guarded('copy', { check, save, list, delete: remove })
