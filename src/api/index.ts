import type { ApiResult } from '@/core/errors'
import type { Api } from '@/core/api'
import { invoke } from './transport'

export type FunctionName = keyof Api
export type ActionName<F extends FunctionName> = keyof Api[F] & string
type Entry<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends { input: infer I; output: infer O }
  ? { input: I; output: O }
  : never

/** Calls a cloud function action; the result's type follows from the shared API contract. */
export function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: Entry<F, A>['input'],
): Promise<ApiResult<Entry<F, A>['output']>> {
  return invoke(fn, action, input) as Promise<ApiResult<Entry<F, A>['output']>>
}
