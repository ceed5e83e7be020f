import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium; CI installs it with apt (playwright's own browser download is not reachable). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Headless, as root, on a machine with no network but loopback: without the background-networking
 * flags Chromium keeps trying (and failing) to reach Google's services.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
