import { usePlans } from '@/stores/plans'
import { useDraftOffer } from './draft-offer'

/** The home page's data: the owner's plans and an unfinished draft to offer. */
export function loadHome(): void {
  void usePlans.getState().load()
  void useDraftOffer.getState().load()
}

/**
 * Starts the home page's requests unless they are already under way. Called as early as possible:
 * by the app entry in H5 (before the home page's own code has even been downloaded) and by the
 * home page's module (WeChat, where that code is in the main package).
 */
export function startHomeRequests(): void {
  if (usePlans.getState().status === 'idle') loadHome()
}

/** Whether this H5 visit opens on the home page (no hash route, or the home route). */
export function h5OpensOnHome(hash: string): boolean {
  const route = hash.replace(/^#\/?/, '').split('?')[0]
  return route === '' || route === 'pages/home/index'
}
