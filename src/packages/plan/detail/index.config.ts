export default definePageConfig({
  navigationBarTitleText: '定位方案',
  // The share card (onShareAppMessage) is offered from this page only.
  enableShareAppMessage: true,
})
