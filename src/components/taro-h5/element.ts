import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'

/**
 * One Taro H5 component bound to React exactly as `@tarojs/components/lib/react/components.js`
 * binds it (same tag, same props handling, same custom-element definition), but in a module of
 * its own. Taro's file binds all ~100 components in one module, and webpack decides a module's
 * used exports for the whole app, not per page: the home page's chunk then carried the code of
 * every component any page renders (picker, textarea, input…). With one module per component a
 * page's chunk carries only what it renders (`npm run bench:first-screen`).
 */
export function taroElement<Component>(tag: string, define: () => void): Component {
  // Typed as Taro's own export for the same tag, which is what consumers are compiled against.
  return createReactComponent(tag, undefined, manipulatePropsFunction, define) as unknown as Component
}
