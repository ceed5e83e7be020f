// Types of config/wechat.cjs (plain JS so the node tools read it without a compiler).

/** What the builds embed in the mini program and the functions. '' = not configured. */
export interface PublicWeChatConfig {
  appId: string
  cloudEnv: string
  /** Subscribe message template ids by purpose; issue 10's reminders read `review`. */
  subscribeTemplates: { review: string }
}

export interface WeChatConfigValues extends PublicWeChatConfig {
  uploadKeyPath: string
  robot: string
}

export interface ConfigProblem {
  variable: string
  message: string
}

export interface WeChatConfig {
  values: WeChatConfigValues
  problems: ConfigProblem[]
  sources: Record<string, string>
  file: string
}

export interface Setting {
  variable: string
  key: string
  public: boolean
  pattern: RegExp
  format: string
  fallback?: string
}

export const repoRoot: string
export const SETTINGS: Setting[]
export function parseEnvFile(text: string): Record<string, string>
export function readWeChatConfig(options?: { env?: Record<string, string | undefined>; root?: string }): WeChatConfig
export function missingSettings(config: WeChatConfig, variables: string[]): ConfigProblem[]
export function publicWeChatConfig(config: WeChatConfig): PublicWeChatConfig
export function assertNoProblems(config: WeChatConfig): WeChatConfig
