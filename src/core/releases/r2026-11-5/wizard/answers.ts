import * as v from 'valibot'
import type { FieldError } from '../errors'
import {
  QUESTIONS,
  type Activity,
  type AgeBand,
  type Asset,
  type CompetitorPattern,
  type ContentForm,
  type CustomerModel,
  type DevTeam,
  type Industry,
  type Need,
  type OfficialAccountType,
  type Peak,
  type PrimaryGoal,
  type Question,
  type QuestionId,
  type SectionId,
  type ServicePattern,
  type Stage,
  type YesNoUnknown,
} from './questions'

export interface Answers {
  name: string
  industry: Industry
  customerModel: CustomerModel
  stage: Stage
  primaryGoal: PrimaryGoal
  ageBands: AgeBand[]
  servicePattern: ServicePattern
  needs: Need[]
  weeklyCapacity: number
  contentForms: ContentForm[]
  assets: Asset[]
  /** null: not answered (the owner may have no 公众号). */
  officialAccountType: OfficialAccountType | null
  followers: number | null
  monthlyGmv: number | null
  activities: Activity[]
  /** null: not answered. Neither null nor 'unknown' may be read as "no". */
  httpsAll: YesNoUnknown | null
  efficacyClaims: YesNoUnknown | null
  competitorPattern: CompetitorPattern
  competitorNames: string
  peaks: Peak[]
  hasCrm: YesNoUnknown | null
  devTeam: DevTeam
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Fails to compile when a question is added without its typed answer (or the reverse). */
export const ANSWER_KEYS_MATCH_QUESTIONS: Same<keyof Answers, QuestionId> = true

/** Stable codes of field errors; the UI shows the message, clients may branch on the code. */
export const FIELD_ERROR_CODES = [
  'NOT_AN_OBJECT',
  'REQUIRED',
  'NOT_TEXT',
  'BAD_CHARACTERS',
  'TOO_SHORT',
  'TOO_LONG',
  'NOT_AN_OPTION',
  'NOT_A_LIST',
  'TOO_FEW',
  'TOO_MANY',
  'DUPLICATE',
  'NOT_A_NUMBER',
  'NOT_AN_INTEGER',
  'TOO_SMALL',
  'TOO_LARGE',
  'NOT_A_BOOLEAN',
] as const
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number]

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

// Control characters would break share cards and posters; nothing legitimate types them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL_CHARS = /^[^\u0000-\u001f\u007f]*$/
const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/

type FieldSchema = v.GenericSchema<unknown, unknown>
interface Field {
  question: Question
  schema: FieldSchema
  /** Value of an unanswered optional question. */
  empty: unknown
  requiredMessage: string
}

function fieldOf(q: Question): Field {
  switch (q.kind) {
    case 'text':
      return {
        question: q,
        schema: v.pipe(
          v.string('请填写文字'),
          v.trim(),
          v.regex(NO_CONTROL_CHARS, '包含无法显示的字符'),
          v.minLength(q.minLength, q.minLength <= 1 ? `请填写${q.title}` : `至少 ${q.minLength} 个字`),
          v.maxLength(q.maxLength, `不能超过 ${q.maxLength} 个字`),
        ) as FieldSchema,
        empty: '',
        requiredMessage: `请填写${q.title}`,
      }
    case 'single':
      return {
        question: q,
        schema: v.picklist(
          q.options.map((o) => o.value),
          '请从选项中选择',
        ) as FieldSchema,
        empty: null,
        requiredMessage: '请选择一项',
      }
    case 'multi': {
      const order = q.options.map((o) => o.value)
      return {
        question: q,
        schema: v.pipe(
          v.array(v.picklist(order, '包含不在选项中的值'), '请从选项中选择'),
          v.check((xs) => new Set(xs).size === xs.length, '选项重复了'),
          v.minLength(q.minItems, `至少选 ${q.minItems} 项`),
          v.maxLength(q.maxItems, `最多选 ${q.maxItems} 项`),
          // Option order, not tap order: the same choices must always give the same plan.
          v.transform((xs) => [...xs].sort((a, b) => order.indexOf(a) - order.indexOf(b))),
        ) as FieldSchema,
        empty: [],
        requiredMessage: `至少选 ${Math.max(1, q.minItems)} 项`,
      }
    }
    case 'number':
      return {
        question: q,
        schema: v.pipe(
          v.union(
            [v.number('请填写数字'), v.pipe(v.string(), v.trim(), v.regex(NUMERIC_TEXT), v.transform(Number))],
            '请填写数字',
          ),
          v.integer('请填写整数'),
          v.minValue(q.min, `不能小于 ${q.min}`),
          v.maxValue(q.max, `不能大于 ${q.max}`),
        ) as FieldSchema,
        empty: null,
        requiredMessage: `请填写 ${q.min} 到 ${q.max} 之间的整数`,
      }
    case 'boolean':
      return {
        question: q,
        schema: v.boolean('请选择是或否') as FieldSchema,
        empty: false,
        requiredMessage: '请选择是或否',
      }
  }
}

