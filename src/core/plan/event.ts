import type { CalendarEntry } from './schema'

/** A calendar slot as a phone-calendar event: what both the WeChat calendar API and an .ics file need. */
export interface SlotEvent {
  title: string
  description: string
  /** Epoch seconds. */
  start: number
  end: number
}

const CHINA_OFFSET = 8 * 3600

/** Half an hour per post: long enough to publish and answer the first comments. */
const DURATION = 30 * 60

export function slotEvent(e: CalendarEntry, planName: string): SlotEvent {
  const [y, m, d] = e.date.split('-').map(Number)
  const [hh, mm] = e.time.split(':').map(Number)
  const start = Date.UTC(y, m - 1, d, hh, mm) / 1000 - CHINA_OFFSET
  const channel = e.channel ?? ''
  const form = e.formLabel ?? ''
  return {
    title: `发布：${e.topic}`,
    description: `${planName} · ${[channel, form].filter(Boolean).join(' · ')}`,
    start,
    end: start + DURATION,
  }
}

const stamp = (sec: number) =>
  new Date(sec * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** RFC 5545 text: escape backslash, semicolon, comma and newlines. */
const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n')

/** An .ics file with one event, for browsers (no phone-calendar API there). uid must be stable. */
export function slotIcs(ev: SlotEvent, uid: string): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//WePosition//Plan calendar//ZH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(ev.start)}`,
    `DTSTART:${stamp(ev.start)}`,
    `DTEND:${stamp(ev.end)}`,
    `SUMMARY:${escape(ev.title)}`,
    `DESCRIPTION:${escape(ev.description)}`,
    'BEGIN:VALARM',
    'TRIGGER:-PT15M',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escape(ev.title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n')
}
