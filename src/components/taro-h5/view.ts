import type { View as TaroView } from '@tarojs/components'
import HtmlView from '@tarojs/components-react/dist/components/view/index.js'

// Taro's own HTML View (what Taro's `h5.useHtmlComponents` option gives): a plain <div> rendered
// by React. Taro's default, the taro-view-core custom element, runs Stencil's lifecycle and slot
// relocation for every element: a page is mostly Views (home's first screen a dozen, a plan
// hundreds), and on a slow phone that was the biggest share of the home page's extra time over a
// bare Taro page (bench:first-screen). We use none of what the custom element adds over a div that
// the HTML View lacks (hover-class, long press and animation are in both).
export const View = HtmlView as unknown as typeof TaroView
