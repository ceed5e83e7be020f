export default definePageConfig({ navigationBarTitleText: '数据走势' })
