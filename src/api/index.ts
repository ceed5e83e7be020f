import type { ApiResult } from '@/core/errors'
import type { ActionName, ApiInput, ApiOutput, FunctionName } from '@/core/api'
import { invoke } from './transport'

/** Calls a cloud function action; the result's type follows from the shared API contract. */
export function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: ApiInput<F, A>,
): Promise<ApiResult<ApiOutput<F, A>>> {
  return invoke(fn, action, input) as Promise<ApiResult<ApiOutput<F, A>>>
}
