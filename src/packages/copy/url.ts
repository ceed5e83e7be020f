/**
 * The way into the checker from anywhere (home, the plan's compliance section, a calendar slot):
 * `Taro.navigateTo({ url: copyCheckUrl(slot.topic, plan.industry, { planId }) })`. The text
 * arrives prefilled; a long text is cut so the URL stays within what WeChat passes between pages.
 * A saved check is opened by its id instead (`saved`), because its text can be 2,500 characters:
 * the page reads it from the plan (the owner by `planId`, a colleague by the share `token`).
 */
export const COPY_CHECK_PATH = '/packages/copy/index'
const URL_TEXT_MAX = 300

export interface CopyCheckPlanLink {
  /** The owner's plan the check can be saved to. */
  planId?: string
  /** A colleague's share link: saved checks are read through it, never written. */
  token?: string
  /** A check saved under that plan, to open and check again. */
  saved?: string
}

export function copyCheckUrl(text?: string, industry?: string | null, plan: CopyCheckPlanLink = {}): string {
  const params: string[] = []
  if (text) params.push(`text=${encodeURIComponent([...text].slice(0, URL_TEXT_MAX).join(''))}`)
  if (industry) params.push(`industry=${encodeURIComponent(industry)}`)
  for (const key of ['planId', 'token', 'saved'] as const) {
    const value = plan[key]
    if (value) params.push(`${key}=${encodeURIComponent(value)}`)
  }
  return params.length ? `${COPY_CHECK_PATH}?${params.join('&')}` : COPY_CHECK_PATH
}
