import { create } from 'zustand'
import { call } from '@/api'
import { readLocalDraft, removeLocalDraft, type LocalDraft } from '@/stores/draft-sync'

/** An unfinished new-plan draft, as the home page offers it: its name and how far it got. */
export interface DraftOffer {
  name: string
  answered: number
}

interface DraftOfferState {
  offer: DraftOffer | null
  load: () => Promise<void>
  /** Deletes the draft on this phone and in the cloud. */
  discard: () => Promise<void>
}

function describe(d: Pick<LocalDraft, 'answers'>): DraftOffer | null {
  const answered = Object.keys(d.answers).length
  if (answered === 0) return null
  const raw = d.answers.name
  const name = typeof raw === 'string' && raw.trim() ? raw.trim() : '未命名'
  return { name, answered }
}

/** This phone's draft at once; the cloud's when it is newer (the owner may have switched phones). */
export const useDraftOffer = create<DraftOfferState>((set) => ({
  offer: null,
  async load() {
    const local = readLocalDraft('new')
    set({ offer: local ? describe(local) : null })
    const res = await call('draft', 'get', {})
    if (res.ok && res.data && (!local || res.data.updatedAt > local.updatedAt)) set({ offer: describe(res.data) })
  },
  async discard() {
    removeLocalDraft('new')
    set({ offer: null })
    await call('draft', 'discard', {})
  },
}))
