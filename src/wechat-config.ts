import type { PublicWeChatConfig } from '../config/wechat.cjs'

// Embedded at build time from the one configuration (config/wechat.cjs): Taro's defineConstants
// for the app, esbuild's define for the functions. Tests and the local runtime run unbundled,
// where nothing is configured.
declare const WECHAT_CONFIG: PublicWeChatConfig | undefined

const NOT_CONFIGURED: PublicWeChatConfig = { appId: '', cloudEnv: '', subscribeTemplates: { review: '' } }

export const wechatConfig: PublicWeChatConfig = typeof WECHAT_CONFIG === 'undefined' ? NOT_CONFIGURED : WECHAT_CONFIG
