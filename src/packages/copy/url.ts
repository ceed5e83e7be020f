/**
 * The way into the checker from anywhere (home, the plan's compliance section, a calendar slot):
 * `Taro.navigateTo({ url: copyCheckUrl(slot.topic, plan.industry) })`. The text arrives
 * prefilled; a long text is cut so the URL stays within what WeChat passes between pages.
 */
export const COPY_CHECK_PATH = '/packages/copy/index'
const URL_TEXT_MAX = 300

export function copyCheckUrl(text?: string, industry?: string | null): string {
  const params: string[] = []
  if (text) params.push(`text=${encodeURIComponent([...text].slice(0, URL_TEXT_MAX).join(''))}`)
  if (industry) params.push(`industry=${encodeURIComponent(industry)}`)
  return params.length ? `${COPY_CHECK_PATH}?${params.join('&')}` : COPY_CHECK_PATH
}
