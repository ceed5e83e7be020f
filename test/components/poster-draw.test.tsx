// The poster's drawing module rendered in Node by @napi-rs/canvas (Skia, the same 2D API as
// WeChat's canvas and the browser's): the layout keeps every line in its region, and the pixels
// show the brand band, ink where each line was laid out and nowhere beside it, and the code image
// in its square.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCanvas, GlobalFonts, type Image, type SKRSContext2D } from '@napi-rs/canvas'
import {
  COLORS,
  POSTER_HEIGHT,
  POSTER_WIDTH,
  drawPoster,
  layoutPoster,
  measureWith,
  wrapText,
  type PosterContent,
  type PosterContext,
  type PosterLayout,
} from '@/packages/poster/draw'
import { CAPTIONS, posterContentOf } from '@/packages/poster/content'
import { computePlan } from '@/core/plan/engine'
import { answers, NOW } from '../core/support/answers'

// Debian's CJK font, so Chinese measures and renders as on a phone (not as missing-glyph boxes).
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYi Micro Hei')

const content: PosterContent = {
  businessName: '山城小面馆',
  positioning: '社区街坊的早餐和午饭：十分钟出餐，一周七天不重样',
  firstMoves: [
    '开通服务号并把菜单接到小程序点餐',
    '建两个街坊社群，每天 11 点发当日菜单',
    '视频号每周两条后厨短视频，固定周三和周六发布，讲清楚食材来源',
  ],
  caption: '长按识别小程序码，查看完整定位方案',
}

type Ctx = PosterContext<Image> & SKRSContext2D

function render(c: PosterContent) {
  const canvas = createCanvas(POSTER_WIDTH, POSTER_HEIGHT)
  const ctx = canvas.getContext('2d') as unknown as Ctx
  const layout = layoutPoster(c, measureWith(ctx))
  // A stand-in code image: solid magenta, so its square is recognisable by colour.
  const code = createCanvas(220, 220)
  const cctx = code.getContext('2d')
  cctx.fillStyle = '#ff00ff'
  cctx.fillRect(0, 0, 220, 220)
  drawPoster(ctx, layout, code as unknown as Image)
  return { canvas, ctx, layout }
}

function pixel(ctx: SKRSContext2D, x: number, y: number): string {
  const d = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data
  return `#${[d[0], d[1], d[2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`
}

/** Pixels in a box that differ from `background`. */
function inked(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, background: string): number {
  const d = ctx.getImageData(Math.round(x), Math.round(y), Math.max(1, Math.round(w)), Math.max(1, Math.round(h))).data
  const bg = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16))
  let n = 0
  for (let i = 0; i < d.length; i += 4) {
    if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 60) n++
  }
  return n
}

const inside = (inner: { x: number; y: number; w: number; h: number }, outer: typeof inner) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h

function lineBox(ctx: Ctx, layout: PosterLayout, i: number) {
  const l = layout.lines[i]
  ctx.font = `${l.bold ? 'bold ' : ''}${l.size}px "WenQuanYi Micro Hei"`
  return { x: l.x, y: l.y, w: ctx.measureText(l.text).width, h: l.size * 1.2 }
}

test('every line stays in its region and inside the margins; the regions do not overlap', () => {
  const { ctx, layout } = render(content)
  const roles = layout.lines.map((l) => l.role)
  expect(roles.filter((r) => r === 'name')).toHaveLength(1)
  expect(roles.filter((r) => r === 'heading')).toEqual(['heading'])
  expect(layout.badges.map((b) => b.label)).toEqual(['1', '2', '3'])
  layout.lines.forEach((l, i) => {
    const box = lineBox(ctx, layout, i)
    expect(box.x).toBeGreaterThanOrEqual(56)
    expect(box.x + box.w).toBeLessThanOrEqual(POSTER_WIDTH - 56 + 1)
    const region =
      l.role === 'name' || l.role === 'positioning'
        ? layout.header
        : l.role === 'caption' || l.role === 'brand'
          ? layout.footer
          : layout.moves
    expect(inside(box, { ...region, x: 0, w: POSTER_WIDTH })).toBe(true)
    // Caption lines never run under the code.
    if (l.role === 'caption') expect(box.x + box.w).toBeLessThan(layout.code.x)
  })
  expect(layout.header.y + layout.header.h).toBeLessThanOrEqual(layout.moves.y)
  expect(layout.moves.y + layout.moves.h).toBeLessThanOrEqual(layout.footer.y)
  expect(inside(layout.code, layout.footer)).toBe(true)
})

