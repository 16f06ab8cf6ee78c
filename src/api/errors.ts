import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { IngestError } from '../ingest';
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
};

/**
 * How a client sees an error that a lower layer threw through a resolver: a StoreError by its code, an IngestError
 * (a posted report the extractor refuses) as BAD_USER_INPUT on `text` with its reason. Undefined for any other
 * error. Their messages were written for clients and name no query or driver internals.
 */
export function apiErrorOf(error: unknown): Omit<GraphQLFormattedError, 'path' | 'locations'> | undefined {
  if (error instanceof StoreError) {
    return { message: error.message, extensions: { code: STORE_CODES[error.code], ...(error.id === undefined ? {} : { id: error.id }) } };
  }
  if (error instanceof IngestError) {
    return { message: error.message, extensions: { code: KgErrorCode.BAD_USER_INPUT, field: 'text', reason: error.code } };
  }
  return undefined;
}
