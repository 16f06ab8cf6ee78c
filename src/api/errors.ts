import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { IngestError, IngestErrorCode } from '../ingest';
import { StoreError, type StoreErrorCode } from '../store';

/** Error codes clients can rely on (`extensions.code`); values equal names. */
export enum KgErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  STORE_UNAVAILABLE = 'STORE_UNAVAILABLE',
  TIMEOUT = 'TIMEOUT',
  CONFLICT = 'CONFLICT',
  /** a posted report took longer than EXTRACTION_TIMEOUT_MS to read */
  EXTRACTION_TIMEOUT = 'EXTRACTION_TIMEOUT',
  /** HTTP 413: a request body over the limit (MAX_BODY_BYTES without a key) */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** HTTP 415: a body in a content type, charset or encoding the server does not read */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
}

export function kgError(code: KgErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badInput = (message: string, field?: string) =>
  kgError(KgErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const notFound = (what: string, id: string) => kgError(KgErrorCode.NOT_FOUND, `No ${what} with id "${id}".`, { id });

const STORE_CODES: Record<StoreErrorCode, KgErrorCode> = {
  STORE_UNAVAILABLE: KgErrorCode.STORE_UNAVAILABLE,
  CONFLICT: KgErrorCode.CONFLICT,
  NOT_FOUND: KgErrorCode.NOT_FOUND,
  TIMEOUT: KgErrorCode.TIMEOUT,
  // only a write can need that much memory: a report too big for one transaction
  TOO_LARGE: KgErrorCode.BAD_USER_INPUT,
};

/**
 * How a client sees an error that a lower layer threw through a resolver: a StoreError by its code (TOO_LARGE, a
 * report too big for one transaction, as BAD_USER_INPUT with that reason), an IngestError (a posted report the
 * extractor refuses) as BAD_USER_INPUT on `text` with its reason, or EXTRACTION_TIMEOUT when it ran out of time.
 * Undefined for any other error. Their messages were written for clients and name no query or driver internals.
 */
export function apiErrorOf(error: unknown): Omit<GraphQLFormattedError, 'path' | 'locations'> | undefined {
  if (error instanceof StoreError) {
    const reason = error.code === 'TOO_LARGE' ? { field: 'text', reason: IngestErrorCode.TOO_LARGE } : {};
    return { message: error.message, extensions: { code: STORE_CODES[error.code], ...reason, ...(error.id === undefined ? {} : { id: error.id }) } };
  }
  if (error instanceof IngestError) {
    const code = error.code === IngestErrorCode.EXTRACTION_TIMEOUT ? KgErrorCode.EXTRACTION_TIMEOUT : KgErrorCode.BAD_USER_INPUT;
    return { message: error.message, extensions: { code, field: 'text', reason: error.code } };
  }
  return undefined;
}
