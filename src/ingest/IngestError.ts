/** Why a buffer or text was refused. Values equal their names (STYLE 6.2). */
export const IngestErrorCode = {
  EMPTY_INPUT: 'EMPTY_INPUT',
  BINARY_INPUT: 'BINARY_INPUT',
  UNSUPPORTED_ENCODING: 'UNSUPPORTED_ENCODING',
  TOO_LARGE: 'TOO_LARGE',
  NOT_A_REPORT: 'NOT_A_REPORT',
  /** extraction ran past its time budget (extractInWorker) and was stopped */
  EXTRACTION_TIMEOUT: 'EXTRACTION_TIMEOUT',
} as const;
export type IngestErrorCode = (typeof IngestErrorCode)[keyof typeof IngestErrorCode];

/**
 * The one error the ingest layer throws on bad input. Callers (cli, api) branch on `code`, never on the message,
 * which is for people: `IngestError(TOO_LARGE): input is 52428800 bytes, limit is 1048576`.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}
