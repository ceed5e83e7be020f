import Taro from '@tarojs/taro'

/** Device storage (wx storage in WeChat, localStorage in H5). Failures never break the UI. */
export function readLocal<T>(key: string): T | undefined {
  try {
    const raw: unknown = Taro.getStorageSync(key)
    if (typeof raw !== 'string' || raw === '') return undefined
    return JSON.parse(raw) as T
  } catch {
    return undefined
  }
}

export function writeLocal(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, JSON.stringify(value))
  } catch {
    // Storage full or unavailable: the cloud copy still holds the draft.
  }
}

export function removeLocal(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // nothing to clean up
  }
}
