import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: the resolver types of src/api, from schema.graphql, into src/api/generated/graphql.ts.
 * The file is not committed: `npm install` (prepare), `npm test`, `npm run build` and `npm run typecheck` write it
 * first, so it always matches the schema. It holds types only, so running the code does not need it.
 * The mappers say what each type's resolvers receive as parent: nodes as ApiNode, sources and relationships as the
 * store's rows.
 */
const NODE = '../resolvers/toApiNode#ApiNode';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#KgContext',
        enumsAsTypes: true,
        useIndexSignature: true,
        useTypeImports: true,
        mappers: {
          Node: NODE,
          Policy: NODE,
          Agency: NODE,
          Region: NODE,
          Project: NODE,
          Metric: NODE,
          Report: NODE,
          Passage: NODE,
          Source: '../../store#SourceRow',
          Relationship: '../../store#RelationshipRow',
          Path: '../resolvers/toApiNode#ApiPath',
          PolicyRegionLink: '../resolvers/toApiNode#ApiPolicyRegionLink',
        },
      },
    },
  },
};

export default config;
