import type { Industry } from '../wizard/questions'
import { strengthLabel } from '../rules/vocab'
import { BASES, categoryLabel, severityLabel } from './categories'
import type { Basis, BasisId, BasisSource, Severity } from './categories'
import { quotedMention } from './mention'
import { normalize } from './normalize'
import type { Normalized } from './normalize'
import { missingNotices, HEALTH_FOOD } from './notices'
import { shareRewards, unsourcedData, type PatternHit } from './patterns'
import { PHRASE_RULES, SHIELDS, expand } from './phrases'
import type { CopyCheckResult, CopyCounts, CopyExempted, CopyFinding, CopyMark } from './schema'
import { exemptionLabel } from './types'
import type { DocFacts, ExemptionId, PhraseRule, Shield } from './types'

const PROMO = /优惠|折|特价|抢购|秒杀|领取|福利|限时|立减|满减/

/** One alternation per industry (shields first, then rules in list order): one pass over the text. */
interface Compiled {
  all: RegExp
  /** Group index → shield or rule. */
  entries: ({ shield: Shield } | { rule: PhraseRule })[]
  /** Rules only, sticky: does a rule start at this position (for reporting what a shield covered)? */
  rulesAt: RegExp
}

const compiled = new Map<string, Compiled>()

function compile(industry: Industry | null): Compiled {
  const key = industry ?? ''
  const cached = compiled.get(key)
  if (cached) return cached
  const shields = SHIELDS.filter((s) => !(industry && s.notIn?.includes(industry)))
  const entries: Compiled['entries'] = [
    ...shields.map((shield) => ({ shield })),
    ...PHRASE_RULES.map((rule) => ({ rule })),
  ]
  const source = entries.map((e) => `(${expand('shield' in e ? e.shield.pattern : e.rule.pattern)})`).join('|')
  const rulesOnly = PHRASE_RULES.map((r) => `(?:${expand(r.pattern)})`).join('|')
  const result = { all: new RegExp(source, 'gu'), entries, rulesAt: new RegExp(rulesOnly, 'yu') }
  compiled.set(key, result)
  return result
}

/** A phrase finding or a pattern's, on the normalised text: one shape for both. */
type Hit = PatternHit

