// The reference for `npm run bench:first-screen`: the app's own Taro build setup (config/index.ts
// with WP_BARE_PAGE=1) and window options, but one page and no data, styles or stores.
export default defineAppConfig({
  pages: ['pages/home/index'],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#ededed',
    navigationBarBackgroundColor: '#ededed',
    navigationBarTitleText: '微定位',
    navigationBarTextStyle: 'black',
    navigationStyle: 'default',
  },
})
