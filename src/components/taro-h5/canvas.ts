import type { Canvas as TaroCanvas } from '@tarojs/components'
import { defineCustomElement } from 'taro-component-definitions/taro-canvas-core.js'
import { taroElement } from './element'

export const Canvas = taroElement<typeof TaroCanvas>('taro-canvas-core', defineCustomElement)
