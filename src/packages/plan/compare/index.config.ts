export default definePageConfig({ navigationBarTitleText: '对比版本' })
