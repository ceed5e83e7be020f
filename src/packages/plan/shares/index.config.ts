export default definePageConfig({ navigationBarTitleText: '分享链接' })
