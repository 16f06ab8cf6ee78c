import type { CheckOptions } from '../main';
import type { CheckContext, CheckResult } from '../harness';

export async function fuzzQueries(_ctx: CheckContext, _options: CheckOptions): Promise<CheckResult> {
  return { target: 'todo', measured: 'todo', pass: false };
}
