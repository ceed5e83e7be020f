export interface EarlyRequest {
  fn: string
  action: string
  input: Record<string, unknown>
}
export function earlyRequestScript(requests: readonly EarlyRequest[], routes: readonly string[]): string
