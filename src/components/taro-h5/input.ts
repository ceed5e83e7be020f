import type { Input as TaroInput } from '@tarojs/components'
import { defineCustomElement } from 'taro-component-definitions/taro-input-core.js'
import { taroElement } from './element'

export const Input = taroElement<typeof TaroInput>('taro-input-core', defineCustomElement)
