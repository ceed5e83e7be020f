import { create } from 'zustand'
import { parseAnswers } from '@/core/wizard/answers'
import { QUESTIONS, SECTIONS, type SectionId } from '@/core/wizard/questions'
import type { FieldError } from '@/core/errors'
import type { DraftAnswers, DraftValue } from '@/core/api'
import { call } from '@/api'
import { createDraftSync, readLocalDraft, removeLocalDraft, type SyncState } from './draft-sync'

/** The wizard shows one step per seed section that has questions, in the seed's order. */
export const STEPS: readonly { id: SectionId; seed: string; title: string; questionIds: string[] }[] = SECTIONS.map(
  (s) => ({
    id: s.id,
    seed: s.seed,
    title: s.title,
    questionIds: QUESTIONS.filter((q) => q.section === s.id).map((q) => q.id),
  }),
).filter((s) => s.questionIds.length > 0)

/** `idle`: nothing typed yet in this session, so there is nothing to report. */
export type { SyncState }

interface WizardState {
  /** 'new' for a new plan, else the id of the plan whose answers are being edited. */
  key: string
  planId?: string
  /** What an edit started from: the plan's revision, and the version whose answers it began with. */
  baseRev?: number
  fromVersion?: number
  answers: DraftAnswers
  step: number
  errors: Record<string, string>
  draftVersion?: number
  sync: SyncState
  submitting: boolean
  submitError?: string
  /** Set when the plan changed elsewhere since this edit began: the owner decides, we never overwrite. */
  editConflict?: { currentRev: number; currentVersion?: number }
  start: (opts?: { planId?: string; baseRev?: number; fromVersion?: number; answers?: DraftAnswers }) => Promise<void>
  setAnswer: (id: string, value: DraftValue | undefined) => void
  next: () => boolean
  back: () => void
  /** Shows a step again (the phone's back button returned to the page that showed it). */
  goTo: (step: number) => void
  submit: () => Promise<string | null>
  /** After an edit conflict: regenerate from these answers on top of the latest revision. */
  overwrite: () => Promise<string | null>
  discard: () => Promise<void>
}

export function errorsFor(answers: DraftAnswers, ids: readonly string[]): Record<string, string> {
  const parsed = parseAnswers(answers)
  if (parsed.ok) return {}
  return toErrorMap(parsed.errors.filter((e) => ids.includes(e.path.split('.')[0])))
}

function toErrorMap(errors: FieldError[]): Record<string, string> {
  const map: Record<string, string> = {}
  for (const e of errors) {
    const id = e.path.split('.')[0] || '_'
    if (!(id in map)) map[id] = e.message
  }
  return map
}

