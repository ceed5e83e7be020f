import { create } from 'zustand'
import * as v from 'valibot'
import type { CopyCheckResponse, PlanSummary } from '@/core/api'
import { applySuggestion, checkCopy, copyCheckInputSchema } from '@/core/copy-check'
import type { CopyFinding, CopyMark } from '@/core/copy-check'
import type { Industry } from '@/core/wizard/questions'
import { call } from '@/api'
import { useSavedChecks } from './copy-checks'

type Status = 'idle' | 'checking' | 'ready' | 'error'

/** Where the checker was opened from: the owner's plan (saving goes there) or a colleague's share link. */
export interface CopyOrigin {
  planId: string | null
  token: string | null
}

type SaveState =
  | { status: 'idle' }
  | { status: 'choosing'; plans: Pick<PlanSummary, 'id' | 'name'>[] | null; error?: string }
  | { status: 'saving' }
  | { status: 'saved'; planId: string; planName: string; saved: number; max: number }
  | { status: 'error'; message: string }

interface CopyState {
  text: string
  industry: Industry | null
  status: Status
  result: CopyCheckResponse | null
  /** The text the result belongs to; spans are only valid for it. */
  checkedText: string
  /** A message next to the text field (empty, too long). */
  fieldError: string | null
  /** A failure of the check itself. */
  error: string | null
  selectedId: string | null
  /** Phrases the owner declared certified titles or product names; they are not flagged. */
  marks: CopyMark[]
  origin: CopyOrigin
  /** Saving the current check under a plan (nothing is stored unless the owner does). */
  saving: SaveState
  setText: (text: string) => void
  setIndustry: (industry: Industry | null) => void
  select: (id: string | null) => void
  check: () => Promise<void>
  /** Applies the finding's suggestion and checks again; false when it no longer applies. */
  apply: (finding: CopyFinding) => Promise<boolean>
  reset: (text?: string, industry?: Industry | null, origin?: CopyOrigin) => void
  /** Opens a check saved under the origin's plan and checks it again. */
  openSaved: (id: string) => Promise<void>
  /** Saves the current, checked text under the origin's plan, or under `planId` the owner chose. */
  save: (planId?: string) => Promise<void>
  /** Opened from home: lists the owner's plans to choose where to save. */
  choosePlan: () => Promise<void>
  cancelSave: () => void
  /** Marks the finding's words as a certified title or a product name, and checks again. */
  mark: (finding: CopyFinding, kind: CopyMark['kind']) => Promise<void>
  unmark: (phrase: string) => Promise<void>
}

const OFFLINE_MESSAGE = '网络不可用，这次没能请微信做内容安全检查，以下是在本机按广告法和平台规则检查的结果。'

/** A checker just opened: nothing checked or being saved. The owner's marks stay across opens. */
function opened(
  text = '',
  industry: Industry | null = null,
  origin: CopyOrigin = { planId: null, token: null },
): Pick<
  CopyState,
  | 'text'
  | 'industry'
  | 'origin'
  | 'saving'
  | 'status'
  | 'result'
  | 'checkedText'
  | 'fieldError'
  | 'error'
  | 'selectedId'
> {
  return {
    text,
    industry,
    origin,
    saving: { status: 'idle' },
    status: 'idle',
    result: null,
    checkedText: '',
    fieldError: null,
    error: null,
    selectedId: null,
  }
}

export const useCopyCheck = create<CopyState>((set, get) => ({
  ...opened(),
  marks: [],
  setText(text) {
    set({ text, fieldError: null })
  },
  setIndustry(industry) {
    set({ industry })
  },
  select(id) {
    set({ selectedId: id })
  },
  reset(text, industry, origin) {
    set(opened(text, industry, origin))
  },
  async check() {
    const { text, industry, marks } = get()
    // The same schema the server uses: the owner hears about an empty or long text at once.
    const parsed = v.safeParse(copyCheckInputSchema, { text, industry, marks })
    if (!parsed.success) {
      set({ fieldError: parsed.issues[0].message })
      return
    }
    set({ status: 'checking', error: null, fieldError: null })
    const res = await call('copy', 'check', marks.length ? { text, industry, marks } : { text, industry })
    if (res.ok) {
      // A new result is a new check: it can be saved again.
      set({ status: 'ready', result: res.data, checkedText: text, selectedId: null, saving: { status: 'idle' } })
      return
    }
    if (res.error.code === 'NETWORK') {
      // The rules are the same code on the phone: check here and say WeChat was not asked.
      const local = checkCopy(text, { industry, marks })
      set({
        status: 'ready',
        result: { ...local, platform: { status: 'unavailable', message: OFFLINE_MESSAGE } },
        checkedText: text,
        selectedId: null,
        saving: { status: 'idle' },
      })
      return
    }
    const field = res.error.fields?.find((f) => f.path === 'text')
    if (field) set({ status: 'idle', fieldError: field.message })
    else set({ status: 'error', error: res.error.message })
  },
  async mark(finding, kind) {
    const phrase = finding.excerpt.trim()
    if (!phrase || get().marks.some((m) => m.phrase === phrase)) return
    set({ marks: [...get().marks, { phrase, kind }] })
    await get().check()
  },
  async unmark(phrase) {
    set({ marks: get().marks.filter((m) => m.phrase !== phrase) })
    await get().check()
  },
  async openSaved(id) {
    const { planId, token } = get().origin
    const source = planId ? { planId } : token ? { token } : null
    if (!source) return
    set({ status: 'checking', error: null })
    const res = await call('copy', 'list', source)
    const found = res.ok ? res.data.items.find((c) => c.id === id) : undefined
    if (!found) {
      const message = !res.ok
        ? res.error.code === 'NETWORK'
          ? '网络不可用，没能读取保存的检查，请联网后重试'
          : res.error.message
        : '这条检查已经删除了'
      set({ status: 'error', error: message })
      return
    }
    set({ text: found.text, industry: found.industry ?? get().industry, marks: found.marks, status: 'idle' })
    await get().check()
  },
  async choosePlan() {
    set({ saving: { status: 'choosing', plans: null } })
    const res = await call('plan', 'list', {})
    if (get().saving.status !== 'choosing') return
    if (res.ok) set({ saving: { status: 'choosing', plans: res.data.items.map((p) => ({ id: p.id, name: p.name })) } })
    else
      set({
        saving: {
          status: 'choosing',
          plans: [],
          error: res.error.code === 'NETWORK' ? '网络不可用，请联网后再保存' : res.error.message,
        },
      })
  },
  cancelSave() {
    set({ saving: { status: 'idle' } })
  },
  async save(chosen) {
    const { checkedText, text, industry, marks, origin, result } = get()
    const planId = chosen ?? origin.planId
    if (!planId || !result || text !== checkedText) return
    set({ saving: { status: 'saving' } })
    const res = await call(
      'copy',
      'save',
      marks.length ? { planId, text, industry, marks } : { planId, text, industry },
    )
    if (res.ok) {
      useSavedChecks.getState().added(planId, res.data.check, res.data.max)
      set({
        saving: { status: 'saved', planId, planName: res.data.planName, saved: res.data.saved, max: res.data.max },
      })
      return
    }
    const message = res.error.code === 'NETWORK' ? '网络不可用，没有保存，请联网后再试' : res.error.message
    set({ saving: { status: 'error', message } })
  },
  async apply(finding) {
    const next = applySuggestion(get().checkedText, finding)
    if (next === null) return false
    set({ text: next })
    await get().check()
    return true
  },
}))
