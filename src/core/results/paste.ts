import { metricSpec, parseMetricValue } from './metric'
import { parseMonth } from './month'

/**
 * A table copied from the 公众号/小程序 back office or a spreadsheet: tab-separated (what a copy
 * from a web table or Excel gives) or comma-separated (a CSV export). The owner maps the columns
 * once; the mapping is kept by header text so the next paste of the same report maps itself.
 */

export interface PasteKpi {
  id: string
  metric: string
  unit: string
}

export const PASTE_LIMITS = { rows: 120, columns: 30, chars: 20_000 } as const

/** Column role: the month, a KPI id, or ignored. */
export type ColumnRole = { kind: 'month' } | { kind: 'kpi'; kpiId: string } | { kind: 'skip' }

export interface PastedTable {
  /** Header texts, or null when the first row already holds data. */
  header: string[] | null
  rows: string[][]
  columns: number
  /** The text had more rows or columns than we take. */
  truncated: boolean
}

/** Header text → role, remembered after the owner maps once. */
export type SavedMapping = Record<string, 'month' | 'skip' | string>

function splitCsvLine(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell.trim() === '') {
      quoted = true
      cell = ''
    } else if (c === ',' || c === '，') {
      cells.push(cell)
      cell = ''
    } else cell += c
  }
  cells.push(cell)
  return cells
}

export function splitTable(text: string): PastedTable {
  let truncated = text.length > PASTE_LIMITS.chars
  const lines = text
    .slice(0, PASTE_LIMITS.chars)
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
  const tab = lines.some((l) => l.includes('\t'))
  let rows = lines.map((l) => (tab ? l.split('\t') : splitCsvLine(l)).map((c) => c.trim()))
  if (rows.some((r) => r.length > PASTE_LIMITS.columns)) truncated = true
  rows = rows.map((r) => r.slice(0, PASTE_LIMITS.columns))
  const first = rows[0] ?? []
  // A header is a first row in which nothing reads as a month: a data row always has its month.
  const header = rows.length > 0 && first.every((c) => parseMonth(c) === null) ? first : null
  let body = header ? rows.slice(1) : rows
  if (body.length > PASTE_LIMITS.rows) {
    truncated = true
    body = body.slice(0, PASTE_LIMITS.rows)
  }
  const columns = Math.max(0, ...rows.map((r) => r.length))
  return { header, rows: body, columns, truncated }
}

/** What the back offices call our KPIs, beside our own names. */
const ALIASES: Record<string, readonly string[]> = {
  'acquisition.newFollowers': ['新增关注', '新关注', '净增关注', '新增用户', '新增人数'],
  'acquisition.cac': ['获客成本', '拉新成本', '单个获客'],
  'activity.sessionOpenRate': ['会话打开率', '会话打开'],
  'activity.clickDepth': ['点击深度', '访问深度', '人均访问页面', '平均访问深度'],
  'monetisation.gmv': ['gmv', '成交额', '销售额', '交易额', '营业额'],
  'monetisation.aov': ['客单价', '笔单价'],
  'exposure.articleOpenRate': ['公众号打开率', '图文打开率', '打开率', '阅读率'],
  'interaction.mpRetention': ['留存率', '次月留存', '小程序留存'],
  'conversion.wecomAddRate': ['添加转化率', '企业微信添加', '加微率', '添加率'],
}
const MONTH_HEADERS = ['月份', '日期', '时间', '月', 'month', 'date']

function normal(s: string): string {
  return s.toLowerCase().replace(/[\s()（）%％]/g, '')
}

