/**
 * The 朋友圈 poster, drawn on any canvas 2D context: WeChat's `Canvas` node in weapp, an
 * HTMLCanvasElement in H5, @napi-rs/canvas in the tests. Layout is computed first (pure, from
 * the content and a text measurer), then painted, so tests can check where every line lands and
 * then check the pixels.
 */

/** What a poster says. `firstMoves` are the plan's first three actions. */
export interface PosterContent {
  businessName: string
  positioning: string
  firstMoves: string[]
  /** Under the code: what scanning it does. */
  caption: string
}

/** The part of CanvasRenderingContext2D the poster uses (WeChat's canvas 2D has the same). */
export interface PosterContext<Image> {
  fillStyle: string | CanvasGradient | CanvasPattern
  font: string
  textAlign: CanvasTextAlign
  textBaseline: CanvasTextBaseline
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  beginPath(): void
  arc(x: number, y: number, r: number, start: number, end: number): void
  fill(): void
  drawImage(image: Image, x: number, y: number, w: number, h: number): void
}

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface PosterLine {
  text: string
  /** Left edge and top of the line box (textBaseline 'top'). */
  x: number
  y: number
  size: number
  bold: boolean
  color: string
  role: 'name' | 'positioning' | 'heading' | 'move' | 'caption' | 'brand'
}

export interface PosterLayout {
  width: number
  height: number
  header: Box
  moves: Box
  footer: Box
  /** Where the 小程序码 / QR code goes (square). */
  code: Box
  badges: { cx: number; cy: number; r: number; label: string }[]
  lines: PosterLine[]
}

export const POSTER_WIDTH = 750
export const POSTER_HEIGHT = 1200
export const COLORS = {
  brand: '#07c160',
  page: '#ffffff',
  ink: '#191919',
  onBrand: '#ffffff',
  muted: '#7f7f7f',
  badge: '#07c160',
}
const MARGIN = 56
const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'

