/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.less'
declare module '*.scss'
declare module '*.sass'
declare module '*.styl'

declare namespace NodeJS {
  interface ProcessEnv {
    /** NODE 内置环境变量, 会影响到最终构建生成产物 */
    NODE_ENV: 'development' | 'production'
    /** 当前构建的平台 */
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /**
     * 当前构建的小程序 appid
     * @description 若不同环境有不同的小程序，可通过在 env 文件中配置环境变量`TARO_APP_ID`来方便快速切换 appid， 而不必手动去修改 dist/project.config.json 文件
     * @see https://taro-docs.jd.com/docs/next/env-mode-config#特殊环境变量-taro_app_id
     */
    TARO_APP_ID: string
  }
}

// The custom-element definitions in @tarojs/components/dist/components, reached in the H5 build
// through this alias (config/index.ts; used by src/components/taro-h5). Their own .d.ts pull in
// Stencil's testing types, whose global jest matchers clash with jest-dom's in our tests.
declare module 'taro-component-definitions/*' {
  export const defineCustomElement: () => void
}

// Taro's HTML components (what `h5.useHtmlComponents` binds), used one by one in the H5 build
// (src/components/taro-h5). Typed where they are bound, as Taro's own export of the same name.
declare module '@tarojs/components-react/dist/components/*/index.js' {
  const component: unknown
  export default component
}
