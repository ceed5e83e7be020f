import Taro from '@tarojs/taro'

/** The path Taro gives the page being rendered (in H5 also the id of its `.taro_page` element). */
export function currentPagePath(): string | undefined {
  try {
    return Taro.getCurrentInstance().page?.path
  } catch {
    return undefined
  }
}

/** How long an H5 page may stay hidden (a navigateBack still animating) before we give up. */
const WAIT_FOR_DISPLAY_MS = 3000

function h5PageElement(pagePath: string | undefined): HTMLElement | undefined {
  if (pagePath) {
    const el = document.getElementById(pagePath)
    if (el?.classList.contains('taro_page')) return el
  }
  const pages = document.querySelectorAll<HTMLElement>('.taro_page')
  return pages[pages.length - 1]
}

/**
 * In H5 each page scrolls inside its own `.taro_page` element, and a page under another one is
 * `display: none` until the page above it has left the DOM (after the back animation). Chromium
 * ignores scrollTop on an element without a layout box and, when the box comes back, restores the
 * offset it had before it was hidden. So the scroll waits until the page is displayed again.
 */
function scrollH5PageToTop(pagePath: string | undefined): void {
  const started = Date.now()
  const attempt = (): void => {
    const el = h5PageElement(pagePath)
    if (!el) return
    if (el.getClientRects().length > 0) {
      el.scrollTop = 0
      return
    }
    if (Date.now() - started < WAIT_FOR_DISPLAY_MS) requestAnimationFrame(attempt)
  }
  attempt()
}

/**
 * Brings a page back to its top (after a new revision, after a step changed in place). Pass the
 * page's own path (from `currentPagePath()` while it rendered) when the call may happen while
 * another page is still on top of it; without it, the page on top scrolls.
 */
export function scrollToTop(pagePath?: string): void {
  if (process.env.TARO_ENV === 'h5') {
    scrollH5PageToTop(pagePath)
    return
  }
  // In WeChat pageScrollTo moves the page on screen, which is the one asking (it calls on show).
  Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
}
