import type { Checkbox as TaroCheckbox } from '@tarojs/components'
import { defineCustomElement } from 'taro-component-definitions/taro-checkbox-core.js'
import { taroElement } from './element'

export const Checkbox = taroElement<typeof TaroCheckbox>('taro-checkbox-core', defineCustomElement)
