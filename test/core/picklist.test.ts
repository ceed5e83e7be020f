import { labelOf } from '@/core/picklist'
import { TOOLS, STRENGTHS, strengthLabel, toolLabel } from '@/core/rules/vocab'
import {
  COPY_CATEGORIES,
  EXEMPTIONS,
  SEVERITIES,
  categoryLabel,
  exemptionLabel,
  severityLabel,
} from '@/core/copy-check'

describe('one picklist helper for the rule vocabulary and the copy checker', () => {
  it('reads the label of every value of every list', () => {
    const lists = [TOOLS, STRENGTHS, COPY_CATEGORIES, EXEMPTIONS, SEVERITIES]
    for (const list of lists)
      for (const c of list) expect(labelOf(list as readonly { value: string; label: string }[], c.value)).toBe(c.label)
  })

  it('the named helpers are the same lookup', () => {
    expect(toolLabel('channels')).toBe(TOOLS.find((t) => t.value === 'channels')?.label)
    expect(strengthLabel('statute')).toBe('法律条文')
    expect(categoryLabel('inducedSharing')).toBe('诱导分享')
    expect(severityLabel('low')).toBe('提醒')
    expect(exemptionLabel('ordinal')).toBe('序数或时间用语')
  })

  it('falls back to the value only when the list does not have it', () => {
    expect(labelOf([{ value: 'a', label: '甲' }], 'b' as 'a')).toBe('b')
  })
})
