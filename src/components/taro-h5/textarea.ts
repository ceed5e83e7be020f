import type { Textarea as TaroTextarea } from '@tarojs/components'
import { defineCustomElement } from 'taro-component-definitions/taro-textarea-core.js'
import { taroElement } from './element'

export const Textarea = taroElement<typeof TaroTextarea>('taro-textarea-core', defineCustomElement)
