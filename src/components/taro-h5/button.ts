import type { Button as TaroButton } from '@tarojs/components'
import HtmlButton from '@tarojs/components-react/dist/components/button/index.js'

// Taro's own HTML Button (what `h5.useHtmlComponents` binds), a <div> drawn by React; view.ts says
// why not the custom element. Our Button (src/components/button) styles it by its own classes.
export const Button = HtmlButton as unknown as typeof TaroButton
