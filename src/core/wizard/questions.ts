/**
 * The questionnaire as data. The wizard renders it, the answer schema is derived from it,
 * and the engine reads the parsed answers: one definition, three uses.
 */

/** The seed article's eight sections, in its order. */
export const SECTIONS = [
  { id: 'strategy', seed: '一', title: '战略定位与核心目标' },
  { id: 'audience', seed: '二', title: '用户画像与场景匹配' },
  { id: 'features', seed: '三', title: '功能模块与服务设计' },
  { id: 'content', seed: '四', title: '内容策略与分发机制' },
  { id: 'metrics', seed: '五', title: '数据监测与效果评估' },
  { id: 'compliance', seed: '六', title: '合规管理与风险控制' },
  { id: 'competition', seed: '七', title: '竞品对标与差异化策略' },
  { id: 'tech', seed: '八', title: '技术适配与体验优化' },
] as const

export type SectionId = (typeof SECTIONS)[number]['id']

export interface Option<V extends string = string> {
  value: V
  label: string
}

interface QuestionBase {
  id: string
  section: SectionId
  title: string
  /** A few characters naming the question in change lists ("发展阶段：成长期 → 成熟期"). */
  short?: string
  help?: string
  required: boolean
}

export type Question =
  | (QuestionBase & { kind: 'text'; minLength: number; maxLength: number; placeholder?: string })
  | (QuestionBase & { kind: 'single'; options: readonly Option[] })
  | (QuestionBase & { kind: 'multi'; options: readonly Option[]; minItems: number; maxItems: number })
  | (QuestionBase & { kind: 'number'; min: number; max: number; unit?: string })
  | (QuestionBase & { kind: 'boolean' })

type ValueOf<T extends readonly Option[]> = T[number]['value']

export const NAME_MAX_LENGTH = 30
export const COMPETITOR_NAMES_MAX_LENGTH = 60
/** Two posts a day is the most a small team can keep up; the calendar is built from this. */
export const WEEKLY_CAPACITY_MAX = 14

export const INDUSTRIES = [
  { value: 'retail', label: '零售' },
  { value: 'catering', label: '餐饮' },
  { value: 'ecommerce', label: '电商' },
  { value: 'finance', label: '金融' },
  { value: 'medical', label: '医疗健康' },
  { value: 'education', label: '教育培训' },
  { value: 'b2b', label: '企业服务/制造' },
  { value: 'localService', label: '本地生活服务' },
  { value: 'media', label: '媒体/内容' },
  { value: 'other', label: '其他' },
] as const satisfies readonly Option[]
export type Industry = ValueOf<typeof INDUSTRIES>

export function industryLabel(value: string): string {
  return INDUSTRIES.find((o) => o.value === value)?.label ?? '其他'
}

export const CUSTOMER_MODELS = [
  { value: 'toC', label: 'To C（面向个人消费者）' },
  { value: 'toB', label: 'To B（面向企业客户）' },
  { value: 'ecommerce', label: '电商（线上卖货）' },
] as const satisfies readonly Option[]
export type CustomerModel = ValueOf<typeof CUSTOMER_MODELS>

export const STAGES = [
  { value: 'startup', label: '初创期' },
  { value: 'growing', label: '成长期' },
  { value: 'mature', label: '成熟期' },
] as const satisfies readonly Option[]
export type Stage = ValueOf<typeof STAGES>

export const PRIMARY_GOALS = [
  { value: 'brand', label: '品牌传播' },
  { value: 'service', label: '用户服务' },
  { value: 'sales', label: '销售转化' },
] as const satisfies readonly Option[]
export type PrimaryGoal = ValueOf<typeof PRIMARY_GOALS>

export const AGE_BANDS = [
  { value: '18-25', label: '18-25岁' },
  { value: '26-35', label: '26-35岁' },
  { value: '36-45', label: '36-45岁' },
  { value: '46+', label: '46岁以上' },
] as const satisfies readonly Option[]
export type AgeBand = ValueOf<typeof AGE_BANDS>

export const SERVICE_PATTERNS = [
  { value: 'lowFrequency', label: '低频高价值服务（如预约、账单查询）' },
  { value: 'highFrequency', label: '高频内容输出（如资讯、上新）' },
  { value: 'both', label: '两者都有' },
] as const satisfies readonly Option[]
export type ServicePattern = ValueOf<typeof SERVICE_PATTERNS>

export const NEEDS = [
  { value: 'membership', label: '会员体系' },
  { value: 'booking', label: '预约服务' },
  { value: 'realtimeService', label: '实时客服' },
  { value: 'internalCollab', label: '内部协同' },
  { value: 'store', label: '线上商城' },
  { value: 'live', label: '直播' },
] as const satisfies readonly Option[]
export type Need = ValueOf<typeof NEEDS>

