/** Names the rules and the plan share. Labels are what the owner reads. */
import { labelOf } from '../picklist'

export const TOOLS = [
  { value: 'serviceAccount', label: '公众号（服务号）' },
  { value: 'subscriptionAccount', label: '公众号（订阅号）' },
  { value: 'miniProgram', label: '小程序' },
  { value: 'wecom', label: '企业微信' },
  { value: 'channels', label: '视频号' },
  { value: 'community', label: '社群' },
  { value: 'momentsAds', label: '朋友圈广告' },
  { value: 'kanyikan', label: '看一看' },
] as const

/** Looked up once: every calendar slot names its channel. */
const TOOL_LABELS = new Map<string, string>(TOOLS.map((t) => [t.value, t.label]))

export type ToolId = (typeof TOOLS)[number]['value']
export const TOOL_IDS: readonly ToolId[] = TOOLS.map((t) => t.value)

/**
 * The seed often says just "公众号"; which account type that means depends on the
 * service pattern (seed 三), so rules name it abstractly and the engine resolves it.
 */
export type ToolTarget = ToolId | 'officialAccount'

export function toolLabel(id: ToolId): string {
  // A map built once at load: toolLabel is on the engine's hot path (labelOf scans the list).
  return TOOL_LABELS.get(id) ?? id
}

export const ROLES = [
  { value: 'serviceWindow', label: '服务窗口' },
  { value: 'marketingFront', label: '营销阵地' },
  { value: 'operationsHub', label: '用户运营中枢' },
] as const
export type Role = (typeof ROLES)[number]['value']

export const ACCOUNTS = ['serviceAccount', 'subscriptionAccount', 'wecom'] as const
export type AccountId = (typeof ACCOUNTS)[number]

/** Seed 五's dimensions (table rows). */
export const KPI_DIMENSIONS = [
  { value: 'acquisition', label: '流量获取' },
  { value: 'activity', label: '用户活跃' },
  { value: 'monetisation', label: '商业变现' },
] as const
export type KpiDimension = (typeof KPI_DIMENSIONS)[number]['value']

/** Seed 五's prose layers; the tracking chart groups by these. */
export const KPI_LAYERS = [
  { value: 'exposure', label: '曝光层' },
  { value: 'interaction', label: '交互层' },
  { value: 'conversion', label: '转化层' },
] as const
export type KpiLayer = (typeof KPI_LAYERS)[number]['value']

/**
 * How binding a source is (COMPLIANCE.md): the law's own words, a regulator's rule, WeChat's
 * published rules, a regulator's enforcement guide (how it reads the law: not the law), industry
 * word lists (useful warnings, not law), and our own judgement (a reading no source states). One
 * list for the plan's compliance section and the copy checker, so both say it the same way.
 */
export const STRENGTHS = [
  { value: 'statute', label: '法律条文' },
  { value: 'regulation', label: '监管规定' },
  { value: 'platform', label: '平台规则' },
  { value: 'guidance', label: '执法指南' },
  { value: 'practice', label: '行业惯例' },
  // The why panel's tag for an assumption says the same words.
  { value: 'ours', label: '我们的判断' },
] as const
export type Strength = (typeof STRENGTHS)[number]['value']

export function strengthLabel(value: Strength): string {
  return labelOf(STRENGTHS, value)
}
