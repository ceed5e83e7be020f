import { useMemo, useState } from 'react'
import { Button as TaroButton, Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useRouter } from '@tarojs/taro'
import {
  addMonthsTo,
  formatMetricValue,
  metricSpec,
  monthLabel,
  monthOf,
  parseMetricValue,
  recordableKpis,
} from '@/core/results'
import { ErrorState, Loading } from '@/components/states'
import { Phrases } from '@/components/phrases'
import { THEME } from '@/theme'
import { useResults } from '@/stores/results'
import { PastePanel } from '../components/paste-panel'
import { nowMs, usePlanWithResults } from '../components/plan-context'
import '../components/results.scss'

export default function RecordPage() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const { plan: planState, results, computed } = usePlanWithResults(planId)
  const plan = planState.plan
  const thisMonth = monthOf(nowMs())
  // Figures are complete once a month is over: offer last month first.
  const [month, setMonth] = useState(addMonthsTo(thisMonth, -1))
  const [typed, setTyped] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const kpis = useMemo(() => (computed?.ok ? recordableKpis(computed.content) : []), [computed])
  const year = Number(thisMonth.slice(0, 4))

  if (!planId) return <ErrorState message='链接不完整，找不到方案' />
  if (planState.status === 'error' && !plan)
    return <ErrorState message={planState.error ?? '加载失败'} onRetry={() => void planState.open(planId)} />
  if (!plan || plan.id !== planId || !computed) return <Loading />
  if (!computed.ok) return <ErrorState message={computed.message} />

  const stored = results.items.find((m) => m.month === month)
  const shown = (id: string) =>
    id in typed ? typed[id] : stored && typeof stored.values[id] === 'number' ? String(stored.values[id]) : ''

  const pick = (m: string) => {
    setMonth(m)
    setTyped({})
    setErrors({})
    setNotice(null)
  }

  const save = async () => {
    const values: Record<string, number> = {}
    const errs: Record<string, string> = {}
    for (const k of kpis) {
      const raw = shown(k.id).trim()
      if (raw === '') continue
      const r = parseMetricValue(metricSpec(k), raw)
      if (r.ok) values[k.id] = r.value
      else errs[k.id] = r.message
    }
    setErrors(errs)
    if (Object.keys(errs).length > 0) {
      setNotice('有数值需要修改，见标红的项目')
      return
    }
    if (Object.keys(values).length === 0) {
      setNotice('请至少填写一项数据')
      return
    }
    setSaving(true)
    const failed = await results.saveMonth(month, values)
    setSaving(false)
    if (failed) setNotice(failed)
    else {
      setTyped({})
      const offline = useResults.getState().pendingMonths.includes(month)
      setNotice(
        offline ? `${monthLabel(month, year)}已保存在本机，联网后自动上传` : `${monthLabel(month, year)}的数据已保存`,
      )
    }
  }

  const remove = async (m: string) => {
    const { confirm } = await Taro.showModal({
      title: `删除${monthLabel(m, year)}的数据？`,
      content: '删除后这个月在图表和复盘中显示为「没有数据」。',
      confirmText: '删除',
      confirmColor: THEME.danger,
    })
    if (!confirm) return
    const failed = await results.removeMonth(m)
    setNotice(failed ?? `${monthLabel(m, year)}的数据已删除`)
    if (m === month) setTyped({})
  }

  const go = (url: string) => Taro.navigateTo({ url })

  return (
    <View className='page results'>
      <View className='page__desc page__desc--lead'>{plan.name} · 每月填一次，复盘时用来对照目标</View>

      <View className='cells__title'>按月填写</View>
      <View className='cells'>
        <View className='month-switch'>
          <TaroButton className='month-switch__btn' aria-label='上个月' onClick={() => pick(addMonthsTo(month, -1))}>
            ‹
          </TaroButton>
          <View className='month-switch__label' aria-live='polite'>
            {monthLabel(month, year)}
            {stored ? <Text className='tag tag--muted'>已记录</Text> : null}
          </View>
          <TaroButton
            className='month-switch__btn'
            aria-label='下个月'
            // Only ever disabled={true}: Taro's H5 button writes disabled="false" as an attribute.
            {...(month >= thisMonth ? { disabled: true } : {})}
            onClick={() => pick(addMonthsTo(month, 1))}
          >
            ›
          </TaroButton>
        </View>
        {kpis.map((k) => (
          <View className={`metric-field ${errors[k.id] ? 'metric-field--invalid' : ''}`} key={k.id}>
            <View className='metric-field__row'>
              <View className='metric-field__label'>
                <Phrases text={k.metric} />
              </View>
              <Input
                className='metric-field__input'
                type='digit'
                name={k.id}
                value={shown(k.id)}
                placeholder='未填'
                aria-label={k.metric}
                onInput={(e) => setTyped({ ...typed, [k.id]: e.detail.value })}
              />
              <Text className='metric-field__unit'>{k.unit}</Text>
            </View>
            {errors[k.id] ? (
              <View className='field-error' role='alert'>
                {errors[k.id]}
              </View>
            ) : null}
          </View>
        ))}
      </View>
      {notice ? (
        <View className='toast-line' role='status'>
          {notice}
        </View>
      ) : null}
      <View className='btn-area'>
        <Button kind='primary' loading={saving} disabled={saving} onClick={() => void save()}>
          保存{monthLabel(month, year)}
        </Button>
      </View>

      <PastePanel kpis={kpis} onImported={(text) => setNotice(text)} />

      <View className='cells__title'>已记录的月份</View>
      {results.items.length === 0 ? (
        <View className='cells'>
          <View className='cell cell__meta'>还没有记录。填上面的表，或粘贴后台导出的表格。</View>
        </View>
      ) : (
        <View className='cells'>
          {[...results.items].reverse().map((m) => (
            <View className='recorded' key={m.month}>
              <View className='recorded__head'>
                <Text className='recorded__month'>{monthLabel(m.month, year)}</Text>
                {results.pendingMonths.includes(m.month) ? <Text className='tag'>待上传</Text> : null}
                <View className='recorded__actions'>
                  <Button kind='text' small onClick={() => pick(m.month)}>
                    修改
                  </Button>
                  <Button kind='danger-text' small onClick={() => void remove(m.month)}>
                    删除
                  </Button>
                </View>
              </View>
              <View className='recorded__values'>
                {kpis
                  .filter((k) => typeof m.values[k.id] === 'number')
                  .map((k, i, shown) => (
                    <Text className='recorded__value' key={k.id}>
                      {`${k.metric} ${formatMetricValue(metricSpec(k), m.values[k.id])}${i < shown.length - 1 ? '；' : ''}`}
                    </Text>
                  ))}
              </View>
            </View>
          ))}
        </View>
      )}

      <View className='btn-area'>
        <Button onClick={() => go(`/packages/results/trend/index?id=${plan.id}`)}>查看走势图</Button>
        <Button onClick={() => go(`/packages/results/review/index?id=${plan.id}`)}>季度复盘</Button>
      </View>
    </View>
  )
}
