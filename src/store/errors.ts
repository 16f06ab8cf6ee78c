import { Neo4jError } from 'neo4j-driver';

/** Store failures the API layer can turn into client-facing codes. Everything else is an internal error. */
export type StoreErrorCode = 'STORE_UNAVAILABLE' | 'CONFLICT' | 'NOT_FOUND' | 'TIMEOUT' | 'TOO_LARGE';

export class StoreError extends Error {
  override name = 'StoreError';
  /** the id a NOT_FOUND names */
  readonly id?: string;
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options: { cause?: unknown; id?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.id = options.id;
  }
}

/** Whether a failure is the database being unreachable (worth waiting for), as against a fault of the input. */
export function isUnavailable(error: unknown): boolean {
  return error instanceof StoreError && error.code === 'STORE_UNAVAILABLE';
}

// The driver raises these without a code: no connection came within the acquisition timeout, or the driver
// was closed under the request (shutdown).
const UNAVAILABLE_MESSAGES = [/^Connection acquisition timed out/, /^Pool is closed/];

/** Maps a driver error to a StoreError once, here, so no Neo4j message or Cypher text reaches clients. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreError || !(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.includes('DatabaseUnavailable') ||
    UNAVAILABLE_MESSAGES.some((m) => m.test(error.message))
  ) {
    return new StoreError('STORE_UNAVAILABLE', 'The graph database is unavailable; try again shortly.', { cause: error });
  }
  if (code.includes('MemoryPoolOutOfMemoryError') || code.includes('TransactionMemoryLimit')) {
    return new StoreError('TOO_LARGE', 'The write needs more memory than the database allows one transaction (dbms.memory.transaction.total.max).', { cause: error });
  }
  if (code.includes('ConstraintValidationFailed')) {
    return new StoreError('CONFLICT', 'A node with that id already exists.', { cause: error });
  }
  if (code.includes('TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
    return new StoreError('TIMEOUT', 'The query took too long and was stopped.', { cause: error });
  }
  return error;
}
