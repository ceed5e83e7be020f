export default definePageConfig({
  navigationBarTitleText: '企业定位向导',
})
