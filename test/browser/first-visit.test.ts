import type { Request } from 'playwright-core'
import { harnessForThisFile, settled } from './support/browser'

jest.setTimeout(120_000)

const h = harnessForThisFile()

// A brand-new visitor's first load sends home's data requests from index.html itself, before the
// app's code (config/early-requests.cjs). If none of them carried a cookie, each would be given
// its own dev identity and the visitor would begin as two users, the later Set-Cookie winning.
describe('a first visit is one user', () => {
  test('a brand-new browser gets one dev identity, and every request of its first load carries it', async () => {
    const { context, page } = await h.newPhone()
    const given: string[] = []
    const apiRequests: Request[] = []
    page.on('response', (response) => {
      void response.headerValue('set-cookie').then((header) => {
        for (const line of (header ?? '').split('\n'))
          if (line.startsWith('wp_dev_user=')) given.push(line.split(';')[0])
      })
    })
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request)
    })

    await page.goto(`${h.url}/`)
    await page.waitForLoadState('networkidle')
    await settled(page)

    const jar = (await context.cookies()).filter((c) => c.name === 'wp_dev_user').map((c) => `${c.name}=${c.value}`)
    expect(jar).toHaveLength(1)
    expect(given).toEqual(jar)
    // The early requests went out, and each carried the identity the page brought.
    expect(apiRequests.length).toBeGreaterThanOrEqual(2)
    const sent = await Promise.all(apiRequests.map((r) => r.headerValue('cookie')))
    expect(sent).toEqual(apiRequests.map(() => jar[0]))
  })
})
