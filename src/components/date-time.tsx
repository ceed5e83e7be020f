import { Text } from '@tarojs/components'
import { formatDate } from './format'

/**
 * A date and time as one unbreakable piece, with the word that introduces it (更新于, 保存于): at
 * 320 px a line would otherwise end inside it ("保存于 2026-11-" / "26 03:38", "03:38" alone on
 * the next line, or "更" / "新于 2026-11-26 07:24").
 */
export function DateTime({ ms, prefix }: { ms: number; prefix?: string }) {
  return <Text className='date-time'>{prefix ? `${prefix} ${formatDate(ms)}` : formatDate(ms)}</Text>
}
