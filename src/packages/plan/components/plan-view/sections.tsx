import { Text, View } from '@tarojs/components'
import type { PlanContent } from '@/core/plan/schema'
import { STRENGTHS } from '@/core/rules/vocab'
import { formatDay } from '@/components/format'
import { Item, Label, Section } from './section'

const DAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

export function Positioning({ content }: { content: PlanContent }) {
  const p = content.positioning
  return (
    <Section index='一' title='定位陈述'>
      <Item
        title={p.statement}
        meta={`角色：${p.roleLabel} · 首要目标：${p.goalLabel} · 核心目标：${p.coreGoal}`}
        why={p.why}
      />
    </Section>
  )
}

export function Tools({ content }: { content: PlanContent }) {
  return (
    <Section index='二' title='微信工具组合（按优先级）'>
      {content.tools.map((t) => (
        <Item
          key={t.tool}
          title={
            <>
              {t.rank}. {t.label}
              {t.existing ? <Text className='tag tag--muted'>已有</Text> : null}
            </>
          }
          meta={t.reasons.length > 0 ? t.reasons.join('；') : t.reason}
          why={t.why}
        />
      ))}
    </Section>
  )
}

export function Audience({ content }: { content: PlanContent }) {
  const { bands, schedule } = content.audience
  return (
    <Section index='三' title='人群与发布时间'>
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
    <Section index='四' title='账号与发文节奏'>
      {content.accounts.map((a) => (
        <Item
          key={a.account}
          title={`${a.label} · ${a.cadence}`}
          meta={`适用：${a.scenarios.join('、')}`}
          why={a.why}
        />
      ))}
    </Section>
  )
}

export function Content({ content }: { content: PlanContent }) {
  const weeks = [1, 2, 3, 4].map((w) => content.content.calendar.filter((e) => e.week === w))
  return (
    <Section index='五' title='内容策略与四周日历'>
      {content.content.strategy.map((c) => (
        <Item key={c.form} title={`${c.label} → ${c.platforms.join('+')}`} meta={`转化目标：${c.goal}`} why={c.why} />
      ))}
      {weeks.map((entries, i) => (
        <View className='item calendar-week' key={i}>
          <View className='item__title'>
            第 {i + 1} 周 <Text className='item__meta'>（{entries.length} 篇）</Text>
          </View>
          {entries.map((e, j) => (
            <View className='calendar-entry' key={j}>
              <Label>
                {e.date.slice(5)} {DAYS[e.day]} {e.time}
              </Label>
              <Text>{e.topic}</Text>
            </View>
          ))}
          {entries.length === 0 ? <View className='item__meta'>本周不安排发布</View> : null}
        </View>
      ))}
    </Section>
  )
}

export function Compliance({ content }: { content: PlanContent }) {
  return (
    <Section index='七' title='合规清单'>
      {content.compliance.map((c) => (
        <Item
          key={c.id}
          title={
            <>
              {c.risk}
              <Text className={`tag ${c.priority === 'must' ? 'tag--danger' : 'tag--muted'}`}>
                {c.priority === 'must' ? '必须' : '建议'}
              </Text>
            </>
          }
          meta={`触发：${c.trigger}`}
          why={c.why}
        >
          <View className='item__body'>应对：{c.measure}</View>
          {c.source ? (
            <View className='item__meta'>
              出处：{c.source.ref}（{strengthLabel(c.source.strength)}）
            </View>
          ) : null}
        </Item>
      ))}
    </Section>
  )
}

const strengthLabel = (v: string) => STRENGTHS.find((s) => s.value === v)?.label ?? v

export function Differentiation({ content }: { content: PlanContent }) {
  return (
    <Section index='八' title='差异化策略'>
      {content.differentiation.map((d) => (
        <Item
          key={d.id}
          title={`创新方向：${d.innovation}`}
          meta={`对手特征：${d.pattern} · 常见做法：${d.usual}`}
          why={d.why}
        >
          {d.competitors.length > 0 ? <View className='item__meta'>对标：{d.competitors.join('、')}</View> : null}
        </Item>
      ))}
    </Section>
  )
}

export function Tech({ content }: { content: PlanContent }) {
  return (
    <Section index='九' title='技术要求'>
      {content.tech.map((t) => (
        <Item
          key={t.id}
          title={`${t.module}：${t.requirement}`}
          meta={`做法：${t.measure} · 负责：${t.owner}`}
          why={t.why}
        />
      ))}
    </Section>
  )
}

export function Iteration({ content }: { content: PlanContent }) {
  const it = content.iteration
  return (
    <Section index='十' title='季度复盘'>
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
