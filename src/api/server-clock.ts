/**
 * "Now" as the server sees it. Every answer from the cloud carries the server's clock (`now` in
 * the envelope), and dates the owner acts on — is the 复盘日 here yet? — are read against it, so
 * two screens never disagree because the phone's own clock is off (or a test moved only one).
 * Before the first answer, the phone's clock is all there is.
 */
let offset = 0

/** Records the server's clock from an answer just received. */
export function noteServerTime(serverNow: number, receivedAt: number = Date.now()): void {
  if (Number.isFinite(serverNow)) offset = serverNow - receivedAt
}

export function serverNow(): number {
  return Date.now() + offset
}

/** Back to the phone's clock (tests, between cases). */
export function resetServerClock(): void {
  offset = 0
}
