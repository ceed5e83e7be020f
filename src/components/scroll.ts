import Taro from '@tarojs/taro'

/** Brings the page on screen back to its top (after a new revision, after a step changed in place). */
export function scrollToTop(): void {
  if (process.env.TARO_ENV === 'h5') {
    // Taro's H5 pageScrollTo finds the page by the current route, which still names the page being
    // left while a navigateBack animates; the page on top is the one to scroll.
    const pages = document.querySelectorAll('.taro_page')
    const top = pages[pages.length - 1]
    if (top) top.scrollTop = 0
  }
  // (Taro's H5 pageScrollTo does not move at all with duration 0, hence the short animation.)
  Taro.pageScrollTo({ scrollTop: 0, duration: 100 }).catch(() => undefined)
}
