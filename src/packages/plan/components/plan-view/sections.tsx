import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PlanContent, PlaybookItem } from '@/core/plan/schema'
import { weekFocus } from '@/core/plan/calendar'
import { strengthLabel } from '@/core/rules/vocab'
import { hookKindLabel } from '@/core/rules/seasons'
import { formatDay } from '@/components/format'
import type { Industry } from '@/core/wizard/questions'
import { copyCheckUrl } from '@/packages/copy/url'
import type { SavedChecksSource } from '@/stores/copy-checks'
import { AddToCalendar } from './add-to-calendar'
import { SavedChecks } from './saved-checks'
import { Item, Label, Section } from './section'

const DAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** The trade's playbook moves that belong in this section, marked as our recommendation. */
function Playbook({ content, place }: { content: PlanContent; place: PlaybookItem['place'] }) {
  const items = (content.playbook ?? []).filter((p) => p.place === place)
  return (
    <>
      {items.map((p) => (
        <Item
          key={p.id}
          title={
            <>
              <Text className='tag tag--assumption'>行业打法</Text> {p.title}
            </>
          }
          meta={p.reason}
          why={p.why}
          terms={p.move}
        >
          <View className='item__body'>{p.move}</View>
        </Item>
      ))}
    </>
  )
}

export function Positioning({ content }: { content: PlanContent }) {
  const p = content.positioning
  return (
    <Section k='positioning'>
      <Item title={p.statement} meta={`角色：${p.roleLabel}`} why={p.why} terms={p.statement} />
    </Section>
  )
}

export function Tools({ content }: { content: PlanContent }) {
  return (
    <Section k='tools'>
      {content.tools.map((t) => (
        <Item
          key={t.tool}
          title={
            <>
              {t.rank}. {t.label}
              {t.existing ? <Text className='tag tag--muted'>已有</Text> : null}
            </>
          }
          meta={t.use ? `本计划用它：${t.use}` : undefined}
          why={t.why}
          terms={t.label}
        >
          <View className='item__meta'>理由：{t.reasons.length > 0 ? t.reasons.join('；') : t.reason}</View>
        </Item>
      ))}
      <Playbook content={content} place='tools' />
    </Section>
  )
}

