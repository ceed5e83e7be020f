import type { Image as TaroImage } from '@tarojs/components'
import { defineCustomElement } from 'taro-component-definitions/taro-image-core.js'
import { taroElement } from './element'

export const Image = taroElement<typeof TaroImage>('taro-image-core', defineCustomElement)
