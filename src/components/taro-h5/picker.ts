import type { Picker as TaroPicker } from '@tarojs/components'
import { defineCustomElement } from 'taro-component-definitions/taro-picker-core.js'
import { taroElement } from './element'

export const Picker = taroElement<typeof TaroPicker>('taro-picker-core', defineCustomElement)