export const CONTENT_FORMS = [
  { value: 'longArticle', label: '深度长文' },
  { value: 'shortVideo', label: '短视频' },
  { value: 'live', label: '直播' },
  { value: 'tutorial', label: '产品教程' },
  { value: 'promotion', label: '促销信息' },
  { value: 'story', label: '品牌故事' },
] as const satisfies readonly Option[]
export type ContentForm = ValueOf<typeof CONTENT_FORMS>

export const ASSETS = [
  { value: 'officialAccount', label: '公众号' },
  { value: 'miniProgram', label: '小程序' },
  { value: 'wecom', label: '企业微信' },
  { value: 'channels', label: '视频号' },
  { value: 'community', label: '社群' },
] as const satisfies readonly Option[]
export type Asset = ValueOf<typeof ASSETS>

export const ACTIVITIES = [
  { value: 'shareToWin', label: '转发抽奖/转发有奖' },
  { value: 'luckyDraw', label: '抽奖活动' },
  { value: 'collectPhone', label: '收集手机号' },
  { value: 'externalLinks', label: '外部链接（H5活动页）' },
] as const satisfies readonly Option[]
export type Activity = ValueOf<typeof ACTIVITIES>

export const COMPETITOR_PATTERNS = [
  { value: 'highFrequencyPromo', label: '高频促销型' },
  { value: 'knowledge', label: '知识输出型' },
  { value: 'serviceLed', label: '客服导向型' },
  { value: 'unknown', label: '还不清楚' },
] as const satisfies readonly Option[]
export type CompetitorPattern = ValueOf<typeof COMPETITOR_PATTERNS>

export const PEAKS = [
  { value: '618', label: '618' },
  { value: 'double11', label: '双十一' },
] as const satisfies readonly Option[]
export type Peak = ValueOf<typeof PEAKS>

/** A yes/no question an owner may not know the answer to; 不清楚 is an answer, not a "no". */
export const YES_NO_UNKNOWN = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
  { value: 'unknown', label: '不清楚' },
] as const satisfies readonly Option[]
export type YesNoUnknown = ValueOf<typeof YES_NO_UNKNOWN>

/** Which 公众号 the owner runs: the two types post and serve differently (seed 三). */
export const OFFICIAL_ACCOUNT_TYPES = [
  { value: 'service', label: '服务号' },
  { value: 'subscription', label: '订阅号' },
  { value: 'both', label: '两个都有' },
  { value: 'unknown', label: '不清楚' },
] as const satisfies readonly Option[]
export type OfficialAccountType = ValueOf<typeof OFFICIAL_ACCOUNT_TYPES>

export const DEV_TEAMS = [
  { value: 'inhouse', label: '自有技术团队' },
  { value: 'agency', label: '外包服务商' },
  { value: 'none', label: '暂无技术人员' },
] as const satisfies readonly Option[]
export type DevTeam = ValueOf<typeof DEV_TEAMS>

