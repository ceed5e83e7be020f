/** Where a rule sits in the seed article: its eight sections plus the intro and the conclusion. */
export type SeedSection = '引言' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '结语'

export interface Rule {
  /** Stable: stored plans cite it. Never reuse an id for a different rule. */
  id: string
  section: SeedSection
  /**
   * seed: the article; compliance: COMPLIANCE.md (law and platform rules); ours: our own
   * judgement (industry playbooks, KPI choices), never presented as the article's words.
   */
  origin: 'seed' | 'compliance' | 'ours'
  /** table: one row of a seed table; prose: a sentence of the article or of COMPLIANCE.md. */
  form: 'table' | 'prose'
  /** Verbatim text (a table row is its cells joined by " | "), so the UI can quote it. */
  source: string
  /**
   * The rule as a plain Chinese sentence for the why panel, when the source is not one
   * (an English summary in COMPLIANCE.md, a table row).
   */
  plain?: string
}
