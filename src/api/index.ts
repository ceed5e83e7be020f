import type { ApiResult } from '@/core/errors'
import type { ActionName, ApiInput, ApiOutput, FunctionName } from '@/core/api'
import { invoke } from './transport'
import { noteServerTime } from './server-clock'

/** Calls a cloud function action; the result's type follows from the shared API contract. */
export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: ApiInput<F, A>,
): Promise<ApiResult<ApiOutput<F, A>>> {
  const { now, ...result } = await invoke(fn, action, input)
  if (typeof now === 'number') noteServerTime(now)
  return result as ApiResult<ApiOutput<F, A>>
}
