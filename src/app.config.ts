export default defineAppConfig({
  // The main package holds only the first screen; everything else loads on demand.
  pages: ['pages/home/index'],
  subPackages: [
    { root: 'packages/wizard', pages: ['index'] },
    {
      root: 'packages/plan',
      pages: ['detail/index', 'revisions/index', 'revision/index', 'compare/index', 'shares/index', 'shared/index'],
    },
    { root: 'packages/copy', pages: ['index'] },
    { root: 'packages/results', pages: ['record/index', 'trend/index', 'review/index'] },
    // The 朋友圈 poster: canvas drawing and (in H5) the QR encoder load only here.
    { root: 'packages/poster', pages: ['plan/index'] },
  ],
  lazyCodeLoading: 'requiredComponents',
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#ededed',
    navigationBarBackgroundColor: '#ededed',
    navigationBarTitleText: '微定位',
    navigationBarTextStyle: 'black',
    // WeChat draws this bar itself; in H5 it makes Taro draw a top bar with the page title and a
    // back (or home) button, so sub-pages can be left without the browser's own back button.
    navigationStyle: 'default',
  },
})
