/**
 * A bad query parameter of an export URL: the endpoint answers 400 with `{ error: { code, parameter, message } }`
 * before streaming anything. Example: `/export/metrics.csv?valueGt=abc` → parameter `valueGt`.
 */
export class ExportParamError extends Error {
  override name = 'ExportParamError';
  constructor(
    readonly parameter: string,
    message: string,
    /** 400 for malformed input, 404 for an id that names nothing */
    readonly status: 400 | 404 = 400,
  ) {
    super(message);
  }
}
