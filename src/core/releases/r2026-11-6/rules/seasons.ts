/**
 * Seasonal hooks for the content calendar (seed 四: 结合热点), as dated data in China time.
 * Fixed-date festivals and shopping days every year; 节气 on their usual day (they move by a day
 * between years, so the calendar says 前后); lunar festivals only for the years listed.
 */
export interface Hook {
  name: string
  month: number
  day: number
  kind: 'festival' | 'solarTerm' | 'shopping'
}

export const FIXED_HOOKS: readonly Hook[] = [
  { name: '元旦', month: 1, day: 1, kind: 'festival' },
  { name: '情人节', month: 2, day: 14, kind: 'festival' },
  { name: '妇女节', month: 3, day: 8, kind: 'festival' },
  { name: '劳动节', month: 5, day: 1, kind: 'festival' },
  { name: '儿童节', month: 6, day: 1, kind: 'festival' },
  { name: '618', month: 6, day: 18, kind: 'shopping' },
  { name: '教师节', month: 9, day: 10, kind: 'festival' },
  { name: '国庆节', month: 10, day: 1, kind: 'festival' },
  { name: '双十一', month: 11, day: 11, kind: 'shopping' },
  { name: '双十二', month: 12, day: 12, kind: 'shopping' },
  { name: '圣诞节', month: 12, day: 25, kind: 'festival' },
  { name: '小寒', month: 1, day: 5, kind: 'solarTerm' },
  { name: '大寒', month: 1, day: 20, kind: 'solarTerm' },
  { name: '立春', month: 2, day: 4, kind: 'solarTerm' },
  { name: '雨水', month: 2, day: 19, kind: 'solarTerm' },
  { name: '惊蛰', month: 3, day: 5, kind: 'solarTerm' },
  { name: '春分', month: 3, day: 20, kind: 'solarTerm' },
  { name: '清明', month: 4, day: 5, kind: 'solarTerm' },
  { name: '谷雨', month: 4, day: 20, kind: 'solarTerm' },
  { name: '立夏', month: 5, day: 5, kind: 'solarTerm' },
  { name: '小满', month: 5, day: 21, kind: 'solarTerm' },
  { name: '芒种', month: 6, day: 5, kind: 'solarTerm' },
  { name: '夏至', month: 6, day: 21, kind: 'solarTerm' },
  { name: '小暑', month: 7, day: 7, kind: 'solarTerm' },
  { name: '大暑', month: 7, day: 22, kind: 'solarTerm' },
  { name: '立秋', month: 8, day: 7, kind: 'solarTerm' },
  { name: '处暑', month: 8, day: 23, kind: 'solarTerm' },
  { name: '白露', month: 9, day: 7, kind: 'solarTerm' },
  { name: '秋分', month: 9, day: 23, kind: 'solarTerm' },
  { name: '寒露', month: 10, day: 8, kind: 'solarTerm' },
  { name: '霜降', month: 10, day: 23, kind: 'solarTerm' },
  { name: '立冬', month: 11, day: 7, kind: 'solarTerm' },
  { name: '小雪', month: 11, day: 22, kind: 'solarTerm' },
  { name: '大雪', month: 12, day: 7, kind: 'solarTerm' },
  { name: '冬至', month: 12, day: 21, kind: 'solarTerm' },
]

/** Lunar festivals by Gregorian year; 年货节 is the three weeks before 春节. */
export const LUNAR_HOOKS: Readonly<Record<number, readonly Hook[]>> = {
  2026: [
    { name: '年货节', month: 1, day: 27, kind: 'shopping' },
    { name: '春节', month: 2, day: 17, kind: 'festival' },
    { name: '元宵节', month: 3, day: 3, kind: 'festival' },
    { name: '端午节', month: 6, day: 19, kind: 'festival' },
    { name: '七夕', month: 8, day: 19, kind: 'festival' },
    { name: '中秋节', month: 9, day: 25, kind: 'festival' },
  ],
  2027: [
    { name: '年货节', month: 1, day: 16, kind: 'shopping' },
    { name: '春节', month: 2, day: 6, kind: 'festival' },
    { name: '元宵节', month: 2, day: 20, kind: 'festival' },
    { name: '端午节', month: 6, day: 9, kind: 'festival' },
    { name: '七夕', month: 8, day: 8, kind: 'festival' },
    { name: '中秋节', month: 9, day: 15, kind: 'festival' },
  ],
  2028: [
    { name: '年货节', month: 1, day: 5, kind: 'shopping' },
    { name: '春节', month: 1, day: 26, kind: 'festival' },
    { name: '元宵节', month: 2, day: 9, kind: 'festival' },
    { name: '端午节', month: 5, day: 28, kind: 'festival' },
    { name: '七夕', month: 8, day: 26, kind: 'festival' },
    { name: '中秋节', month: 10, day: 3, kind: 'festival' },
  ],
}

const KIND_LABELS: Record<Hook['kind'], string> = { festival: '节日', solarTerm: '节气', shopping: '购物节' }

/** Every hook's kind by name (names are unique across kinds and years), looked up once. */
const KIND_BY_NAME = new Map<string, Hook['kind']>(
  [...FIXED_HOOKS, ...Object.values(LUNAR_HOOKS).flat()].map((h) => [h.name, h.kind]),
)

/**
 * What a calendar slot's hook tag says: its kind (节气), since the topic beside it already names
 * the day ("[大雪] 大雪前后的应季招牌菜推荐" said it twice). Null for a name this data lacks.
 */
export function hookKindLabel(name: string): string | null {
  const kind = KIND_BY_NAME.get(name)
  return kind ? KIND_LABELS[kind] : null
}
