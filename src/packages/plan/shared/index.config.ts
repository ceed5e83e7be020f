export default definePageConfig({ navigationBarTitleText: '同事分享的方案' })
