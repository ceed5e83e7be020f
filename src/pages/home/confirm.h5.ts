import type { confirmDanger as ConfirmDanger } from '@/components/actions'

/**
 * In H5 Taro draws its dialogs itself (modal, toast, action sheet: about a third of the home
 * page's code). Nobody needs one before the first screen is up, so they load on the first tap that
 * asks (bench:first-screen); by then the app is idle and the load takes a few milliseconds.
 */
export async function confirmDanger(...args: Parameters<typeof ConfirmDanger>): ReturnType<typeof ConfirmDanger> {
  const actions = await import('@/components/actions')
  return actions.confirmDanger(...args)
}
