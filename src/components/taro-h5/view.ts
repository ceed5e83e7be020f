import type { View as TaroView } from '@tarojs/components'
import { defineCustomElement } from 'taro-component-definitions/taro-view-core.js'
import { taroElement } from './element'

export const View = taroElement<typeof TaroView>('taro-view-core', defineCustomElement)
