/** The api layer's public surface: schema, context and error codes. */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { loadTypeDefs } from './loadTypeDefs';
import { resolvers } from './resolvers';

export { createContext, type KgContext, type ApiLimits, type Caller } from './context';
export { apiErrorOf, KgErrorCode, kgError } from './errors';
export { loadTypeDefs, schemaPath } from './loadTypeDefs';
export { escapeLucene } from './escapeLucene';
export { SupportedOperationsRule } from './supportedOperations';
export { listArgs } from './args/listArgs';
export { seriesFilter } from './args/indicatorArgs';
export { toIndicatorValue, type ApiIndicatorValue } from './resolvers/toIndicatorValue';
export { DEFAULT_PAGE_SIZE, LINK_HOPS, MAX_ID_LENGTH } from './limits';

/** The executable schema: schema.graphql plus its resolvers, typed by the code generated from the same schema. */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}