/** The first guess for each column; the owner corrects it once and we remember it. */
export function guessMapping(table: PastedTable, kpis: readonly PasteKpi[], saved: SavedMapping = {}): ColumnRole[] {
  const roles: ColumnRole[] = []
  const taken = new Set<string>()
  let monthTaken = false
  for (let c = 0; c < table.columns; c++) {
    const head = table.header?.[c] ?? ''
    const remembered = head ? saved[head] : undefined
    let role: ColumnRole = { kind: 'skip' }
    if (remembered === 'month') role = { kind: 'month' }
    else if (remembered === 'skip') role = { kind: 'skip' }
    else if (remembered && kpis.some((k) => k.id === remembered)) role = { kind: 'kpi', kpiId: remembered }
    else if (!table.header) {
      // No header: the column whose cells read as months is the month, the rest left to the owner.
      if (table.rows.length > 0 && table.rows.every((r) => parseMonth(r[c] ?? '') !== null)) role = { kind: 'month' }
    } else {
      const h = normal(head)
      if (MONTH_HEADERS.some((m) => h === m || h.startsWith(m))) role = { kind: 'month' }
      else {
        const kpi =
          kpis.find((k) => normal(k.metric).replace(/月$/, '') === h) ??
          kpis.find((k) => (ALIASES[k.id] ?? []).some((a) => h.includes(normal(a)))) ??
          kpis.find((k) => h.includes(normal(k.metric).replace(/月$/, '')))
        if (kpi) role = { kind: 'kpi', kpiId: kpi.id }
      }
    }
    if (role.kind === 'month') {
      if (monthTaken) role = { kind: 'skip' }
      monthTaken = true
    }
    if (role.kind === 'kpi') {
      if (taken.has(role.kpiId)) role = { kind: 'skip' }
      else taken.add(role.kpiId)
    }
    roles.push(role)
  }
  return roles
}

/** What the owner's mapping should remember: only columns that have a header. */
export function rememberMapping(
  table: PastedTable,
  roles: readonly ColumnRole[],
  saved: SavedMapping = {},
): SavedMapping {
  const next: SavedMapping = { ...saved }
  roles.forEach((r, c) => {
    const head = table.header?.[c]
    if (!head) return
    next[head] = r.kind === 'kpi' ? r.kpiId : r.kind
  })
  return next
}

export interface CellError {
  column: number
  kpiId: string | null
  message: string
}

export interface PreviewRow {
  /** 1-based line in what was pasted (header included), as the owner counts. */
  line: number
  month: string | null
  values: Record<string, number>
  errors: CellError[]
}

export interface PastePreview {
  rows: PreviewRow[]
  /** Month → values, from rows without errors only: what saving would write. */
  months: Record<string, Record<string, number>>
  /** A whole-table problem (no month column, nothing mapped). */
  problem: string | null
}

export function previewPaste(
  table: PastedTable,
  roles: readonly ColumnRole[],
  kpis: readonly PasteKpi[],
): PastePreview {
  const monthCol = roles.findIndex((r) => r.kind === 'month')
  const kpiCols = roles
    .map((r, c) => ({ r, c }))
    .filter((x): x is { r: { kind: 'kpi'; kpiId: string }; c: number } => x.r.kind === 'kpi')
    .filter((x) => kpis.some((k) => k.id === x.r.kpiId))
  const problem =
    table.rows.length === 0
      ? '没有可以导入的数据行'
      : monthCol < 0
        ? '请指定哪一列是月份'
        : kpiCols.length === 0
          ? '请至少指定一列对应的指标'
          : null
  const offset = table.header ? 2 : 1
  const seen = new Map<string, number>()
  const rows: PreviewRow[] = table.rows.map((cells, i) => {
    const line = i + offset
    const errors: CellError[] = []
    const values: Record<string, number> = {}
    let month: string | null = null
    if (monthCol >= 0) {
      month = parseMonth(cells[monthCol] ?? '')
      if (month === null) errors.push({ column: monthCol, kpiId: null, message: '看不出是哪个月，请写成 2026-03' })
      else if (seen.has(month)) {
        errors.push({
          column: monthCol,
          kpiId: null,
          message: `这个月份在第 ${seen.get(month)} 行已经有了：请粘贴按月汇总的数据`,
        })
      } else seen.set(month, line)
    }
    for (const { r, c } of kpiCols) {
      const kpi = kpis.find((k) => k.id === r.kpiId) as PasteKpi
      const raw = cells[c] ?? ''
      const checked = parseMetricValue(metricSpec(kpi), raw)
      if (checked.ok) values[kpi.id] = checked.value
      // An empty cell is a month without that figure, not a mistake.
      else if (checked.code !== 'EMPTY')
        errors.push({ column: c, kpiId: kpi.id, message: `${kpi.metric}：${checked.message}` })
    }
    return { line, month, values, errors }
  })
  const months: Record<string, Record<string, number>> = {}
  if (problem === null)
    for (const row of rows)
      if (row.errors.length === 0 && row.month !== null && Object.keys(row.values).length > 0)
        months[row.month] = row.values
  return { rows, months, problem }
}