const FIELDS = new Map<string, Field>(QUESTIONS.map((q) => [q.id, fieldOf(q)]))

function codeOf(issue: v.BaseIssue<unknown>, kind: Question['kind']): FieldErrorCode {
  const list = kind === 'multi'
  switch (issue.type) {
    case 'string':
      return 'NOT_TEXT'
    case 'regex':
      return kind === 'text' ? 'BAD_CHARACTERS' : 'NOT_A_NUMBER'
    case 'min_length':
      return list ? 'TOO_FEW' : issue.input === '' ? 'REQUIRED' : 'TOO_SHORT'
    case 'max_length':
      return list ? 'TOO_MANY' : 'TOO_LONG'
    case 'picklist':
      return 'NOT_AN_OPTION'
    case 'array':
      return 'NOT_A_LIST'
    case 'check':
      return 'DUPLICATE'
    case 'integer':
      return 'NOT_AN_INTEGER'
    case 'min_value':
      return 'TOO_SMALL'
    case 'max_value':
      return 'TOO_LARGE'
    case 'boolean':
      return 'NOT_A_BOOLEAN'
    default:
      return 'NOT_A_NUMBER'
  }
}

type FieldResult = { ok: true; value: unknown } | { ok: false; error: FieldError }

function parseField(field: Field, raw: unknown): FieldResult {
  const { question: q } = field
  // Forms send '' or null for a cleared input; both mean "not answered".
  const missing = raw === undefined || raw === null || (raw === '' && q.kind !== 'text')
  if (missing) {
    if (q.required) return { ok: false, error: { path: q.id, code: 'REQUIRED', message: field.requiredMessage } }
    return { ok: true, value: field.empty }
  }
  const result = v.safeParse(field.schema, liftLegacy(q, raw), { abortEarly: true })
  if (result.success) return { ok: true, value: result.output }
  const issue = result.issues[0]
  return { ok: false, error: { path: q.id, code: codeOf(issue, q.kind), message: issue.message } }
}

/**
 * Rule base 2026.11-2 stored yes/no answers as true/false; they open in the wizard again when an
 * owner edits an old plan, so they are read as 是/否 rather than rejected.
 */
function liftLegacy(q: Question, raw: unknown): unknown {
  if (typeof raw !== 'boolean' || q.kind !== 'single') return raw
  const yes = q.options.some((o) => o.value === 'yes') && q.options.some((o) => o.value === 'no')
  return yes ? (raw ? 'yes' : 'no') : raw
}

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input)
}

function own(input: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined
}

/** Parses untrusted answers (from a form or a request body) into typed answers or field errors. */
export function parseAnswers(input: unknown): ParseResult<Answers> {
  if (!isRecord(input)) return { ok: false, errors: [{ path: '', code: 'NOT_AN_OBJECT', message: '答案格式不正确' }] }
  const out: Record<string, unknown> = {}
  const errors: FieldError[] = []
  for (const field of FIELDS.values()) {
    const r = parseField(field, own(input, field.question.id))
    if (r.ok) out[field.question.id] = r.value
    else errors.push(r.error)
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out as unknown as Answers }
}

/** Validates one answer as the user gives it; null when it is fine. */
export function parseAnswersField(id: QuestionId, value: unknown): FieldError | null {
  const field = FIELDS.get(id)
  if (!field) return { path: String(id), code: 'NOT_AN_OPTION', message: '没有这个问题' }
  const r = parseField(field, value)
  return r.ok ? null : r.error
}

/** Errors of one wizard step only, so "next" is blocked by that step's questions alone. */
export function validateSection(sectionId: SectionId, partial: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = []
  const input = isRecord(partial) ? partial : {}
  for (const field of FIELDS.values()) {
    if (field.question.section !== sectionId) continue
    const r = parseField(field, own(input, field.question.id))
    if (!r.ok) errors.push(r.error)
  }
  return errors
}

/** The parsed value of one answer, or undefined when it is invalid or missing-and-required. */
export function answerValue(id: QuestionId, value: unknown): unknown {
  const field = FIELDS.get(id)
  if (!field) return undefined
  const r = parseField(field, value)
  return r.ok ? r.value : undefined
}
