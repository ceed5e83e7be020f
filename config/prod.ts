import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {
    // WeChat's quality scan (miniprogram-ci checkCodeQuality, run by `npm test`) requires JS, WXML
    // and WXSS compression. Taro minifies JS (terser) and WXSS (csso); WXML is compressed by
    // WeChat's own compiler on upload (project.config.json `minifyWXML`, also passed by
    // tools/deploy). Not Taro's `minifyXML`: its html-minifier drops `</input>`, which WeChat's
    // WXML compiler rejects (and the templates would only lose 3 % whitespace).
    terser: { enable: true },
    csso: { enable: true },
  },
  h5: {},
} satisfies UserConfigExport<'webpack5'>
