import { useRef } from 'react'

/**
 * Stores keep what they read after the page that asked has gone, so the next page that opens
 * would first render the last visit's data (a list without the version saved since, a stale
 * "（当前）") before its own read replaces it with 加载中…. So every read a store starts takes the
 * next number and its data keeps it; a page notes the count when it opens and shows only data
 * read since.
 */
let started = 0

/** Data as a store keeps it: stamped with the read that brought it. */
export interface Stamped {
  read: number
}

/** Numbers a read about to start. */
export function nextRead(): number {
  started += 1
  return started
}

/** The count of reads started before the calling component first rendered. */
export function useOpenedAt(): number {
  const at = useRef<number | null>(null)
  if (at.current === null) at.current = started
  return at.current
}

/** The entry if a read started after `openedAt` brought it, else undefined (not read yet). */
export function readSince<T extends Stamped>(entry: T | undefined, openedAt: number): T | undefined {
  return entry !== undefined && entry.read > openedAt ? entry : undefined
}
