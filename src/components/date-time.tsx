import { Text } from '@tarojs/components'
import { formatDate } from './format'

/**
 * A date and time as one unbreakable piece: at 320 px a line would otherwise end inside it
 * ("保存于 2026-11-" / "26 03:38", or "03:38" alone on the next line).
 */
export function DateTime({ ms }: { ms: number }) {
  return <Text className='date-time'>{formatDate(ms)}</Text>
}
