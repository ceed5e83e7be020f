export default definePageConfig({ navigationBarTitleText: '检查文案' })
