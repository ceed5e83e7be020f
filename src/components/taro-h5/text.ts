import type { Text as TaroText } from '@tarojs/components'
import { defineCustomElement } from 'taro-component-definitions/taro-text-core.js'
import { taroElement } from './element'

export const Text = taroElement<typeof TaroText>('taro-text-core', defineCustomElement)
