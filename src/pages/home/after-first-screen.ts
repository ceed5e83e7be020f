/**
 * Runs `fn` once the first screen is drawn and the phone has a moment: for what sits below the
 * fold, so the owner's own plans are not kept waiting for it (bench:first-screen). WeChat has no
 * idle callback; a short delay does the same there.
 */
export function afterFirstScreen(fn: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts: { timeout: number }) => number })
    .requestIdleCallback
  if (typeof idle === 'function') idle(fn, { timeout: 1000 })
  else setTimeout(fn, 200)
}
