import type { UserConfigExport } from '@tarojs/cli'

export default {
  // WeChat's quality scan (miniprogram-ci checkCodeQuality, run by `npm test`) requires JS, WXML
  // and WXSS compression. Taro's production build already minifies weapp JS (terser) and WXSS
  // (csso) by default — keep it that way; WXML is compressed by WeChat's own compiler on upload
  // (project.config.json `minifyWXML`, which tools/deploy passes too). Not Taro's `mini.minifyXML`:
  // its html-minifier drops `</input>`, which WeChat's WXML compiler rejects.
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
