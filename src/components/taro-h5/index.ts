// `@tarojs/components` in the H5 build (config/index.ts points the bare import here): the
// components the app renders, one module each (element.ts says why). Nothing else is exported, so
// test/core/taro-h5-components.test.ts checks that every component src/ imports is listed here
// and binds the same tag and props handling as Taro's own binding.
export { View } from './view'
export { Text } from './text'
export { Button } from './button'
export { Input } from './input'
export { Textarea } from './textarea'
export { Picker } from './picker'
export { Checkbox } from './checkbox'
export { Image } from './image'
export { Canvas } from './canvas'
