import { useMemo, useState } from 'react'
import { Checkbox, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useRouter } from '@tarojs/taro'
import { formatMetricValue } from '@/core/results'
import {
  reviewPlan,
  type KpiReview,
  type Proposal,
  type ReviewPlan,
  type Support,
  type TargetStatus,
} from '@/core/review'
import { ErrorState, Loading } from '@/components/states'
import { usePlan } from '@/stores/plan'
import { nowMs, usePlanWithResults } from '../components/plan-context'
import { ReminderNotices, ReminderPanel } from '../components/reminder-panel'
import { acceptProposals } from './accept'
import { Whole } from '@/components/phrases'
import '../components/results.scss'

const STATUS: Record<TargetStatus, { text: string; tone: string }> = {
  met: { text: '达标', tone: 'good' },
  missed: { text: '未达标', tone: 'bad' },
  noData: { text: '没有数据', tone: 'muted' },
  noTarget: { text: '未设目标', tone: 'muted' },
}
const SUPPORT: Record<Support, { text: string; tone: string }> = {
  supported: { text: '数据支持', tone: 'good' },
  notSupported: { text: '数据不支持', tone: 'bad' },
  unknown: { text: '还看不出', tone: 'muted' },
}

function trendText(k: KpiReview): string {
  if (k.trend === 'unknown') return ''
  if (k.trend === 'flat') return '与上月持平'
  const word = k.trend === 'up' ? '比上月上升' : '比上月下降'
  return `${word}${k.trendGood ? '（向好）' : '（变差）'}`
}