test('the longest move wraps onto a second line under its own badge', () => {
  const { layout } = render(content)
  const moves = layout.lines.filter((l) => l.role === 'move')
  expect(moves.length).toBe(4)
  expect(moves[2].x).toBe(moves[3].x)
  expect(moves[3].y).toBeGreaterThan(moves[2].y)
  expect(layout.badges[2].cy).toBeLessThan(moves[3].y)
  expect(moves.map((m) => m.text).join('')).toBe(content.firstMoves.join('').replace(/\s+/g, ' '))
})

test('long content is cut with … and still leaves room for the code', () => {
  const long: PosterContent = {
    businessName: '一家名字非常非常长的连锁社区生鲜便利店总部旗舰店（朝阳区分店）',
    positioning: '为'.repeat(200),
    firstMoves: ['做'.repeat(120), '做'.repeat(120), '做'.repeat(120)],
    caption: content.caption,
  }
  const { layout } = render(long)
  const names = layout.lines.filter((l) => l.role === 'name')
  expect(names).toHaveLength(2)
  expect(names[1].text.endsWith('…')).toBe(true)
  expect(layout.lines.filter((l) => l.role === 'positioning')).toHaveLength(3)
  expect(layout.lines.filter((l) => l.role === 'move')).toHaveLength(6)
  expect(layout.moves.y + layout.moves.h).toBeLessThanOrEqual(layout.footer.y)
})

test('content from an older rule base (no first moves): the top three tools stand in, shared reasons left out', () => {
  const plan = { ...computePlan(answers({ name: '山城小面馆', industry: 'catering' }), NOW), firstMoves: undefined }
  const c = posterContentOf('山城小面馆', plan, CAPTIONS.weapp)
  const top = [...plan.tools].sort((a, b) => a.rank - b.rank).slice(0, 3)
  c.firstMoves.forEach((move, i) => expect(move.startsWith(top[i].label)).toBe(true))
  const sharedByAll = top[0].reasons.filter((r) => top.every((t) => t.reasons.includes(r)))
  for (const r of sharedByAll) expect(c.firstMoves.join('')).not.toContain(r)
})

test('pixels: brand band, ink on each laid-out line and none beside it, the code in its square', () => {
  const { canvas, ctx, layout } = render(content)
  mkdirSync('test-artifacts/screenshots', { recursive: true })
  writeFileSync(join('test-artifacts/screenshots', 'poster-node.png'), canvas.toBuffer('image/png'))

  expect(pixel(ctx, 5, 5)).toBe(COLORS.brand)
  expect(pixel(ctx, 5, layout.header.h + 5)).toBe(COLORS.page)
  layout.lines.forEach((l, i) => {
    const box = lineBox(ctx, layout, i)
    const bg = l.role === 'name' || l.role === 'positioning' ? COLORS.brand : COLORS.page
    expect(inked(ctx, box.x, box.y, box.w, box.h, bg)).toBeGreaterThan(box.w * 0.5)
    // Right of the line's measured end: background only (up to the code on caption lines).
    const right = Math.min(
      POSTER_WIDTH - 4,
      l.role === 'caption' || l.role === 'brand' ? layout.code.x - 4 : POSTER_WIDTH - 4,
    )
    if (right - (box.x + box.w + 6) > 4)
      expect(inked(ctx, box.x + box.w + 6, box.y, right - (box.x + box.w + 6), box.h, bg)).toBe(0)
  })
  const c = layout.code
  expect(pixel(ctx, c.x + c.w / 2, c.y + c.h / 2)).toBe('#ff00ff')
  expect(pixel(ctx, c.x + 2, c.y + 2)).toBe('#ff00ff')
  expect(pixel(ctx, c.x - 3, c.y + c.h / 2)).toBe(COLORS.page)
  expect(pixel(ctx, c.x + c.w + 3, c.y + c.h / 2)).toBe(COLORS.page)
  layout.badges.forEach((b) => expect(pixel(ctx, b.cx - b.r + 4, b.cy)).toBe(COLORS.badge))
})

test('wrapText never exceeds its width and keeps every character when there is room', () => {
  const width = (s: string) => Array.from(s).length * 10
  expect(wrapText('一二三四五六七', 30, 5, width)).toEqual(['一二三', '四五六', '七'])
  expect(wrapText('一二三四五六七', 30, 2, width)).toEqual(['一二三', '四五…'])
  expect(wrapText('', 30, 2, width)).toEqual([])
  // Closing punctuation never starts a line: it brings the character before it along.
  expect(wrapText('一二三，四五', 30, 3, width)).toEqual(['一二', '三，四', '五'])
})

