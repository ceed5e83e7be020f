import type { ApiError, ApiResult } from '@/core/errors'
import { nextRead, type Stamped } from './fresh-reads'

/**
 * The one way stores keep what they read from the server. A failed read keeps the plain message
 * to show and tells offline apart from a refusal: offline there is nothing to retry on the server.
 */
export interface Failed {
  status: 'error'
  error: string
  offline: boolean
}

export function failed(error: Pick<ApiError, 'code' | 'message'>): Failed {
  return { status: 'error', error: error.message, offline: error.code === 'NETWORK' }
}

/** One read as a store keeps it: loading, ready with what it brought (`R`), or failed. */
export type Loaded<R> = Stamped & ({ status: 'loading' } | ({ status: 'ready' } & R) | Failed)

/** Where a read keeps its entry: one key of a record in a store's state. */
export interface Slot<E> {
  current(): E | undefined
  put(entry: E): void
}

/** The slot `state[field][key]` of a zustand store, from the `set` and `get` it was created with. */
export function slotOf<S, F extends keyof S, E = S[F] extends Record<string, infer V> ? V : never>(
  set: (update: (state: S) => Partial<S>) => void,
  get: () => S,
  field: F,
  key: string,
): Slot<E> {
  const entries = (state: S) => state[field] as Record<string, E>
  return {
    current: () => entries(get())[key],
    put: (entry) => set((state) => ({ [field]: { ...entries(state), [key]: entry } }) as Partial<S>),
  }
}

/**
 * Reads into a slot: marks it loading under a new read number (fresh-reads), asks, and keeps the
 * answer only if no later read of the same slot started meanwhile (that one has the newer word).
 */
export async function readInto<D, R>(
  slot: Slot<Loaded<R>>,
  ask: () => Promise<ApiResult<D>>,
  ready: (data: D) => R,
): Promise<void> {
  const read = nextRead()
  slot.put({ read, status: 'loading' })
  const res = await ask()
  if (slot.current()?.read !== read) return
  slot.put(res.ok ? ({ read, status: 'ready', ...ready(res.data) } as Loaded<R>) : { read, ...failed(res.error) })
}
