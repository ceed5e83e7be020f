import type { Button as TaroButton } from '@tarojs/components'
import { defineCustomElement } from 'taro-component-definitions/taro-button-core.js'
import { taroElement } from './element'

export const Button = taroElement<typeof TaroButton>('taro-button-core', defineCustomElement)
