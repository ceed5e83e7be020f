import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { resolve } from 'node:path'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'
import { assertNoProblems, publicWeChatConfig, readWeChatConfig } from './wechat.cjs'
import { recordBuildConfig } from './build-stamp.cjs'
import { earlyRequestScript } from './early-requests.cjs'
import homeFirstRequests from '../src/pages/home/first-requests.json'
import { signInOnPageMiddleware } from '../cloudfunctions/local/identity.cjs'

// Where the local cloud runtime listens; the H5 dev server proxies /api to it.
const LOCAL_CLOUD = process.env.WP_LOCAL_CLOUD ?? 'http://127.0.0.1:8787'

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV ?? 'weapp'
  const mode = process.env.NODE_ENV ?? 'production'
  // The one WeChat configuration (config/wechat.cjs): embedded as WECHAT_CONFIG (public values
  // only) and, when set, the AppID of dist/weapp/project.config.json (Taro reads TARO_APP_ID).
  const wechat = publicWeChatConfig(assertNoProblems(readWeChatConfig()))
  if (platform === 'weapp' && wechat.appId) process.env.TARO_APP_ID = wechat.appId
  if (platform === 'weapp') recordBuildConfig('weapp', wechat)
  // `npm run bench:first-screen` measures the home page against a bare one-page Taro app built by
  // this same configuration (tools/bench/bare-page), so only the app's own code differs.
  const bare = process.env.WP_BARE_PAGE === '1'
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'weposition',
    date: '2026-11-24',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: bare ? 'tools/bench/bare-page' : 'src',
    // Each platform builds into its own folder so weapp and h5 outputs never clobber each other;
    // the H5 dev server (npm start) gets one of its own so it never wipes the build the tests use.
    outputRoot: bare
      ? `dist/bare-${platform}`
      : platform === 'h5' && mode === 'development'
        ? 'dist/h5-dev'
        : `dist/${platform}`,
    plugins: [],
    defineConstants: { WECHAT_CONFIG: JSON.stringify(wechat) },
    alias: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: {
      enable: true,
      // A cache per platform and mode: sharing one corrupts the other's output.
      name: `${bare ? 'bare-' : ''}${platform}-${mode}`,
    },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/',
      // Taro's HTML components instead of its custom elements: the app binds its own set
      // (src/components/taro-h5), and the router wraps a pull-down page in ours. The bare page of
      // bench:first-screen keeps Taro's defaults.
      useHtmlComponents: !bare,
      // index.html asks for the home page's data before the app's code arrives
      // (config/early-requests.cjs); the bare page of the bench has no data to ask for.
      htmlPluginOption: {
        earlyRequests: bare ? '' : earlyRequestScript(homeFirstRequests.requests, homeFirstRequests.routes),
      },
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      devServer: {
        host: '127.0.0.1',
        port: Number(process.env.WP_H5_PORT ?? 10086),
        open: false,
        proxy: [{ context: ['/api'], target: LOCAL_CLOUD, changeOrigin: false }],
        // The page brings the local runtime's dev-login cookie, as when that runtime serves it:
        // index.html's early requests go out together, and without a cookie in place each would
        // be signed in as a user of its own (cloudfunctions/local/identity.cjs says more). First
        // in the chain, so the cookie is set before webpack's middleware writes the page.
        setupMiddlewares(middlewares) {
          middlewares.unshift({ name: 'wp-dev-login', middleware: signInOnPageMiddleware })
          return middlewares
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // One module per Taro component, so a page's chunk carries only the components it renders
        // (src/components/taro-h5/element.ts says why). The bare page of bench:first-screen keeps
        // Taro's own binding: it is the plain Taro app we are measured against.
        if (bare) return
        const root = resolve(__dirname, '..')
        chain.resolve.alias
          .set('@tarojs/components$', resolve(root, 'src/components/taro-h5/index.ts'))
          // The HTML components' stylesheet styles all of them (picker, swiper, image…) and Taro's
          // button look; ours are styled by the app's tokens (app.scss), so it is left out.
          .set('@tarojs/components-react/dist/index.css$', resolve(root, 'src/components/taro-h5/no-styles.css'))
          .set('taro-component-definitions', resolve(root, 'node_modules/@tarojs/components/dist/components'))
        // The barrel only re-exports: webpack may then link each import straight to its module.
        chain.module
          .rule('taro-h5-components')
          .test(/taro-h5[\\/]index\.ts$/)
          .set('sideEffects', false)
      },
    },
  }
  return merge({}, baseConfig, mode === 'development' ? devConfig : prodConfig)
})