test('a computed plan: its 先做这三件事 become the moves, and the poster still fits', () => {
  const plan = computePlan(answers({ name: '山城小面馆', industry: 'catering' }), NOW)
  const c = posterContentOf('山城小面馆', plan, CAPTIONS.weapp)
  expect(plan.firstMoves).toHaveLength(3)
  c.firstMoves.forEach((move, i) => expect(move).toBe(`${plan.firstMoves![i].title}：${plan.firstMoves![i].reason}`))
  expect(c.positioning).toBe(plan.positioning.statement)
  const { canvas, layout } = render(c)
  writeFileSync(join('test-artifacts/screenshots', 'poster-plan-node.png'), canvas.toBuffer('image/png'))
  expect(layout.lines.filter((l) => l.role === 'name').map((l) => l.text)).toEqual(['山城小面馆'])
  expect(layout.badges).toHaveLength(3)
  expect(layout.moves.y + layout.moves.h).toBeLessThanOrEqual(layout.footer.y)
})

test('wrapText moves a Latin word or number down whole instead of splitting it', () => {
  const width = (s: string) => Array.from(s).length * 10
  expect(wrapText('全部使用HTTPS接口', 60, 3, width)).toEqual(['全部使用', 'HTTPS接', '口'])
  expect(wrapText('第2026年', 30, 3, width)).toEqual(['第', '202', '6年'])
  // A word longer than a line still breaks, rather than looping or losing characters.
  expect(wrapText('ABCDEFGH', 30, 5, width).join('')).toBe('ABCDEFGH')
})

// The plan's HTTPS check (src/core/plan/compliance.ts) once came out as "…都用HTTP" / "S；有没…":
// the closing punctuation after the word took only its last letter down.
test('wrapText keeps a Latin word whole when the punctuation after it must not start a line', () => {
  const width = (s: string) => Array.from(s).length * 10
  expect(wrapText('都用HTTPS；有', 70, 3, width)).toEqual(['都用', 'HTTPS；有'])
  expect(wrapText('第2026。年', 50, 3, width)).toEqual(['第', '2026。', '年'])
  // A word that fills the line by itself still gives up its last letter, rather than looping.
  expect(wrapText('HTTPS；', 50, 3, width)).toEqual(['HTTP', 'S；'])

  const sentence =
    '请负责技术的人确认：小程序、公众号网页和后台的所有接口是否都用HTTPS；有没加密的，按原文建议做HTTPS全站改造'
  for (let chars = 6; chars <= 40; chars++) {
    const lines = wrapText(sentence, chars * 10, 20, width)
    expect(lines.join('')).toBe(sentence)
    lines.forEach((line) => expect(line).not.toMatch(/(^|[^A-Z])(H|HT|HTT|HTTP)$/))
    lines.forEach((line) => expect(line).not.toMatch(/^(S|PS|TPS|TTPS)/))
  }
})

test('H5 poster: the QR code in the code square decodes to the share link, with a quiet zone around it', async () => {
  // jsdom lacks TextEncoder/TextDecoder, which every browser the H5 build targets has.
  const util = await import('node:util')
  globalThis.TextEncoder ??= util.TextEncoder as typeof globalThis.TextEncoder
  globalThis.TextDecoder ??= util.TextDecoder as typeof globalThis.TextDecoder
  const { decodeQR } = await import('@paulmillr/qr/decode.js')
  const { drawQr, qrModules } = await import('@/packages/poster/qr')
  const link = 'http://127.0.0.1:10086/#/packages/plan/shared/index?token=WjAAAAAAAAAAAAAAAAAAAQ'
  const canvas = createCanvas(POSTER_WIDTH, POSTER_HEIGHT)
  const ctx = canvas.getContext('2d') as unknown as Ctx
  const layout = layoutPoster({ ...content, caption: CAPTIONS.h5 }, measureWith(ctx))
  const qr = createCanvas(440, 440)
  drawQr(qr.getContext('2d') as unknown as Ctx, qrModules(link), 440)
  drawPoster(ctx, layout, qr as unknown as Image)
  const c = layout.code
  const data = Uint8Array.from(ctx.getImageData(c.x, c.y, c.w, c.h).data)
  expect(decodeQR({ width: c.w, height: c.h, data })).toBe(link)
  // The quiet zone: a white frame inside the square; the modules start after it.
  expect(inked(ctx, c.x, c.y, c.w, 8, COLORS.page)).toBe(0)
  expect(inked(ctx, c.x, c.y, 8, c.h, COLORS.page)).toBe(0)
  expect(inked(ctx, c.x + 20, c.y + 20, c.w - 40, c.h - 40, COLORS.page)).toBeGreaterThan(1000)
  // Nothing of the code outside its square: the strip left of it is background.
  expect(inked(ctx, c.x - 24, c.y, 20, c.h, COLORS.page)).toBe(0)
})
