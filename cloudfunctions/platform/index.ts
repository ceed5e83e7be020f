export type * from './port'
export {
  ERR,
  WECHAT_LIMITS,
  charCount,
  checkMsgSecCheck,
  checkSubscribeMessage,
  checkUnlimitedCode,
  keywordValueOk,
} from './limits'
export { createWeChatPlatform } from './wechat'
export type { OpenApiCalls } from './wechat'
export { createFakePlatform, DEFAULT_RISKY_TERMS } from './fake'
export type { FakePlatform, FakePlatformOptions, RiskyTerm, SentMessage, PlatformMethod } from './fake'
