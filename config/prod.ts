import type { UserConfigExport } from '@tarojs/cli'

export default {
  // WeChat's quality scan (miniprogram-ci checkCodeQuality, run by `npm test`) requires JS, WXML
  // and WXSS compression. Taro minifies JS (terser) and WXSS (csso) in production — stated here so
  // nobody turns them off; the same defaults apply to h5. WXML is compressed by WeChat's own
  // compiler on upload (project.config.json `minifyWXML`, also passed by tools/deploy). Not Taro's
  // `mini.minifyXML`: its html-minifier drops `</input>`, which WeChat's WXML compiler rejects
  // (and the templates would only lose 3 % whitespace).
  terser: { enable: true },
  csso: { enable: true },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