interface Exempt {
  start: number
  end: number
  exempt: ExemptionId
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

function scanPhrases(n: Normalized, industry: Industry | null, doc: DocFacts, hits: Hit[], exempts: Exempt[]): void {
  const { all, entries, rulesAt } = compile(industry)
  all.lastIndex = 0
  for (const m of n.text.matchAll(all)) {
    const start = m.index ?? 0
    const end = start + m[0].length
    let group = 1
    while (group < m.length && m[group] === undefined) group++
    const entry = entries[group - 1]
    if ('shield' in entry) {
      // Report the shield only where a rule would otherwise have fired.
      for (let p = start; p < end; p++) {
        rulesAt.lastIndex = p
        if (rulesAt.test(n.text)) {
          exempts.push({ start, end, exempt: entry.shield.exempt })
          break
        }
      }
      continue
    }
    const rule = entry.rule
    const verdict = rule.gate?.({ text: n.text, start, end, industry, doc }) ?? null
    if (verdict && 'exempt' in verdict) {
      exempts.push({ start, end, exempt: verdict.exempt })
      continue
    }
    const matched = m[0]
    hits.push({
      ruleId: rule.id,
      category: verdict?.category ?? rule.category,
      basis: verdict?.basis ?? rule.basis,
      severity: verdict?.severity ?? rule.severity,
      start,
      end,
      why: verdict?.why ?? rule.why,
      replacement: typeof rule.replace === 'function' ? rule.replace(matched) : rule.replace,
      advice: rule.advice,
    })
  }
}

/** Findings inside 《书名》 or right before ® are names, not claims. */
function inName(n: Normalized, h: { start: number; end: number }): boolean {
  const open = n.text.lastIndexOf('《', h.start)
  if (open >= 0) {
    const close = n.text.indexOf('》', open)
    if (close >= h.end && n.text.lastIndexOf('》', h.start - 1) < open) return true
  }
  return n.text[h.end] === '®'
}

function markRanges(n: Normalized, marks: readonly CopyMark[]): { start: number; end: number; exempt: ExemptionId }[] {
  const ranges: { start: number; end: number; exempt: ExemptionId }[] = []
  for (const mark of marks) {
    const needle = normalize(mark.phrase).text
    if (!needle) continue
    for (let i = n.text.indexOf(needle); i >= 0; i = n.text.indexOf(needle, i + 1)) {
      ranges.push({ start: i, end: i + needle.length, exempt: mark.kind === 'certified' ? 'certified' : 'productName' })
    }
  }
  return ranges
}

/** Same category and overlapping: one finding, the wider one (a reward near 转发 contains 转发集赞). */
function merge(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  const kept: Hit[] = []
  for (const h of sorted) {
    if (h.category === 'unsourcedData' && hits.some((o) => o.category !== 'unsourcedData' && overlaps(o, h))) continue
    const same = kept.findIndex((k) => k.category === h.category && overlaps(k, h))
    if (same < 0) kept.push(h)
    else if (h.end - h.start > kept[same].end - kept[same].start) kept[same] = h
  }
  return kept
}

function slice(text: string[], start: number, end: number): string {
  return text.slice(start, end).join('')
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 }

export function countBySeverity(findings: readonly { severity: Severity }[]): CopyCounts {
  const counts: CopyCounts = { high: 0, medium: 0, low: 0, total: findings.length }
  for (const f of findings) counts[f.severity]++
  return counts
}

/**
 * What the owner reads a finding rests on: the basis's own sources, then those of every basis the
 * explanation names (`cites`), each once, each with its own strength. The rule-base record is the
 * basis's own.
 */
export function basisView(id: BasisId, cites: readonly BasisId[] = []): CopyFinding['basis'] {
  const sources: BasisSource[] = []
  for (const b of [BASES[id], ...cites.map((c): Basis => BASES[c])])
    for (const s of [b, ...(b.more ?? [])])
      if (!sources.some((x) => x.ref === s.ref && x.strength === s.strength))
        sources.push({ ref: s.ref, strength: s.strength })
  const [main, ...more] = sources.map((s) => ({ ...s, strengthLabel: strengthLabel(s.strength) }))
  const view: CopyFinding['basis'] = { ...main, legalRuleId: BASES[id].legalRuleId }
  if (more.length > 0) view.more = more
  return view
}

export interface CheckOptions {
  industry?: Industry | null
  marks?: readonly CopyMark[]
}

/**
 * Checks one post: findings with exact spans (code points of `text`), the rule, its strength,
 * why, and a safer wording; plus notices the text is missing. Pure and deterministic.
 */
export function checkCopy(text: string, options: CheckOptions = {}): CopyCheckResult {
  const industry = options.industry ?? null
  const n = normalize(text)
  const doc: DocFacts = { healthFood: HEALTH_FOOD.test(n.text), promo: PROMO.test(n.text) }
  const hits: Hit[] = []
  const exempts: Exempt[] = []

  scanPhrases(n, industry, doc, hits, exempts)
  hits.push(...shareRewards(n.text))
  const data = unsourcedData(n.text)
  hits.push(...data.hits)
  exempts.push(...data.exemptions)

  const chars = [...text]
  const toSpan = (s: number, e: number) => ({ start: n.origin[s], end: n.origin[e - 1] + 1 })

  const marks = markRanges(n, options.marks ?? [])
  const kept: Hit[] = []
  for (const h of merge(hits)) {
    const mark = marks.find((r) => overlaps(r, h))
    if (mark) exempts.push({ start: h.start, end: h.end, exempt: mark.exempt })
    else if (inName(n, h)) exempts.push({ start: h.start, end: h.end, exempt: 'productName' })
    else if (quotedMention(chars, toSpan(h.start, h.end)))
      exempts.push({ start: h.start, end: h.end, exempt: 'mention' })
    else kept.push(h)
  }
  const findings: CopyFinding[] = kept.map((h) => {
    const span = toSpan(h.start, h.end)
    return {
      id: `${h.ruleId}@${span.start}`,
      ruleId: h.ruleId,
      category: h.category,
      categoryLabel: categoryLabel(h.category),
      severity: h.severity,
      severityLabel: severityLabel(h.severity),
      span,
      excerpt: slice(chars, span.start, span.end),
      basis: basisView(h.basis, h.why.cites),
      why: h.why.text,
      suggestion: { replacement: h.replacement, advice: h.advice },
    }
  })
  findings.sort(
    (a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  )

  for (const notice of missingNotices(n.text, industry)) {
    findings.push({
      id: notice.ruleId,
      ruleId: notice.ruleId,
      category: 'missingNotice',
      categoryLabel: categoryLabel('missingNotice'),
      severity: 'high',
      severityLabel: severityLabel('high'),
      span: null,
      excerpt: '',
      basis: basisView(notice.basis, notice.why.cites),
      why: notice.why.text,
      suggestion: { replacement: null, append: notice.append, advice: notice.advice },
    })
  }

  const seen = new Set<string>()
  const exempted: CopyExempted[] = []
  for (const e of exempts) {
    const span = toSpan(e.start, e.end)
    const key = `${span.start}:${span.end}:${e.exempt}`
    if (seen.has(key)) continue
    seen.add(key)
    exempted.push({
      span,
      excerpt: slice(chars, span.start, span.end),
      exemption: e.exempt,
      label: exemptionLabel(e.exempt),
    })
  }
  exempted.sort((a, b) => a.span.start - b.span.start)

  return { findings, counts: countBySeverity(findings), exempted, industry, length: n.length }
}