export function Audience({ content }: { content: PlanContent }) {
  const { bands, schedule } = content.audience
  return (
    <Section k='audience'>
      {bands.map((b) => (
        <Item
          key={b.band}
          title={`${b.label}：${b.hours.from}–${b.hours.to}`}
          meta={`偏好：${b.forms.join('、')}`}
          why={b.why}
        />
      ))}
      {schedule.length > 0 ? (
        <View className='item'>
          <View className='item__title'>每周发布时段</View>
          <View className='schedule'>
            {schedule.map((s, i) => (
              <Text className='schedule__slot' key={i}>
                {DAYS[s.day]} {s.time}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
    </Section>
  )
}

export function Accounts({ content }: { content: PlanContent }) {
  return (
    <Section k='accounts'>
      {content.accounts.map((a) => (
        <Item
          key={a.account}
          title={`${a.label} · ${a.cadence}`}
          meta={a.purpose ?? `适用：${a.scenarios.join('、')}`}
          why={a.why}
          terms={a.label}
        >
          {a.norm && a.norm !== a.cadence ? (
            <View className='item__meta'>
              原文常规：{a.norm}
              {a.normNote ? `。${a.normNote}` : ''}
            </View>
          ) : null}
          {a.check ? <View className='item__meta item__check'>请确认：{a.check}</View> : null}
        </Item>
      ))}
      <Playbook content={content} place='accounts' />
    </Section>
  )
}

/** Where a calendar slot's 检查文案 leads: the checker, with the slot's topic and the plan's industry. */
export interface CopyLinks {
  industry: Industry | null
  /** The owner's plan (a check can be saved to it) or a colleague's share link (read only). */
  source?: SavedChecksSource
}

export function Content({ content, planName, copy }: { content: PlanContent; planName: string; copy: CopyLinks }) {
  const planId = copy.source && 'planId' in copy.source ? copy.source.planId : undefined
  const weeks = [1, 2, 3, 4].map((w) => content.content.calendar.filter((e) => e.week === w))
  return (
    <Section k='content'>
      {content.content.strategy.map((c) => (
        <Item
          key={c.form}
          title={`${c.label} → ${c.platforms.join('+')}`}
          meta={`目标：${c.goal}`}
          why={c.why}
          terms={`${c.platforms.join('+')} ${c.goal}`}
        />
      ))}
      <Playbook content={content} place='content' />
      {weeks.map((entries, i) => (
        <View className='item calendar-week' key={i}>
          <View className='item__title'>
            第 {i + 1} 周 · {weekFocus(i + 1)} <Text className='item__meta'>（{entries.length} 条）</Text>
          </View>
          {entries.map((e, j) => (
            <View className='calendar-entry' key={j}>
              <View className='calendar-entry__when'>
                <Label>
                  {e.date.slice(5)} {DAYS[e.day]} {e.time}
                </Label>
                <Text className='calendar-entry__channel'>
                  {e.channel ?? ''}
                  {e.formLabel ? ` · ${e.formLabel}` : ''}
                </Text>
              </View>
              <View className='calendar-entry__topic'>
                {e.hook ? <Text className='tag tag--hook'>{hookKindLabel(e.hook.name) ?? e.hook.name}</Text> : null}
                {e.topic}
              </View>
              <View className='calendar-entry__actions'>
                <AddToCalendar entry={e} planName={planName} />
                <View
                  className='calendar-check'
                  role='button'
                  onClick={() => void Taro.navigateTo({ url: copyCheckUrl(e.topic, copy.industry, { planId }) })}
                >
                  检查文案
                </View>
              </View>
            </View>
          ))}
          {entries.length === 0 ? <View className='item__meta'>本周不安排发布</View> : null}
        </View>
      ))}
    </Section>
  )
}

const PRIORITY = { must: '必须', should: '建议', check: '请确认' } as const
const PRIORITY_CLASS = { must: 'tag--danger', should: 'tag--muted', check: 'tag--assumption' } as const

export function Compliance({ content, copy }: { content: PlanContent; copy: CopyLinks }) {
  return (
    <Section k='compliance'>
      {content.compliance.map((c) => (
        <Item
          key={c.id}
          title={
            <>
              {c.risk}
              <Text className={`tag ${PRIORITY_CLASS[c.priority]}`}>{PRIORITY[c.priority]}</Text>
            </>
          }
          meta={c.priority === 'check' ? c.trigger : `触发：${c.trigger}`}
          why={c.why}
          terms={`${c.risk} ${c.measure}`}
        >
          <View className='item__body'>
            {c.priority === 'check' ? '怎么查：' : '应对：'}
            {c.measure}
          </View>
          {c.source ? (
            <View className='item__meta'>
              出处：
              {[c.source, ...(c.moreSources ?? [])].map((s) => `${s.ref}（${strengthLabel(s.strength)}）`).join('；')}
            </View>
          ) : null}
        </Item>
      ))}
      <Playbook content={content} place='compliance' />
      <SavedChecks source={copy.source} industry={copy.industry} />
    </Section>
  )
}

export function Differentiation({ content }: { content: PlanContent }) {
  return (
    <Section k='differentiation'>
      {content.differentiation.map((d) => (
        <Item
          key={d.id}
          title={`创新方向：${d.innovation}`}
          meta={`对手特征：${d.pattern} · 常见做法：${d.usual}`}
          why={d.why}
          terms={`${d.innovation} ${d.usual}`}
        >
          {d.original ? <View className='item__meta'>原文写作「{d.original}」，按你的行业改写</View> : null}
          {d.competitors.length > 0 ? <View className='item__meta'>对标：{d.competitors.join('、')}</View> : null}
        </Item>
      ))}
    </Section>
  )
}

export function Tech({ content }: { content: PlanContent }) {
  return (
    <Section k='tech'>
      {content.techReader ? <View className='item item__meta'>{content.techReader}</View> : null}
      {content.tech.map((t) => (
        <Item
          key={t.id}
          title={`${t.module}：${t.requirement}`}
          meta={t.action ?? `做法：${t.measure} · 负责：${t.owner}`}
          why={t.why}
          terms={`${t.requirement} ${t.measure} ${t.action ?? ''}`}
        >
          {t.action ? <View className='item__meta'>原文方案：{t.measure}</View> : null}
        </Item>
      ))}
    </Section>
  )
}

export function Iteration({ content }: { content: PlanContent }) {
  const it = content.iteration
  return (
    <Section k='iteration'>
      <Item title={`下次复盘：${it.reviewDate}`} meta={`方案生成于 ${formatDay(content.computedAt)}`} why={it.why}>
        {it.checks.map((c, i) => (
          <View className='item__body' key={i}>
            · {c.item}
          </View>
        ))}
      </Item>
    </Section>
  )
}
