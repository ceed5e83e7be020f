import type { MatchContext } from './types'

/**
 * Small readers of the text around a match. Gates use them instead of look-behind assertions,
 * which the mini program's JavaScript engine on older iPhones does not support.
 */

const SENTENCE_END = /[。!?;！？；]/

/** Up to `max` characters before the match, stopping at the start of its sentence (or clause with `clause`). */
export function before(ctx: MatchContext, max: number, clause = false): string {
  const stop = clause ? /[。!?;！？；,，:：]/ : SENTENCE_END
  let i = ctx.start
  while (i > 0 && ctx.start - i < max && !stop.test(ctx.text[i - 1])) i--
  return ctx.text.slice(i, ctx.start)
}

/** Up to `max` characters after the match, within its sentence. */
export function after(ctx: MatchContext, max: number): string {
  let i = ctx.end
  while (i < ctx.text.length && i - ctx.end < max && !SENTENCE_END.test(ctx.text[i])) i++
  return ctx.text.slice(ctx.end, i)
}

/** The whole sentence the match sits in. */
export function sentence(text: string, start: number, end: number): string {
  let a = start
  while (a > 0 && !SENTENCE_END.test(text[a - 1])) a--
  let b = end
  while (b < text.length && !SENTENCE_END.test(text[b])) b++
  return text.slice(a, b)
}

export function near(ctx: MatchContext, pattern: RegExp, reach: number): boolean {
  return pattern.test(before(ctx, reach)) || pattern.test(after(ctx, reach))
}
