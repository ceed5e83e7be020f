import type { Text as TaroText } from '@tarojs/components'
import HtmlText from '@tarojs/components-react/dist/components/text/index.js'

// Taro's own HTML Text, a <span> (view.ts says why). Its styles are in ../../app.scss (.taro-text).
export const Text = HtmlText as unknown as typeof TaroText
