import { create } from 'zustand'
import * as v from 'valibot'
import type { CopyCheckResponse } from '@/core/api'
import { applySuggestion, checkCopy, copyCheckInputSchema } from '@/core/copy-check'
import type { CopyFinding, CopyMark } from '@/core/copy-check'
import type { Industry } from '@/core/wizard/questions'
import { call } from '@/api'

type Status = 'idle' | 'checking' | 'ready' | 'error'

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
  setText: (text: string) => void
  setIndustry: (industry: Industry | null) => void
  select: (id: string | null) => void
  check: () => Promise<void>
  /** Applies the finding's suggestion and checks again; false when it no longer applies. */
  apply: (finding: CopyFinding) => Promise<boolean>
  reset: (text?: string, industry?: Industry | null) => void
  /** Marks the finding's words as a certified title or a product name, and checks again. */
  mark: (finding: CopyFinding, kind: CopyMark['kind']) => Promise<void>
  unmark: (phrase: string) => Promise<void>
}

const OFFLINE_MESSAGE = '网络不可用，这次没能请微信做内容安全检查，以下是在本机按广告法和平台规则检查的结果。'

export const useCopyCheck = create<CopyState>((set, get) => ({
  text: '',
  industry: null,
  status: 'idle',
  result: null,
  checkedText: '',
  fieldError: null,
  error: null,
  selectedId: null,
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
  reset(text = '', industry = null) {
    set({
      text,
      industry,
      status: 'idle',
      result: null,
      checkedText: '',
      fieldError: null,
      error: null,
      selectedId: null,
    })
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
      set({ status: 'ready', result: res.data, checkedText: text, selectedId: null })
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
  async apply(finding) {
    const next = applySuggestion(get().checkedText, finding)
    if (next === null) return false
    set({ text: next })
    await get().check()
    return true
  },
}))
