import { GraphQLError } from 'graphql';

/** Error codes clients can rely on (`extensions.code`); values equal names. */
export enum KgErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  STORE_UNAVAILABLE = 'STORE_UNAVAILABLE',
  TIMEOUT = 'TIMEOUT',
  CONFLICT = 'CONFLICT',
  INGEST_FAILED = 'INGEST_FAILED',
}

export function kgError(code: KgErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badInput = (message: string, field?: string) =>
  kgError(KgErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const notFound = (what: string, id: string) => kgError(KgErrorCode.NOT_FOUND, `No ${what} with id "${id}".`, { id });
