/** Reading what a page showed between renders: one-render flashes, and answers held back. */
import { ok } from './fake-api'
import type { ApiEnvelope } from '@/core/errors'

/**
 * Every piece of text the page put on screen while it was open, including what it replaced a
 * moment later (a one-render flash leaves a trace here and nowhere else). A record is read when
 * delivered, after later renders: the text a node had then survives only in removed nodes and in
 * a text node's old value, so those are kept along with what was added.
 */
export function recordScreens(): { texts: string[]; stop: () => void } {
  const texts: string[] = []
  const keep = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'characterData' && r.oldValue) texts.push(r.oldValue)
      for (const node of [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)])
        if (node.textContent) texts.push(node.textContent)
    }
  }
  const observer = new MutationObserver(keep)
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, characterDataOldValue: true })
  return {
    texts,
    stop: () => {
      keep(observer.takeRecords())
      observer.disconnect()
    },
  }
}

/** Answers held until the test releases them, so the screen before the answer can be read. */
export function held<T>(data: T): { answer: () => Promise<ApiEnvelope<T>>; release: () => void } {
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  return { answer: () => gate.then(() => ok(data)), release }
}