export default function ReviewPage() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const { plan: planState, results, computed } = usePlanWithResults(planId)
  const plan = planState.plan
  const [chosen, setChosen] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [done, setDone] = useState<{ version: number; summary: string[] } | null>(null)
  const input = useMemo<ReviewPlan | null>(
    () => (plan && computed?.ok ? { answers: plan.answers, content: computed.content, targets: plan.targets } : null),
    [plan, computed],
  )
  const review = useMemo(() => (input ? reviewPlan(input, results.items, nowMs()) : null), [input, results.items])

  if (!planId) return <ErrorState message='链接不完整，找不到方案' />
  if (planState.status === 'error' && !plan)
    return <ErrorState message={planState.error ?? '加载失败'} onRetry={() => void planState.open(planId)} />
  if (computed && !computed.ok) return <ErrorState message={computed.message} />
  if (!plan || plan.id !== planId || !input || !review) return <Loading />

  const actionable = review.proposals.filter((p) => p.change !== null)
  const toggle = (id: string) => setChosen(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id])

  const accept = async () => {
    const accepted = actionable.filter((p) => chosen.includes(p.id))
    if (accepted.length === 0) return
    setBusy(true)
    setMessage(null)
    const r = await acceptProposals(plan, input, accepted)
    setBusy(false)
    if (!r.ok) {
      setMessage(r.message)
      return
    }
    usePlan.setState({ plan: r.plan, status: 'ready' })
    setChosen([])
    setDone({ version: r.plan.version, summary: r.summary })
  }

  const record = () => Taro.navigateTo({ url: `/packages/results/record/index?id=${plan.id}` })

  return (
    <View className='page results review'>
      <View className='page__desc page__desc--lead'>
        {plan.name} · {/* The date moves with the words that name it, never "2027-" / "02-26". */}
        {review.due ? (
          <>
            <Whole>{`复盘日 ${review.reviewDate}`}</Whole> 已到
          </>
        ) : (
          <>
            <Whole>{`建议复盘日 ${review.reviewDate}`}</Whole>，现在也可以先看看
          </>
        )}
      </View>

      <ReminderNotices />

      {done ? (
        <View className='cells done' role='status'>
          <View className='done__title'>已更新方案（第 {done.version} 版）</View>
          {done.summary.length > 0 ? (
            done.summary.map((s, i) => (
              <View className='done__item' key={i}>
                · {s}
              </View>
            ))
          ) : (
            <View className='done__item'>方案内容没有变化</View>
          )}
          <View className='btn-area'>
            <Button onClick={() => Taro.redirectTo({ url: `/packages/plan/detail/index?id=${plan.id}` })}>
              查看新版方案
            </Button>
          </View>
        </View>
      ) : null}

      <View className='cells__title'>目标完成情况</View>
      <View className='cells'>
        {review.kpis.map((k) => {
          const last = k.points[k.points.length - 1]
          return (
            <View className='kpi-row' key={k.kpiId}>
              <View className='kpi-row__head'>
                <Text className='kpi-row__name'>{k.metric}</Text>
                <Text className={`tag tag--${STATUS[k.status].tone}`}>{STATUS[k.status].text}</Text>
              </View>
              <View className='cell__meta'>
                {last ? `${Number(last.month.slice(5))}月 ${formatMetricValue(k.spec, last.value)}` : '还没有记录'}
                {k.target !== null ? ` · 目标 ${formatMetricValue(k.spec, k.target)}` : ''}
                {trendText(k) ? ` · ${trendText(k)}` : ''}
              </View>
            </View>
          )
        })}
        {results.items.length === 0 ? (
          <View className='btn-area'>
            <Button kind='primary' onClick={() => void record()}>
              先记录每月数据
            </Button>
          </View>
        ) : null}
      </View>

      <View className='cells__title'>方案里的假设，数据怎么说</View>
      <View className='cells'>
        {review.assumptions.length === 0 ? (
          <View className='cell cell__meta'>这份方案没有需要用数据检验的假设</View>
        ) : null}
        {review.assumptions.map((a) => (
          <View className='kpi-row' key={a.id}>
            <View className='kpi-row__head'>
              <Text className='kpi-row__name'>{a.item}</Text>
              <Text className={`tag tag--${SUPPORT[a.support].tone}`}>{SUPPORT[a.support].text}</Text>
            </View>
            <View className='cell__meta'>{a.reason}</View>
          </View>
        ))}
      </View>

      <View className='cells__title'>建议调整</View>
      <View className='cells'>
        {review.proposals.length === 0 ? (
          <View className='cell cell__meta'>
            {results.items.length === 0
              ? '记录了数据之后，这里会根据数据给出调整建议'
              : '目前的数据还不足以支持调整：连续三个月的数据最能说明问题'}
          </View>
        ) : null}
        {review.proposals.map((p) => (
          <ProposalItem key={p.id} p={p} checked={chosen.includes(p.id)} onToggle={() => toggle(p.id)} />
        ))}
        {message ? (
          <View className='field-error' role='alert'>
            {message}
          </View>
        ) : null}
        {actionable.length > 0 ? (
          <View className='btn-area'>
            <Button kind='primary' disabled={chosen.length === 0 || busy} loading={busy} onClick={() => void accept()}>
              {chosen.length > 0 ? `采纳选中的 ${chosen.length} 项，生成新版本` : '勾选要采纳的建议'}
            </Button>
          </View>
        ) : null}
      </View>

      <ReminderPanel planId={plan.id} />
    </View>
  )
}

function ProposalItem({ p, checked, onToggle }: { p: Proposal; checked: boolean; onToggle: () => void }) {
  const body = (
    <View className='proposal__body'>
      <View className='proposal__title'>{p.title}</View>
      <View className='proposal__reason'>{p.reason}</View>
      <View className='proposal__evidence'>
        <Text className='proposal__evidence-title'>依据：</Text>
        {p.evidence.map((e, i) => (
          <View key={i}>· {e.text}</View>
        ))}
      </View>
      {p.change === null ? <View className='tag tag--muted'>建议，不改动方案</View> : null}
    </View>
  )
  if (p.change === null) return <View className='proposal'>{body}</View>
  return (
    <View
      className={`proposal proposal--choice ${checked ? 'proposal--chosen' : ''}`}
      role='checkbox'
      aria-checked={checked}
      onClick={onToggle}
    >
      <Checkbox value={p.id} checked={checked} className='proposal__check' />
      {body}
    </View>
  )
}
