import { Button, Text, View } from '@tarojs/components'
import { basisLine, type CopyFinding } from '@/core/copy-check'

function applyLabel(f: CopyFinding): string | null {
  if (f.suggestion.append) return `采用：在文末加上「${f.suggestion.append}」`
  if (f.suggestion.replacement === null) return null
  if (f.suggestion.replacement === '') return '采用：删去这几个字'
  return `采用：改为「${f.suggestion.replacement}」`
}

export function FindingCard({
  finding,
  index,
  selected,
  busy,
  onApply,
  onSelect,
  onMark,
}: {
  finding: CopyFinding
  index: number
  selected: boolean
  busy: boolean
  onApply: (f: CopyFinding) => void
  onSelect: (id: string) => void
  onMark: (f: CopyFinding, kind: 'certified' | 'name') => void
}) {
  // Only absolute terms have the regulator's exemptions for awarded titles and names.
  const markable = finding.category === 'absolute' && finding.span !== null
  const label = applyLabel(finding)
  return (
    <View
      id={`finding-${index}`}
      className={`copy-finding copy-finding--${finding.severity}${selected ? ' copy-finding--selected' : ''}`}
      onClick={() => onSelect(finding.id)}
    >
      <View className='copy-finding__head'>
        <Text className={`copy-sev copy-sev--${finding.severity}`}>{finding.severityLabel}</Text>
        <Text className='copy-finding__category'>{finding.categoryLabel}</Text>
      </View>
      <View className='copy-finding__excerpt'>{finding.span ? `「${finding.excerpt}」` : '全文'}</View>
      <View className='copy-finding__why'>{finding.why}</View>
      <View className='copy-finding__meta'>依据：{basisLine(finding.basis)}</View>
      <View className='copy-finding__meta'>建议：{finding.suggestion.advice}</View>
      {label ? (
        <Button
          className='btn btn--default copy-finding__apply'
          {...(busy ? { disabled: true } : {})}
          onClick={(e) => {
            e.stopPropagation()
            onApply(finding)
          }}
        >
          {label}
        </Button>
      ) : null}
      {markable ? (
        <View className='copy-finding__marks'>
          <Text className='copy-finding__mark-hint'>如果不是宣传用语：</Text>
          <Text
            className='copy-finding__mark'
            onClick={(e) => {
              e.stopPropagation()
              if (!busy) onMark(finding, 'certified')
            }}
          >
            这是有证书的称号
          </Text>
          <Text
            className='copy-finding__mark'
            onClick={(e) => {
              e.stopPropagation()
              if (!busy) onMark(finding, 'name')
            }}
          >
            这是商品名称
          </Text>
        </View>
      ) : null}
    </View>
  )
}
