import { usePlans } from '@/stores/plans'
import { hashRoute } from '@/api/early-requests'
import { useDraftOffer } from './draft-offer'
import firstRequests from './first-requests.json'

/**
 * The home page's data: the owner's plans and an unfinished draft to offer. In H5, index.html has
 * already sent these very calls (first-requests.json, config/early-requests.cjs); a test keeps the
 * two lists equal.
 */
export function loadHome(): void {
  void usePlans.getState().load()
  void useDraftOffer.getState().load()
}

/**
 * Starts the home page's requests unless they are already under way. Called as early as possible:
 * by the app entry in H5 (before the router renders the page; the calls themselves were most
 * likely sent by index.html already, and the transport takes those answers) and by the
 * home page's module (WeChat, where that code is in the main package).
 */
export function startHomeRequests(): void {
  if (usePlans.getState().status === 'idle') loadHome()
}

/** Only the very first show uses the requests started as the code loaded; any later show reloads. */
let preloadUnused = true

/**
 * Home is shown (useDidShow). The first show takes the early requests whatever became of them:
 * still under way, answered, or failed. A failure is already on screen with 重试; asking again here
 * would draw error → 加载中… → the same error (WeChat can create the page after the answer came).
 * Coming back later (from a plan, the wizard) reloads.
 */
export function homeShown(): void {
  const reuse = preloadUnused && usePlans.getState().status !== 'idle'
  preloadUnused = false
  if (!reuse) loadHome()
}

/** Whether this H5 visit opens on the home page (no hash route, or the home route). */
export function h5OpensOnHome(hash: string): boolean {
  return firstRequests.routes.includes(hashRoute(hash))
}
