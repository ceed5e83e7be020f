import { encodeQR } from '@paulmillr/qr'
import type { PosterContext } from './draw'

/**
 * The H5 poster's code: a plain QR code of the share link (a browser cannot make a 小程序码,
 * which only WeChat issues). Medium error correction survives a phone photo of a screen; the
 * quiet zone of four modules is what scanners expect.
 */
export function qrModules(text: string): boolean[][] {
  return encodeQR(text, 'raw', { ecc: 'medium', border: 4 })
}

/** Paints the modules into a size×size square at (0, 0), whole pixels per module where it can. */
export function drawQr<I>(ctx: Pick<PosterContext<I>, 'fillStyle' | 'fillRect'>, modules: boolean[][], size: number) {
  const n = modules.length
  const cell = size / n
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, size, size)
  ctx.fillStyle = '#000000'
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      // Overlap by a hair so anti-aliasing leaves no light seams between dark modules.
      if (dark) ctx.fillRect(x * cell, y * cell, cell + 0.5, cell + 0.5)
    }),
  )
}
