import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, separateOperations, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, KgErrorCode } from '../../../api';

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

/** Most lexical tokens of a document: the parser stops there, so a huge document costs nothing to refuse. */
const MAX_TOKENS = 5000;
/** Most directives in one operation. */
const MAX_DIRECTIVES = 20;

/**
 * A query over one of the limits: `extensions.code` QUERY_TOO_COMPLEX, HTTP 400. Apollo files what a validation
 * rule reports under GRAPHQL_VALIDATION_FAILED, keeping it as `originalError`; createApp gives it back its code.
 */
export class QueryTooComplexError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: KgErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });
  }
}

/**
 * Rejects operations that are too deep, too costly, alias- or directive-heavy before any resolver runs, with a
 * QueryTooComplexError. Depth, aliases and directives are graphql-armor validation rules; cost is
 * graphql-query-complexity, computed with the request's variables once the operation is resolved. A document of
 * more than MAX_TOKENS tokens is refused by the parser itself (GRAPHQL_PARSE_FAILED).
 */
export function queryLimitsPlugin(schema: GraphQLSchema, options: QueryLimitsOptions) {
  // armor's rejections are uncoded "Syntax Error: …" errors: report a coded one in their place.
  const onReject = [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(new QueryTooComplexError(error.message.replace(/^Syntax Error: /, '')))];
  const rejects = { onReject, propagateOnRejection: false };
  const armor = new ApolloArmor({
    maxDepth: { n: options.maxDepth, ignoreIntrospection: true, exposeLimits: true, ...rejects },
    // armor lets `a1: __typename … a9999: __typename` through by default; every alias counts here.
    maxAliases: { n: options.maxAliases, allowList: [], exposeLimits: true, ...rejects },
    maxDirectives: { n: MAX_DIRECTIVES, exposeLimits: true, ...rejects },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.hideSuggestions },
  });
  const protection = armor.protect();
  // The cost of a document without variables, by operation name. Apollo hands every request of the same query
  // text the same parsed document from its cache, and the cost walk was a twentieth of a small request's CPU.
  const fixedCosts = new WeakMap<DocumentNode, Map<string, number>>();
  const costPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const fixed = !request.variables || Object.keys(request.variables).length === 0;
          const known = fixed ? fixedCosts.get(document)?.get(request.operationName ?? '') : undefined;
          let cost: number;
          try {
            cost =
              known ??
              getComplexity({
                schema,
                query: request.operationName ? separateOperations(document)[request.operationName] ?? document : document,
                variables: request.variables ?? {},
                estimators: [listEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
              });
          } catch (error) {
            // Cost needs the variables' values, so a missing or ill-typed variable surfaces here first.
            throw new GraphQLError(error instanceof Error ? error.message : String(error), {
              extensions: { code: KgErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
          if (fixed && known === undefined) {
            const byName = fixedCosts.get(document) ?? new Map<string, number>();
            // Operation names are the client's: a document names a few at most, but nothing stops it naming more.
            if (byName.size < 16) byName.set(request.operationName ?? '', cost);
            fixedCosts.set(document, byName);
          }
          if (cost > options.maxCost) {
            throw new QueryTooComplexError(`Query cost ${cost} exceeds the limit of ${options.maxCost}. Ask for smaller pages or fewer nested lists.`);
          }
        },
      };
    },
  };
  return {
    validationRules: protection.validationRules,
    plugins: [...protection.plugins, costPlugin],
    parseOptions: { maxTokens: MAX_TOKENS },
  };
}
