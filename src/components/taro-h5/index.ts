// `@tarojs/components` in the H5 build (config/index.ts points the bare import here): the
// components the app renders, one module each (element.ts says why). View and Text are Taro's HTML
// components (view.ts says why); the others its custom elements. Nothing else is exported, so
// test/core/taro-h5-components.test.ts checks that every component src/ imports is listed here
// and is bound as Taro itself binds it (same tag and props handling, or the same HTML component).
export { View } from './view'
export { Text } from './text'
export { Button } from './button'
export { Input } from './input'
export { Textarea } from './textarea'
export { Picker } from './picker'
export { Checkbox } from './checkbox'
export { Image } from './image'
export { Canvas } from './canvas'
// Not imported by pages: Taro's router wraps a page that enables pull-down refresh in it.
export { PullDownRefresh } from './pull-down-refresh'