export const useWizard = create<WizardState>((set, get) => {
  const sync = createDraftSync({
    current: () => get(),
    merged: (answers, draftVersion) => set({ answers, draftVersion }),
    report: (state, version) => set(version === undefined ? { sync: state } : { sync: state, draftVersion: version }),
  })

  return {
    key: 'new',
    answers: {},
    step: 0,
    errors: {},
    sync: 'idle',
    submitting: false,

    async start(opts = {}) {
      const key = opts.planId ?? 'new'
      sync.reset()
      const local = readLocalDraft(key)
      set({
        key,
        planId: opts.planId,
        // A resumed edit keeps what it started from, not what the plan has now.
        ...basisOf(local, opts),
        answers: local?.answers ?? opts.answers ?? {},
        step: clampStep(local?.step ?? 0),
        draftVersion: local?.version,
        errors: {},
        submitError: undefined,
        editConflict: undefined,
        sync: local ? 'local' : 'idle',
      })
      // The cloud draft wins when it is newer: the owner may have switched phones.
      const remote = await call('draft', 'get', { planId: opts.planId })
      if (remote.ok && remote.data && (!local || remote.data.updatedAt > local.updatedAt)) {
        set({
          answers: remote.data.answers,
          step: clampStep(remote.data.step),
          draftVersion: remote.data.version,
          // Begun on another phone: checked against what it began from there.
          ...basisOf(remote.data, get()),
          sync: 'saved',
        })
        sync.persist()
      } else if (local && (!remote.ok || !remote.data || remote.data.updatedAt < local.updatedAt)) {
        // Typed offline last time: push it up now.
        sync.reset(Object.keys(local.answers))
        sync.schedule()
      }
    },

    setAnswer(id, value) {
      const answers = { ...get().answers }
      if (value === undefined) delete answers[id]
      else answers[id] = value
      const errors = { ...get().errors }
      // Re-check a field already flagged so its message disappears as soon as it is fixed.
      if (id in errors) {
        const e = errorsFor(answers, [id])
        if (e[id]) errors[id] = e[id]
        else delete errors[id]
      }
      set({ answers, errors, sync: 'local' })
      sync.changed(id)
    },

    next() {
      const { step, answers } = get()
      const errors = errorsFor(answers, STEPS[step].questionIds)
      set({ errors })
      if (Object.keys(errors).length > 0) return false
      if (step < STEPS.length - 1) {
        set({ step: step + 1 })
        sync.changed()
      }
      return true
    },

    back() {
      const { step } = get()
      if (step > 0) {
        set({ step: step - 1, errors: {} })
        sync.persist()
      }
    },

    goTo(step) {
      const to = clampStep(step)
      if (to === get().step) return
      set({ step: to, errors: {} })
      sync.persist()
    },

    async submit() {
      const { answers, planId, baseRev, fromVersion } = get()
      const parsed = parseAnswers(answers)
      if (!parsed.ok) {
        const errors = toErrorMap(parsed.errors)
        set({ errors, step: firstStepWithError(errors, get().step) })
        return null
      }
      set({ submitting: true, submitError: undefined })
      const res = planId
        ? await call('plan', 'update', { planId, answers: parsed.value, baseRev: baseRev ?? 0, fromVersion })
        : await call('plan', 'create', { answers: parsed.value })
      if (!res.ok && res.error.code === 'CONFLICT' && planId) {
        set({
          submitting: false,
          submitError: undefined,
          // currentRev bases the overwrite; currentVersion is the 第 N 版 the owner can be told.
          editConflict: {
            currentRev: res.error.currentRev ?? baseRev ?? 0,
            ...(res.error.currentVersion === undefined ? {} : { currentVersion: res.error.currentVersion }),
          },
        })
        return null
      }
      if (!res.ok) {
        const fieldErrors = (res.error.fields ?? []).map((f) => ({ ...f, path: f.path.replace(/^answers\./, '') }))
        const errors = toErrorMap(fieldErrors)
        set({ submitting: false, submitError: res.error.message, errors, step: firstStepWithError(errors, get().step) })
        return null
      }
      sync.cancel()
      removeLocalDraft(get().key)
      void sync.settled().then(() => call('draft', 'discard', { planId }))
      set({ submitting: false, answers: {}, step: 0, draftVersion: undefined, sync: 'idle' })
      return res.data.id
    },

    async overwrite() {
      const conflict = get().editConflict
      if (!conflict) return null
      // On top of what the plan holds now: its revision and, when the server named it, its version.
      set({ baseRev: conflict.currentRev, fromVersion: conflict.currentVersion, editConflict: undefined })
      return get().submit()
    },

    async discard() {
      sync.cancel()
      const { key, planId } = get()
      removeLocalDraft(key)
      set({ answers: {}, step: 0, errors: {}, draftVersion: undefined, sync: 'idle' })
      await sync.settled()
      await call('draft', 'discard', { planId })
    },
  }
})

/** A plan's parsed answers as wizard values (the wizard edits drafts, not typed answers). */
export function toDraftAnswers(answers: object): DraftAnswers {
  const draft: DraftAnswers = {}
  for (const [id, value] of Object.entries(answers)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
      draft[id] = value
    } else if (Array.isArray(value)) {
      draft[id] = value.map(String)
    }
  }
  return draft
}

/**
 * What an edit started from, taken whole from one source: the draft's pair when it has one (a draft
 * from before `fromVersion` keeps only its revision, so it is still checked against that), else
 * the fallback's (the plan as it was opened).
 */
function basisOf(
  draft: { baseRev?: number | null; fromVersion?: number | null } | null | undefined,
  fallback: { baseRev?: number; fromVersion?: number },
): { baseRev?: number; fromVersion?: number } {
  if (draft?.baseRev !== undefined && draft.baseRev !== null) {
    return { baseRev: draft.baseRev, fromVersion: draft.fromVersion ?? undefined }
  }
  return { baseRev: fallback.baseRev, fromVersion: fallback.fromVersion }
}

/** The owner is taken to the first step that holds a flagged field, so the message is seen. */
function firstStepWithError(errors: Record<string, string>, fallback: number): number {
  const i = STEPS.findIndex((s) => s.questionIds.some((id) => id in errors))
  return i >= 0 ? i : fallback
}

function clampStep(step: number): number {
  return Math.min(Math.max(0, Math.floor(step) || 0), STEPS.length - 1)
}
