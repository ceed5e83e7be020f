import type { Answers } from '../wizard/answers'
import { optionLabel, type AgeBand } from '../wizard/questions'
import { AGE_FORMS_RULE, AUDIENCE_RULES, CALENDAR_RULE, OLDER_BAND_ASSUMPTION, type Hours } from '../rules'
import type { AudienceBandPlan, PostingSlot } from './schema'
import { why } from './why'

interface BandInfo {
  hours: Hours
  forms: readonly string[]
  rule: string
  assumption: boolean
}

/** Built once at module load: every posting slot of every plan asks for its band's hours. */
const BANDS = new Map<AgeBand, BandInfo>(
  AUDIENCE_RULES.map((r) => [r.band, { hours: r.hours, forms: r.forms, rule: r.id, assumption: false }]),
)
const OLDER_BAND: BandInfo = { ...OLDER_BAND_ASSUMPTION, rule: AGE_FORMS_RULE.id, assumption: true }

/** A band's hours and forms; shared and read-only, so callers copy what they hand out. */
export const bandInfo = (band: AgeBand): BandInfo => BANDS.get(band) ?? OLDER_BAND

export function audienceBands(a: Answers): AudienceBandPlan[] {
  return a.ageBands.map((band) => {
    const info = bandInfo(band)
    return {
      band,
      label: optionLabel('ageBands', band),
      hours: { ...info.hours },
      forms: [...info.forms],
      why: why([info.rule], ['ageBands'], info.assumption),
    }
  })
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

/**
 * One week's posting slots, as many as the team can produce: spread over the days, bands taking
 * turns, each slot half an hour into its band's active window (an hour apart when a band has
 * two slots on one day), so every post lands while that audience is online.
 */
export function weeklySchedule(a: Answers): PostingSlot[] {
  const n = a.weeklyCapacity
  const taken = new Map<string, number>()
  const slots: PostingSlot[] = []
  for (let i = 0; i < n; i++) {
    const day = Math.floor((i * 7) / n) + 1
    const band = a.ageBands[i % a.ageBands.length]
    const info = bandInfo(band)
    const key = `${day}|${band}`
    const k = taken.get(key) ?? 0
    taken.set(key, k + 1)
    const from = minutes(info.hours.from)
    const room = Math.max(1, Math.floor((minutes(info.hours.to) - from) / 60))
    slots.push({
      day,
      time: clock(from + 30 + 60 * (k % room)),
      band,
      // Two different rule families and two answers: no duplicates to drop, so no why() pass.
      why: {
        rules: [info.rule, CALENDAR_RULE.id],
        answers: ['weeklyCapacity', 'ageBands'],
        assumption: info.assumption,
      },
    })
  }
  return slots.sort((x, y) => x.day - y.day || minutes(x.time) - minutes(y.time))
}
