import { createHash } from 'node:crypto'
import { deflateSync } from 'node:zlib'

/**
 * A stand-in 小程序码 image for the fake: a real PNG of the requested width whose pattern
 * depends on scene and page, so a poster can be drawn and compared locally. It is not scannable;
 * only WeChat can make a code its scanner resolves.
 */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  Buffer.from(data).copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** A width×width greyscale PNG: a round badge of 21×21 modules seeded by `seed`. */
export function fakeCodePng(seed: string, width: number): Buffer {
  const digest = createHash('sha256').update(seed).digest()
  const modules = 21
  const cell = width / modules
  const centre = width / 2
  const radius = width / 2
  const rows = Buffer.alloc((width + 1) * width)
  for (let y = 0; y < width; y++) {
    rows[y * (width + 1)] = 0 // filter: none
    for (let x = 0; x < width; x++) {
      const inside = (x - centre) ** 2 + (y - centre) ** 2 <= radius * radius
      const mx = Math.floor(x / cell)
      const my = Math.floor(y / cell)
      const bit = (digest[(mx * modules + my) % digest.length] >> ((mx + my) % 8)) & 1
      rows[y * (width + 1) + 1 + x] = inside && bit ? 0x1a : 0xff
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(width, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ])
}
