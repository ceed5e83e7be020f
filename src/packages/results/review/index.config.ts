export default definePageConfig({ navigationBarTitleText: '季度复盘' })
