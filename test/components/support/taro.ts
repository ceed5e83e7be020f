/**
 * What `@tarojs/taro` is inside component tests.
 *
 * Taro's H5 build aliases `@tarojs/taro` to `@tarojs/plugin-platform-h5/dist/runtime/apis`
 * (the H5 API layer from `@tarojs/taro-h5`: storage on localStorage, showToast, …) and injects the
 * React lifecycle hooks from `@tarojs/plugin-framework-react`. Those hooks need a live Taro page
 * instance, which a bare Testing Library render does not have, so this module re-exports the H5
 * API layer and replaces routing and page lifecycle with small observable fakes:
 *
 * - `router.params` is what `useRouter()` returns — set it with `setRouterParams` before render;
 * - navigation calls (navigateTo, redirectTo, reLaunch, switchTab, navigateBack) are recorded in
 *   `navigations` instead of touching the H5 router;
 * - `useDidShow`/`useLoad`/`useReady` run once after mount (as a page does when it first shows);
 *   `usePullDownRefresh`/`useReachBottom`/`useDidHide` register handlers that tests fire with
 *   `triggerPageEvent('pullDownRefresh')` etc. `stopPullDownRefresh` is recorded;
 * - `useShareAppMessage` registers the page's share hook; `shareAppMessage()` calls it the way
 *   WeChat does when the user taps a share button, and returns what it gave back.
 */
import { useEffect, useRef } from 'react'
import { act } from '@testing-library/react'
import * as h5 from '@tarojs/plugin-platform-h5/dist/runtime/apis'

// Everything else (storage, toast, modal, system info, …) is the real H5 implementation.
export * from '@tarojs/plugin-platform-h5/dist/runtime/apis'

// The H5 build rewrites `Taro.x` into named imports (babel-plugin-transform-taroapi); without that
// transform the default export must carry the named APIs too.
const { default: h5Default, ...h5Named } = h5 as unknown as { default?: object } & Record<string, unknown>
const H5: Record<string, unknown> = { ...(h5Default ?? {}), ...h5Named }

export type NavKind = 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab' | 'navigateBack'
export interface Navigation {
  kind: NavKind
  url?: string
  delta?: number
}

/** Every navigation the code under test asked for, oldest first. */
export const navigations: Navigation[] = []
export const router: { path: string; params: Record<string, string | undefined> } = { path: '', params: {} }
export let pullDownStops = 0

type PageEvent = 'didShow' | 'didHide' | 'pullDownRefresh' | 'reachBottom'
const handlers: Record<PageEvent, Set<() => unknown>> = {
  didShow: new Set(),
  didHide: new Set(),
  pullDownRefresh: new Set(),
  reachBottom: new Set(),
}

export function setRouterParams(params: Record<string, string | undefined>, path = ''): void {
  router.params = params
  router.path = path
}

/** Fires a page event on every mounted component that registered for it. */
export function triggerPageEvent(event: PageEvent): void {
  act(() => {
    for (const h of [...handlers[event]]) h()
  })
}

const shareHandlers = new Set<() => unknown>()

/** What the mounted share hooks return when WeChat composes a share card (one per hook). */
export function shareAppMessage(): unknown[] {
  return [...shareHandlers].map((h) => h())
}

/** Called by setup.ts before each test. */
export function resetTaroFake(): void {
  shareHandlers.clear()
  navigations.length = 0
  router.params = {}
  router.path = ''
  pullDownStops = 0
  for (const set of Object.values(handlers)) set.clear()
}

function nav(kind: NavKind) {
  return (opts: { url?: string; delta?: number } = {}) => {
    navigations.push({ kind, url: opts.url, delta: opts.delta })
    return Promise.resolve({ errMsg: `${kind}:ok` })
  }
}

export const navigateTo = nav('navigateTo')
export const redirectTo = nav('redirectTo')
export const reLaunch = nav('reLaunch')
export const switchTab = nav('switchTab')
export const navigateBack = nav('navigateBack')
export function stopPullDownRefresh() {
  pullDownStops += 1
  return Promise.resolve({ errMsg: 'stopPullDownRefresh:ok' })
}

export function useRouter() {
  return router
}

function useRegistered(event: PageEvent, fn: () => unknown) {
  const ref = useRef(fn)
  ref.current = fn
  useEffect(() => {
    const h = () => ref.current()
    handlers[event].add(h)
    return () => {
      handlers[event].delete(h)
    }
  }, [event])
}

function useOnMount(fn: () => unknown) {
  useEffect(() => {
    fn()
    // A page shows once when it mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}

export function useDidShow(fn: () => unknown) {
  useRegistered('didShow', fn)
  useOnMount(fn)
}
export const useLoad = (fn: (params: Record<string, string | undefined>) => unknown) =>
  useOnMount(() => fn(router.params))
export const useReady = useOnMount
export const useDidHide = (fn: () => unknown) => useRegistered('didHide', fn)
export const usePullDownRefresh = (fn: () => unknown) => useRegistered('pullDownRefresh', fn)
export const useReachBottom = (fn: () => unknown) => useRegistered('reachBottom', fn)
export function useShareAppMessage(fn: () => unknown) {
  const ref = useRef(fn)
  ref.current = fn
  useEffect(() => {
    const h = () => ref.current()
    shareHandlers.add(h)
    return () => {
      shareHandlers.delete(h)
    }
  }, [])
}
export const useShareTimeline = (_fn: () => unknown) => undefined
export const useUnload = (_fn: () => unknown) => undefined

const Taro = {
  ...H5,
  navigateTo,
  redirectTo,
  reLaunch,
  switchTab,
  navigateBack,
  stopPullDownRefresh,
  useRouter,
  useDidShow,
  useLoad,
  useReady,
  useDidHide,
  usePullDownRefresh,
  useReachBottom,
  useShareAppMessage,
  useShareTimeline,
  useUnload,
}

export default Taro
