import { Button, Text, View } from '@tarojs/components'
import type { CopyFinding } from '@/core/copy-check'

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
}: {
  finding: CopyFinding
  index: number
  selected: boolean
  busy: boolean
  onApply: (f: CopyFinding) => void
  onSelect: (id: string) => void
}) {
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
      <View className='copy-finding__meta'>
        依据：{finding.basis.ref}（{finding.basis.strengthLabel}）
      </View>
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
    </View>
  )
}
