import type { PublicWeChatConfig } from './wechat.cjs'

export const stampDir: string
export function recordBuildConfig(build: 'weapp' | 'functions', publicConfig: PublicWeChatConfig): void
export function readBuildConfig(build: 'weapp' | 'functions'): PublicWeChatConfig | null