export function fontOf(size: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`
}

/** Width of a string at a size; the caller sets the font through `measure`'s context. */
export type Measure = (text: string, size: number, bold: boolean) => number

const NO_LINE_START = Array.from('，。、；：！？）」』》〉】…,.;:!?)')
const LATIN = /^[A-Za-z0-9]$/

/** Breaks text into at most `maxLines` lines of `maxWidth`; the last one ends in … if cut. */
export function wrapText(text: string, maxWidth: number, maxLines: number, width: (s: string) => number): string[] {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  const lines: string[] = []
  let line = ''
  for (let i = 0; i < chars.length; i++) {
    const next = line + chars[i]
    if (width(next) <= maxWidth || line === '') {
      line = next
      continue
    }
    // Chinese line breaking: closing punctuation never starts a line; it takes the last
    // character of this line down with it — the whole Latin word if it ends one ("HTTPS；" must
    // not leave "HTTP" behind), unless that word fills the line by itself.
    if (NO_LINE_START.includes(chars[i]) && Array.from(line).length > 1) {
      const kept = Array.from(line)
      let start = kept.length - 1
      while (start > 0 && LATIN.test(kept[start]) && LATIN.test(kept[start - 1])) start--
      if (start === 0) start = kept.length - 1
      chars.splice(i, 0, ...kept.splice(start))
      line = kept.join('')
    } else if (LATIN.test(chars[i])) {
      // A Latin word or number ("HTTPS", "2026") moves down whole rather than split in two,
      // unless it fills the line by itself.
      const kept = Array.from(line)
      let start = kept.length
      while (start > 0 && LATIN.test(kept[start - 1])) start--
      if (start > 0 && start < kept.length) {
        chars.splice(i, 0, ...kept.splice(start))
        line = kept.join('')
      }
    }
    if (lines.length === maxLines - 1) {
      let cut = line
      while (cut && width(`${cut}…`) > maxWidth) cut = cut.slice(0, -1)
      lines.push(`${cut}…`)
      return lines
    }
    lines.push(line)
    line = chars[i] === ' ' ? '' : chars[i]
  }
  if (line) lines.push(line)
  return lines
}

/** Where everything goes, from the content alone. */
export function layoutPoster(content: PosterContent, measure: Measure): PosterLayout {
  const inner = POSTER_WIDTH - 2 * MARGIN
  const lines: PosterLine[] = []
  const push = (
    texts: string[],
    x: number,
    y: number,
    size: number,
    bold: boolean,
    color: string,
    role: PosterLine['role'],
    gap = 1.4,
  ) => {
    texts.forEach((text, i) => lines.push({ text, x, y: y + i * size * gap, size, bold, color, role }))
    return y + texts.length * size * gap
  }

  // Header band: the business and its positioning line.
  let y = 72
  y = push(
    wrapText(content.businessName, inner, 2, (s) => measure(s, 56, true)),
    MARGIN,
    y,
    56,
    true,
    COLORS.onBrand,
    'name',
    1.3,
  )
  y += 20
  y = push(
    wrapText(content.positioning, inner, 3, (s) => measure(s, 30, false)),
    MARGIN,
    y,
    30,
    false,
    COLORS.onBrand,
    'positioning',
  )
  const header = { x: 0, y: 0, w: POSTER_WIDTH, h: Math.max(300, y + 40) }

  // The three first moves, numbered.
  y = header.h + 56
  const movesTop = y
  y = push(['先做这三件事'], MARGIN, y, 36, true, COLORS.ink, 'heading') + 16
  const badges: PosterLayout['badges'] = []
  const textX = MARGIN + 64
  content.firstMoves.slice(0, 3).forEach((move, i) => {
    badges.push({ cx: MARGIN + 22, cy: y + 18, r: 22, label: String(i + 1) })
    y =
      push(
        wrapText(move, inner - 64, 2, (s) => measure(s, 30, false)),
        textX,
        y,
        30,
        false,
        COLORS.ink,
        'move',
      ) + 28
  })
  const moves = { x: MARGIN, y: movesTop, w: inner, h: y - movesTop }

  // Footer: the code on the right, what it does on the left.
  const codeSize = 220
  const footer = { x: 0, y: POSTER_HEIGHT - codeSize - 2 * MARGIN, w: POSTER_WIDTH, h: codeSize + 2 * MARGIN }
  const code = { x: POSTER_WIDTH - MARGIN - codeSize, y: footer.y + MARGIN, w: codeSize, h: codeSize }
  const captionWidth = code.x - MARGIN - 32
  let fy = code.y + 40
  fy = push(
    wrapText(content.caption, captionWidth, 3, (s) => measure(s, 28, false)),
    MARGIN,
    fy,
    28,
    false,
    COLORS.ink,
    'caption',
  )
  push(['微定位 · 微信企业定位方案'], MARGIN, fy + 16, 24, false, COLORS.muted, 'brand')

  return { width: POSTER_WIDTH, height: POSTER_HEIGHT, header, moves, footer, code, badges, lines }
}

/** A measurer backed by a canvas context (any of the three kinds). */
export function measureWith<I>(ctx: PosterContext<I>): Measure {
  return (text, size, bold) => {
    ctx.font = fontOf(size, bold)
    return ctx.measureText(text).width
  }
}

/** Paints a layout; `code` is the 小程序码 (weapp) or the QR code (H5), already loaded. */
export function drawPoster<I>(ctx: PosterContext<I>, layout: PosterLayout, code: I): void {
  ctx.fillStyle = COLORS.page
  ctx.fillRect(0, 0, layout.width, layout.height)
  ctx.fillStyle = COLORS.brand
  ctx.fillRect(layout.header.x, layout.header.y, layout.header.w, layout.header.h)
  ctx.textAlign = 'left'
  ctx.textBaseline = 'top'
  for (const line of layout.lines) {
    ctx.font = fontOf(line.size, line.bold)
    ctx.fillStyle = line.color
    ctx.fillText(line.text, line.x, line.y)
  }
  for (const b of layout.badges) {
    ctx.fillStyle = COLORS.badge
    ctx.beginPath()
    ctx.arc(b.cx, b.cy, b.r, 0, Math.PI * 2)
    ctx.fill()
    ctx.fillStyle = COLORS.onBrand
    ctx.font = fontOf(26, true)
    ctx.textAlign = 'center'
    ctx.textBaseline = 'middle'
    ctx.fillText(b.label, b.cx, b.cy)
    ctx.textAlign = 'left'
    ctx.textBaseline = 'top'
  }
  ctx.drawImage(code, layout.code.x, layout.code.y, layout.code.w, layout.code.h)
}
