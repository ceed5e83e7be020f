import { useState } from 'react'
import { Picker, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import {
  guessMapping,
  monthLabel,
  previewPaste,
  rememberMapping,
  splitTable,
  type ColumnRole,
  type PastedTable,
  type RecordableKpi,
  type SavedMapping,
} from '@/core/results'
import { serverNow } from '@/api/server-clock'
import { readLocal, writeLocal } from '@/stores/storage'
import { useResults } from '@/stores/results'

const MAPPING_KEY = 'wp_paste_mapping'

function roleLabel(role: ColumnRole, kpis: readonly RecordableKpi[]): string {
  if (role.kind === 'month') return '月份'
  if (role.kind === 'skip') return '不导入'
  return kpis.find((k) => k.id === role.kpiId)?.metric ?? '不导入'
}

/**
 * Paste a small table from the 公众号/小程序 back office or a spreadsheet: columns in any order,
 * mapped once (remembered by header text), previewed with per-row errors before anything is saved.
 */
export function PastePanel({ kpis, onImported }: { kpis: RecordableKpi[]; onImported: (text: string) => void }) {
  const importMonths = useResults((s) => s.importMonths)
  const [text, setText] = useState('')
  const [table, setTable] = useState<PastedTable | null>(null)
  const [roles, setRoles] = useState<ColumnRole[]>([])
  const [busy, setBusy] = useState(false)
  const choices: ColumnRole[] = [
    { kind: 'month' },
    ...kpis.map((k): ColumnRole => ({ kind: 'kpi', kpiId: k.id })),
    { kind: 'skip' },
  ]

  const [hint, setHint] = useState<string | null>(null)
  const read = () => {
    if (text.trim() === '') {
      setHint('请先把表格粘贴到上面的框里')
      return
    }
    setHint(null)
    const t = splitTable(text)
    setTable(t)
    setRoles(guessMapping(t, kpis, readLocal<SavedMapping>(MAPPING_KEY) ?? {}))
  }

  const preview = table ? previewPaste(table, roles, kpis) : null
  const ready = preview ? Object.keys(preview.months).length : 0
  // Months of this year are shown without the year; "this year" is the server's, as on the record page.
  const year = new Date(serverNow()).getFullYear()

  const setRole = (column: number, index: number) => {
    const chosen = choices[index]
    if (!chosen) return
    // One column per KPI and one month column: choosing it here frees it elsewhere.
    const next = roles.map((r, c) => {
      if (c === column) return chosen
      if (chosen.kind === 'month' && r.kind === 'month') return { kind: 'skip' } as ColumnRole
      if (chosen.kind === 'kpi' && r.kind === 'kpi' && r.kpiId === chosen.kpiId) return { kind: 'skip' } as ColumnRole
      return r
    })
    setRoles(next)
  }

  const save = async () => {
    if (!table || !preview || ready === 0) return
    setBusy(true)
    writeLocal(MAPPING_KEY, rememberMapping(table, roles, readLocal<SavedMapping>(MAPPING_KEY) ?? {}))
    const { saved, failed } = await importMonths(preview.months)
    setBusy(false)
    if (failed.length === 0) {
      setText('')
      setTable(null)
      onImported(`已导入 ${saved} 个月的数据`)
    } else onImported(`已导入 ${saved} 个月；${failed.join('；')}`)
  }

  return (
    <View className='paste'>
      <View className='cells__title'>粘贴表格</View>
      <View className='cells'>
        <View className='paste__help'>
          从公众号或小程序后台、Excel 复制几行按月汇总的数据（含表头），粘贴到下面。列的顺序不限。
        </View>
        <Textarea
          className='paste__input'
          value={text}
          maxlength={20000}
          placeholder={'例如：\n月份\t新增关注\t图文打开率\n2026-07\t1200\t5.2%'}
          aria-label='粘贴表格'
          onInput={(e) => {
            setText(e.detail.value)
            setTable(null)
          }}
        />
        <View className='btn-area btn-area--inline'>
          <Button onClick={read}>识别表格</Button>
        </View>
        {hint ? (
          <View className='field-error paste__hint' role='alert'>
            {hint}
          </View>
        ) : null}
      </View>
      {table && preview ? (
        <View className='cells paste__preview'>
          <View className='paste__step'>第 1 步：核对每一列对应什么（只需设置一次）</View>
          {Array.from({ length: table.columns }, (_, c) => (
            <Picker
              key={c}
              mode='selector'
              range={choices.map((r) => roleLabel(r, kpis))}
              value={Math.max(
                0,
                choices.findIndex((r) => roleLabel(r, kpis) === roleLabel(roles[c] ?? { kind: 'skip' }, kpis)),
              )}
              onChange={(e) => setRole(c, Number(e.detail.value))}
            >
              <View className='paste__column'>
                <Text className='paste__column-head'>{table.header?.[c] || `第 ${c + 1} 列`}</Text>
                <Text className='paste__column-role'>{roleLabel(roles[c] ?? { kind: 'skip' }, kpis)} ›</Text>
              </View>
            </Picker>
          ))}
          <View className='paste__step'>第 2 步：预览</View>
          {preview.problem ? (
            <View className='field-error' role='alert'>
              {preview.problem}
            </View>
          ) : null}
          {preview.rows.map((row) => (
            <View className={`paste__row ${row.errors.length ? 'paste__row--bad' : ''}`} key={row.line}>
              <Text className='paste__line'>第 {row.line} 行</Text>
              <Text>{row.month ? monthLabel(row.month, year) : '月份不明'}</Text>
              {row.errors.length === 0 ? (
                <Text className='paste__ok'>
                  {Object.keys(row.values).length > 0 ? `${Object.keys(row.values).length} 项数据` : '没有数据'}
                </Text>
              ) : (
                row.errors.map((e, i) => (
                  <View className='field-error' role='alert' key={i}>
                    {e.message}
                  </View>
                ))
              )}
            </View>
          ))}
          {table.truncated ? <View className='cell__meta'>表格太大，只读取了前面的部分</View> : null}
          <View className='btn-area'>
            <Button kind='primary' disabled={ready === 0 || busy} loading={busy} onClick={() => void save()}>
              {ready > 0 ? `导入 ${ready} 个月` : '没有可导入的行'}
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}
