import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses, at validation (GRAPHQL_VALIDATION_FAILED, HTTP 400), an operation of a kind the schema has no root type
 * for: this API answers queries and mutations, and graphql-js would only find out while executing a
 * `subscription { … }`, as an internal error.
 */
export const SupportedOperationsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations: send a query or a mutation.`, { nodes: node }));
    }
  },
});