export const QUESTIONS = [
  {
    id: 'name',
    short: '名称',
    section: 'strategy',
    kind: 'text',
    title: '企业或品牌名称',
    required: true,
    minLength: 1,
    maxLength: NAME_MAX_LENGTH,
    placeholder: '例如：老街面馆',
  },
  {
    id: 'industry',
    short: '行业',
    section: 'strategy',
    kind: 'single',
    title: '所在行业',
    required: true,
    options: INDUSTRIES,
  },
  {
    id: 'customerModel',
    short: '客户类型',
    section: 'strategy',
    kind: 'single',
    title: '主要客户是谁？',
    required: true,
    options: CUSTOMER_MODELS,
  },
  {
    id: 'stage',
    short: '发展阶段',
    section: 'strategy',
    kind: 'single',
    title: '企业处在哪个阶段？',
    required: true,
    options: STAGES,
  },
  {
    id: 'primaryGoal',
    short: '首要目标',
    section: 'strategy',
    kind: 'single',
    title: '在微信里最想先达成什么？',
    required: true,
    options: PRIMARY_GOALS,
  },
  {
    id: 'ageBands',
    short: '目标年龄段',
    section: 'audience',
    kind: 'multi',
    title: '目标用户的年龄段',
    help: '可多选，决定推送时段和内容形式',
    required: true,
    options: AGE_BANDS,
    minItems: 1,
    maxItems: AGE_BANDS.length,
  },
  {
    id: 'servicePattern',
    short: '服务类型',
    section: 'features',
    kind: 'single',
    title: '你的服务更像哪一种？',
    required: true,
    options: SERVICE_PATTERNS,
  },
  {
    id: 'needs',
    short: '功能需求',
    section: 'features',
    kind: 'multi',
    title: '需要哪些功能？',
    required: false,
    options: NEEDS,
    minItems: 0,
    maxItems: NEEDS.length,
  },
  {
    id: 'weeklyCapacity',
    short: '每周内容产能',
    section: 'content',
    kind: 'number',
    title: '团队每周能产出几条内容？',
    help: '图文、视频、社群消息都算一条',
    required: true,
    min: 1,
    max: WEEKLY_CAPACITY_MAX,
    unit: '条/周',
  },
  {
    id: 'contentForms',
    short: '内容形式',
    section: 'content',
    kind: 'multi',
    title: '团队能做哪些内容？',
    required: true,
    options: CONTENT_FORMS,
    minItems: 1,
    maxItems: CONTENT_FORMS.length,
  },
  {
    id: 'assets',
    short: '已有微信工具',
    section: 'metrics',
    kind: 'multi',
    title: '已经在用的微信工具',
    required: false,
    options: ASSETS,
    minItems: 0,
    maxItems: ASSETS.length,
  },
  {
    id: 'officialAccountType',
    short: '公众号类型',
    section: 'metrics',
    kind: 'single',
    title: '已有的公众号是哪一种？',
    help: '没有公众号可不填；在公众号后台「设置与开发」里能看到类型',
    required: false,
    options: OFFICIAL_ACCOUNT_TYPES,
  },
  {
    id: 'followers',
    short: '公众号粉丝数',
    section: 'metrics',
    kind: 'number',
    title: '公众号现有粉丝数（大概）',
    help: '用来定增长目标，不知道可不填',
    required: false,
    min: 0,
    max: 100_000_000,
    unit: '人',
  },
  {
    id: 'monthlyGmv',
    short: '月销售额',
    section: 'metrics',
    kind: 'number',
    title: '微信渠道月销售额（大概）',
    help: '用来定GMV目标，不知道可不填',
    required: false,
    min: 0,
    max: 10_000_000_000,
    unit: '元',
  },
  {
    id: 'activities',
    short: '计划活动',
    section: 'compliance',
    kind: 'multi',
    title: '计划做哪些活动？',
    required: false,
    options: ACTIVITIES,
    minItems: 0,
    maxItems: ACTIVITIES.length,
  },
  {
    id: 'httpsAll',
    short: '接口全部HTTPS',
    section: 'compliance',
    kind: 'single',
    title: '所有接口都已使用 HTTPS 吗？',
    required: false,
    options: YES_NO_UNKNOWN,
  },
  {
    id: 'efficacyClaims',
    short: '宣传功效',
    section: 'compliance',
    kind: 'single',
    title: '宣传中会讲产品功效或效果吗？',
    required: false,
    options: YES_NO_UNKNOWN,
  },
  {
    id: 'competitorPattern',
    short: '竞品打法',
    section: 'competition',
    kind: 'single',
    title: '主要竞品在微信里是什么打法？',
    required: true,
    options: COMPETITOR_PATTERNS,
  },
  {
    id: 'competitorNames',
    short: '竞品名称',
    section: 'competition',
    kind: 'text',
    title: '主要竞品名称',
    help: '用顿号或逗号分隔',
    required: false,
    minLength: 0,
    maxLength: COMPETITOR_NAMES_MAX_LENGTH,
    placeholder: '例如：张记面馆、李家小厨',
  },
  {
    id: 'peaks',
    short: '参加大促',
    section: 'tech',
    kind: 'multi',
    title: '参加哪些大促？',
    required: false,
    options: PEAKS,
    minItems: 0,
    maxItems: PEAKS.length,
  },
  {
    id: 'hasCrm',
    short: '已有CRM',
    section: 'tech',
    kind: 'single',
    title: '已经有 CRM 客户管理系统吗？',
    required: false,
    options: YES_NO_UNKNOWN,
  },
  {
    id: 'devTeam',
    short: '技术开发',
    section: 'tech',
    kind: 'single',
    title: '谁来做技术开发？',
    required: true,
    options: DEV_TEAMS,
  },
] as const satisfies readonly Question[]

export type QuestionId = (typeof QUESTIONS)[number]['id']

const BY_ID = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]))

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id)
}

/** Question → option value → label, built once: the engine asks for labels hundreds of times a plan. */
const OPTION_LABELS = new Map<string, ReadonlyMap<string, string>>(
  QUESTIONS.flatMap((q) =>
    q.kind === 'single' || q.kind === 'multi'
      ? [[q.id, new Map<string, string>(q.options.map((o) => [o.value, o.label]))] as const]
      : [],
  ),
)

/** Label of an option of a single/multi question; the raw value when it is not an option. */
export function optionLabel(id: QuestionId, value: string): string {
  return OPTION_LABELS.get(id)?.get(value) ?? value
}
