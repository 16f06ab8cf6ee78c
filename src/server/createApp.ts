import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { apiErrorOf, createContext, createSchema, KgErrorCode, SupportedOperationsRule, type KgContext } from '../api';
import type { Store } from '../store';
import { callerFromHeader, parseApiKeys } from './apiKeys';
import type { Config } from './config';
import { answerClientErrors } from './http/clientErrors';
import { jsonBody } from './http/jsonBody';
import { jsonErrors } from './http/jsonErrors';
import { KeyGate } from './http/keyGate';
import { mountHealth } from './plugins/health';
import { httpStatusPlugin } from './plugins/httpStatus';
import { QueryTooComplexError, queryLimitsPlugin } from './plugins/queryLimits';

/** What a Mount gets besides the app: the store, the config and the key gate (to declare anonymous pages). */
export interface MountContext {
  store: Store;
  config: Config;
  gate: KeyGate;
}

export interface App {
  app: Express;
  httpServer: http.Server;
  apollo: ApolloServer<KgContext>;
  /** builds the per-request context for a caller (tests use it with executeOperation) */
  contextFor(authorization?: string): KgContext;
}

/** Codes whose messages were written for clients; anything else is internal and masked in production. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(KgErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * The HTTP application: the key gate in front of everything (REQUIRE_KEY_FOR_READS), Apollo at /graphql (body
 * limits by caller, query limits, error masking, HTTP status by error code, CSRF prevention, introspection as
 * configured, no CDN landing page), health endpoints, whatever extra routes `mount` adds (playground, explorer,
 * exports), and JSON answers for every error outside Apollo. Not listening yet.
 */
export async function createApp(
  store: Store,
  config: Config,
  logger: Logger,
  mount: (app: Express, ctx: MountContext) => void = () => {},
): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  answerClientErrors(httpServer);
  const schema = createSchema();
  const limits = queryLimitsPlugin(schema, {
    maxDepth: config.maxQueryDepth,
    maxCost: config.maxQueryCost,
    maxAliases: config.maxAliases,
    hideSuggestions: config.production,
  });
  const keys = parseApiKeys(config.apiKeys);
  const gate = new KeyGate({ keys, required: config.requireKeyForReads });

  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const mapped = apiErrorOf(original);
    if (mapped) return { ...mapped, path: formatted.path };
    if (error instanceof GraphQLError && error.originalError instanceof QueryTooComplexError) {
      return { message: error.originalError.message, extensions: { code: KgErrorCode.QUERY_TOO_COMPLEX } };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (CLIENT_CODES.has(code)) return formatted;
    // Apollo refuses some requests with an uncoded GraphQLError and a 4xx status (an APQ hash that does not match
    // its query): the client's mistake, so BAD_REQUEST, not a masked internal error.
    const httpStatus = error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined)?.status : undefined;
    if (httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500) {
      return { message: formatted.message, path: formatted.path, extensions: { code: 'BAD_REQUEST' } };
    }
    logger.error({ err: original }, 'internal error in GraphQL request');
    if (config.production) return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    return formatted;
  };

  const apollo = new ApolloServer<KgContext>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !config.production,
    validationRules: [SupportedOperationsRule, ...limits.validationRules],
    parseOptions: limits.parseOptions,
    formatError,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ...limits.plugins, httpStatusPlugin()],
  });
  await apollo.start();

  const contextFor = (authorization?: string): KgContext =>
    createContext(store, { maxPageSize: config.maxPageSize }, { keyName: callerFromHeader(authorization, keys) });

  app.use(gate.middleware);
  gate.allowAnonymous('/healthz', '/readyz');
  mountHealth(app, { ready: () => store.ping() });
  mount(app, { store, config, gate });
  app.use(
    '/graphql',
    jsonBody({ anonymousBytes: config.maxAnonymousBodyBytes, keyedBytes: config.maxKeyedBodyBytes, keyed: (req) => gate.caller(req) !== null }),
    expressMiddleware(apollo, { context: async ({ req }) => contextFor(req.headers.authorization) }),
  );
  const { notFound, errors } = jsonErrors(logger);
  app.use(notFound);
  app.use(errors);
  return { app, httpServer, apollo, contextFor };
}
