export default definePageConfig({ navigationBarTitleText: '朋友圈海报' })
