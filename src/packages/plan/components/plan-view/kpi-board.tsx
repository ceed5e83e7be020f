import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { PlanContent } from '@/core/plan/schema'
import { KPI_DIMENSIONS, KPI_LAYERS } from '@/core/rules/vocab'
import { Item, Section } from './section'
import { useVoice } from '../voice'

interface Props {
  content: PlanContent
  targets: Record<string, number>
  /** Absent in read-only views (a shared link, an old revision). */
  onSave?: (targets: Record<string, number>) => Promise<string | null>
}

const layerLabel = (v: string) => KPI_LAYERS.find((l) => l.value === v)?.label ?? v
const dimensionLabel = (v: string | null) => (v ? (KPI_DIMENSIONS.find((d) => d.value === v)?.label ?? v) : '')

/** KPIs by layer; each target starts from the plan's suggestion and the owner's own value wins. */
export function KpiBoard({ content, targets, onSave }: Props) {
  const [draft, setDraft] = useState<Record<string, string>>({})
  const voice = useVoice()
  const [message, setMessage] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const shown = (id: string, suggested: number | null) =>
    draft[id] ?? (id in targets ? String(targets[id]) : suggested === null ? '' : String(suggested))
  const invalid = Object.entries(draft).filter(([, v]) => v.trim() !== '' && !(Number(v) >= 0))
  const dirty = Object.keys(draft).length > 0

  const save = async () => {
    if (!onSave || !dirty || invalid.length > 0) return
    const next = { ...targets }
    for (const [id, v] of Object.entries(draft)) {
      if (v.trim() === '') delete next[id]
      else next[id] = Number(v)
    }
    setSaving(true)
    const error = await onSave(next)
    setSaving(false)
    // On failure (e.g. CONFLICT) the typed values stay on screen, ready to save again.
    if (!error) setDraft({})
    setMessage(error ?? '目标已保存')
  }

  return (
    <Section k='kpis'>
      {KPI_LAYERS.map((layer) => {
        const kpis = content.kpis.filter((k) => k.layer === layer.value)
        if (kpis.length === 0) return null
        return (
          <View key={layer.value}>
            <View className='item__group'>{layerLabel(layer.value)}</View>
            {kpis.map((k) => (
              <Item
                key={k.id}
                title={
                  <>
                    {k.metric}
                    {k.dimension ? <Text className='tag tag--muted'>{dimensionLabel(k.dimension)}</Text> : null}
                  </>
                }
                meta={`优化方向：${k.direction}`}
                why={k.target.why.assumption ? k.target.why : k.why}
                terms={k.metric}
              >
                <View className='kpi__target'>
                  <Text className='item__label'>目标</Text>
                  {onSave ? (
                    <Input
                      className='kpi__input'
                      type='digit'
                      name={`target-${k.id}`}
                      value={shown(k.id, k.target.value)}
                      placeholder='填写目标'
                      onInput={(e) => setDraft({ ...draft, [k.id]: e.detail.value })}
                    />
                  ) : (
                    <Text>{shown(k.id, k.target.value) || '待定'}</Text>
                  )}
                  <Text className='item__label'>{k.unit}</Text>
                </View>
                <View className='item__meta'>{k.id in targets ? voice.target : `建议：${k.target.basis}`}</View>
                {draft[k.id] !== undefined && invalid.some(([id]) => id === k.id) ? (
                  <View className='field-error' role='alert'>
                    请填写不小于 0 的数字
                  </View>
                ) : null}
              </Item>
            ))}
          </View>
        )
      })}
      {onSave ? (
        <View className='btn-area'>
          <Button loading={saving} disabled={!dirty || saving || invalid.length > 0} onClick={() => void save()}>
            保存目标
          </Button>
          {message ? (
            <View className='toast-line' role='status'>
              {message}
            </View>
          ) : null}
        </View>
      ) : null}
    </Section>
  )
}
