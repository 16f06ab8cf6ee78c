import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, separateOperations, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../../../api';

export interface QueryLimitsOptions {
  /** deepest selection nesting allowed */
  maxDepth: number;
  /** highest estimated cost allowed (see listEstimator) */
  maxCost: number;
  /** most aliases in one operation */
  maxAliases: number;
  /** hide "did you mean" field suggestions (production) */
  hideSuggestions: boolean;
}

const LIST_ARGS = ['first'];

/**
 * A field that returns a page costs its children times its page size: the `first` argument as sent, or its
 * default in the schema. So `policies(first: 100) { regions(first: 100) { … } }` costs 100×100×…, and the
 * value of a variable counts like a literal (graphql-armor's cost limit only sees literals).
 */
const listEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  for (const name of LIST_ARGS) {
    const arg = field.args.find((a) => a.name === name);
    if (!arg) continue;
    const size = typeof args[name] === 'number' ? (args[name] as number) : typeof arg.defaultValue === 'number' ? arg.defaultValue : DEFAULT_PAGE_SIZE;
    return 1 + Math.max(1, size) * Math.max(1, childComplexity);
  }
  return undefined;
};

/**
 * Rejects operations that are too deep, too costly or alias-heavy before any resolver runs, with
 * `extensions.code` QUERY_TOO_COMPLEX. Depth and aliases are graphql-armor validation rules; cost is
 * graphql-query-complexity, computed with the request's variables once the operation is resolved.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, options: QueryLimitsOptions) {
  const tooComplex = (message: string) =>
    new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
  const armor = new ApolloArmor({
    maxDepth: { n: options.maxDepth, ignoreIntrospection: true, propagateOnRejection: true, exposeLimits: true },
    maxAliases: { n: options.maxAliases, propagateOnRejection: true, exposeLimits: true },
    maxTokens: { n: 5000 },
    maxDirectives: { n: 20 },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.hideSuggestions },
  });
  const protection = armor.protect();
  const costPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const query = request.operationName ? separateOperations(document)[request.operationName] ?? document : document;
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query,
              variables: request.variables ?? {},
              estimators: [listEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Cost needs the variables' values, so a missing or ill-typed variable surfaces here first.
            throw new GraphQLError(error instanceof Error ? error.message : String(error), {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (cost > options.maxCost) {
            throw tooComplex(`Query cost ${cost} exceeds the limit of ${options.maxCost}. Ask for smaller pages or fewer nested lists.`);
          }
        },
      };
    },
  };
  return {
    validationRules: protection.validationRules,
    plugins: [...protection.plugins, costPlugin],
    /** armor's own rejections (depth, aliases) are validation errors; give them the same client code */
    isLimitError: (message: string) => /(Query depth limit|Aliases limit|Token limit|Directives limit)/i.test(message),
  };
}
