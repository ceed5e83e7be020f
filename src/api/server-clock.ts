import Taro from '@tarojs/taro'

/**
 * "Now" as the server sees it. Every answer from the cloud carries the server's clock (`now` in
 * the envelope), and dates the owner acts on — is the 复盘日 here yet? which draft is newer? how
 * many days are left to restore? — are read against it, so two screens never disagree because the
 * phone's own clock is off (or a test moved only one).
 *
 * The offset is also kept on the phone, so a launch without network (a draft typed offline) still
 * stamps it on the server's clock as last seen; only a phone that never reached the server falls
 * back on its own clock.
 */
const OFFSET_KEY = 'wp:server-clock'
/** A smaller change is network delay, not a different clock: not worth a storage write. */
const KEEP_CHANGE_MS = 1000

let offset: number | undefined

function kept(): number {
  try {
    const raw: unknown = Taro.getStorageSync(OFFSET_KEY)
    const n = typeof raw === 'string' && raw !== '' ? Number(raw) : NaN
    return Number.isFinite(n) ? n : 0
  } catch {
    return 0
  }
}

function currentOffset(): number {
  if (offset === undefined) offset = kept()
  return offset
}

/** Records the server's clock from an answer just received. */
export function noteServerTime(serverNow: number, receivedAt: number = Date.now()): void {
  if (!Number.isFinite(serverNow)) return
  const next = serverNow - receivedAt
  const before = currentOffset()
  offset = next
  if (Math.abs(next - before) < KEEP_CHANGE_MS) return
  try {
    Taro.setStorageSync(OFFSET_KEY, String(next))
  } catch {
    // Storage full or unavailable: this launch still has the offset in memory.
  }
}

export function serverNow(): number {
  return Date.now() + currentOffset()
}

/** Back to the phone's clock (tests, between cases): forgets the offset here and on the phone. */
export function resetServerClock(): void {
  offset = 0
  try {
    Taro.removeStorageSync(OFFSET_KEY)
  } catch {
    // nothing kept
  }
}

/** As after a relaunch: the offset is read again from the phone's storage (tests). */
export function forgetServerClockInMemory(): void {
  offset = undefined
}
