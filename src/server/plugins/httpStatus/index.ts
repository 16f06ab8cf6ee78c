import type { ApolloServerPlugin } from '@apollo/server';
import { KgErrorCode } from '../../../api';

/**
 * HTTP status by error code, most telling first: when a response carries errors of several codes, the first of
 * this list decides. A database that is gone or too slow is 503 (try again); a server bug 500; a missing key 401;
 * everything the client got wrong 400 (syntax, validation, limits, bad arguments and cursors); conflicts 409; an
 * id that names nothing 404.
 */
const STATUS_BY_CODE: readonly (readonly [string, number])[] = [
  [KgErrorCode.STORE_UNAVAILABLE, 503],
  [KgErrorCode.TIMEOUT, 503],
  ['INTERNAL_SERVER_ERROR', 500],
  [KgErrorCode.UNAUTHENTICATED, 401],
  [KgErrorCode.BAD_USER_INPUT, 400],
  [KgErrorCode.QUERY_TOO_COMPLEX, 400],
  [KgErrorCode.EXTRACTION_TIMEOUT, 400],
  ['GRAPHQL_PARSE_FAILED', 400],
  ['GRAPHQL_VALIDATION_FAILED', 400],
  ['BAD_REQUEST', 400],
  ['OPERATION_RESOLUTION_FAILURE', 400],
  ['PERSISTED_QUERY_NOT_FOUND', 400],
  ['PERSISTED_QUERY_NOT_SUPPORTED', 400],
  [KgErrorCode.CONFLICT, 409],
  [KgErrorCode.NOT_FOUND, 404],
];

/** The status a response with these error codes gets; undefined when none of them has one (no errors: 200). */
export function httpStatusOf(codes: readonly string[]): number | undefined {
  return STATUS_BY_CODE.find(([code]) => codes.includes(code))?.[1];
}

/**
 * Gives a GraphQL response the HTTP status of its errors (httpStatusOf), where Apollo would answer 200 for any
 * error raised while executing: a client error is 400 (401, 404, 409 where more precise), an unavailable database
 * 503. The body is unchanged. Example: `plugins: [httpStatusPlugin()]`; `{ policies(first: 1000) { totalCount } }`
 * then answers 400 with code BAD_USER_INPUT.
 */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((e) => String(e.extensions?.code ?? ''));
          const status = httpStatusOf(codes);
          if (status !== undefined) response.http.status = status;
        },
      };
    },
  };
}
