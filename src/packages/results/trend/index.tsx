import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useRouter } from '@tarojs/taro'
import { monthOf } from '@/core/results'
import { Empty, ErrorState, Loading } from '@/components/states'
import { labelAndNote } from '@/components/format'
import { Phrases } from '@/components/phrases'
import { ChartCanvas } from '../chart/chart-canvas'
import { layerCharts } from '../chart/data'
import { nowMs, usePlanWithResults } from '../components/plan-context'
import '../components/results.scss'

export default function TrendPage() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const { plan: planState, results, computed } = usePlanWithResults(planId)
  const plan = planState.plan
  const charts = useMemo(
    () => (plan && computed?.ok ? layerCharts(computed.content, plan.targets, results.items, monthOf(nowMs())) : []),
    [plan, computed, results.items],
  )

  if (!planId) return <ErrorState message='链接不完整，找不到方案' />
  if (planState.status === 'error' && !plan)
    return <ErrorState message={planState.error ?? '加载失败'} onRetry={() => void planState.open(planId)} />
  if (!plan || plan.id !== planId || !computed || (results.status === 'loading' && results.items.length === 0))
    return <Loading />
  if (!computed.ok) return <ErrorState message={computed.message} />

  const record = () => Taro.navigateTo({ url: `/packages/results/record/index?id=${plan.id}` })

  return (
    <View className='page results'>
      <View className='page__desc page__desc--lead'>{plan.name} · 按曝光、交互、转化三层对照目标</View>
      {results.items.length === 0 ? (
        <Empty
          title='还没有记录数据'
          desc='记下每月的实际数据，这里就会画出它和目标的对比。'
          action={
            <Button kind='primary' onClick={() => void record()}>
              去记录数据
            </Button>
          }
        />
      ) : (
        <>
          <View className='legend'>
            <Text className='legend__item legend__item--met'>达标</Text>
            <Text className='legend__item legend__item--missed'>未达标</Text>
            <Text className='legend__item legend__item--plain'>未设目标</Text>
            <Text className='legend__item legend__item--target'>目标线</Text>
          </View>
          {charts.map((c) => (
            <View className='layer' key={c.layer}>
              <View className='cells__title'>{c.label}</View>
              <View className='cells layer__body'>
                <ChartCanvas input={c.input} label={`${c.label}走势图`} />
                <View className='numbers' role='table' aria-label={`${c.label}数据表`}>
                  <View className='numbers__row numbers__row--head' role='row'>
                    <View className='numbers__month' role='columnheader'>
                      月份
                    </View>
                    {c.metrics.map((m) => {
                      const { label, note } = labelAndNote(m.label)
                      return (
                        <View className='numbers__cell numbers__head' role='columnheader' key={m.id}>
                          <Phrases text={label} />
                          {note ? <View className='numbers__note'>{note}</View> : null}
                          <View className='numbers__target'>目标 {m.target}</View>
                        </View>
                      )
                    })}
                  </View>
                  {c.table.map((row) => (
                    <View className='numbers__row' role='row' key={row.month}>
                      <View className='numbers__month' role='cell'>
                        {row.month}
                      </View>
                      {row.cells.map((cell, i) => (
                        <View className='numbers__cell' role='cell' key={i}>
                          {cell}
                        </View>
                      ))}
                    </View>
                  ))}
                </View>
              </View>
            </View>
          ))}
        </>
      )}
      <View className='btn-area'>
        {results.readOnly ? null : <Button onClick={() => void record()}>记录数据</Button>}
        {results.readOnly ? null : (
          <Button onClick={() => Taro.navigateTo({ url: `/packages/results/review/index?id=${plan.id}` })}>
            季度复盘
          </Button>
        )}
      </View>
    </View>
  )
}
