import { useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import './pull-down-refresh.scss'

// The H5 pull-down refresh around a page whose config enables it (Taro's router wraps the page in
// the app config's `PullDownRefresh`; config/index.ts turns on `h5.useHtmlComponents`, which
// passes this one). We don't take Taro's two: its custom element loads the whole Stencil runtime
// before home's first screen (bench:first-screen), and its HTML component never calls the page's
// onPullDownRefresh and takes any downward drag for a pull, even mid-page. This one does what the
// phone's own pull-down does: only at the very top, the content follows the finger (damped); let
// go past REFRESH_AT and the page's onPullDownRefresh runs, the dots stay until the page calls
// Taro.stopPullDownRefresh(). onPullIntercept is not supported (no page uses it).

/** How far (CSS px) the content must be pulled for a release to refresh: Taro's own distance. */
const REFRESH_AT = 50
/** The pull stops following the finger past this (CSS px), as Taro's damping does. */
const MAX_PULL = 100

type Phase = 'idle' | 'pulling' | 'armed' | 'refreshing'
type PageHost = HTMLElement & { __page?: { onPullDownRefresh?: () => void } }
interface Answer {
  successHandler: (res: { errMsg: string }) => void
  errorHandler: (res: { errMsg: string }) => void
}
interface Mounted {
  host: PageHost
  refresh: () => void
  finish: () => void
}

// Taro.startPullDownRefresh / stopPullDownRefresh reach the pages through Taro's event centre.
// One listener for all pages, so each call is answered exactly once.
const mounted = new Set<Mounted>()
Taro.eventCenter.on('__taroStopPullDownRefresh', ({ successHandler }: Answer) => {
  for (const m of mounted) m.finish()
  successHandler({ errMsg: 'stopPullDownRefresh:ok' })
})
Taro.eventCenter.on('__taroStartPullDownRefresh', ({ successHandler, errorHandler }: Answer) => {
  const page = Taro.getCurrentInstance().page
  const current = [...mounted].find((m) => page && m.host.__page === page)
  if (!current) {
    errorHandler({ errMsg: 'startPullDownRefresh:fail 当前页面没有开启下拉刷新' })
    return
  }
  current.refresh()
  successHandler({ errMsg: 'startPullDownRefresh:ok' })
})

/** Whether neither the window nor the page's own container is scrolled down at all. */
function atTop(host: HTMLElement): boolean {
  const doc = document.scrollingElement ?? document.documentElement
  return doc.scrollTop <= 0 && host.scrollTop <= 0
}

export function PullDownRefresh({ children }: { children?: ReactNode }) {
  const content = useRef<HTMLDivElement>(null)
  const [phase, setPhase] = useState<Phase>('idle')
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    const el = content.current
    const host = el?.parentElement as PageHost | null | undefined
    if (!el || !host) return
    let now: Phase = 'idle'
    const to = (next: Phase) => {
      now = next
      setPhase(next)
    }
    let startY = 0
    let lastY = 0
    let pulled = 0
    let onEdge = false
    const show = (y: number) => {
      el.style.transform = y > 0 ? `translate3d(0px, ${y}px, 0px)` : ''
    }
    const runPageRefresh = () => {
      to('refreshing')
      pulled = REFRESH_AT + 1
      show(pulled)
      host.__page?.onPullDownRefresh?.()
    }
    const finish = () => {
      if (onEdge) return
      to('idle')
      pulled = 0
      show(0)
    }
    const onStart = (e: TouchEvent) => {
      startY = lastY = e.touches[0].clientY
    }
    const onMove = (e: TouchEvent) => {
      const y = e.touches[0].clientY
      // An upward drag, or a page not at its top, is the page scrolling: leave it alone.
      if (y < startY || (!onEdge && !atTop(host)) || now === 'refreshing') return
      if (!onEdge) {
        onEdge = true
        startY = lastY = y
        setDragging(true)
      }
      if (e.cancelable) e.preventDefault()
      // Damped as Taro damps it: the farther the finger has gone, the less the content follows.
      const ratio = Math.abs(y - startY) / window.screen.height
      if (pulled < MAX_PULL) pulled = Math.max(0, pulled + (y - lastY) * (1 - ratio) * 0.6)
      lastY = y
      show(pulled)
      const next = pulled >= REFRESH_AT ? 'armed' : 'pulling'
      if (next !== now) to(next)
    }
    const onEnd = () => {
      if (!onEdge) return
      onEdge = false
      setDragging(false)
      if (now === 'armed') runPageRefresh()
      else if (now !== 'refreshing') finish()
    }
    const listeners: [keyof HTMLElementEventMap, (e: TouchEvent) => void][] = [
      ['touchstart', onStart],
      ['touchmove', onMove],
      ['touchend', onEnd],
      ['touchcancel', onEnd],
    ]
    for (const [type, fn] of listeners)
      host.addEventListener(type, fn as EventListener, { passive: type !== 'touchmove' })
    const self: Mounted = { host, refresh: () => !onEdge && runPageRefresh(), finish }
    mounted.add(self)
    return () => {
      mounted.delete(self)
      for (const [type, fn] of listeners) host.removeEventListener(type, fn as EventListener)
    }
  }, [])

  const busy = phase === 'armed' || phase === 'refreshing'
  return (
    <div ref={content} className={dragging ? 'pull-refresh' : 'pull-refresh pull-refresh--settling'}>
      {busy ? (
        <div className='pull-refresh__dots' role='status' aria-label={phase === 'armed' ? '松开刷新' : '正在刷新'}>
          <i />
          <i />
          <i />
        </div>
      ) : null}
      {children}
    </div>
  )
}
