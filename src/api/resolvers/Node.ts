import type { NodeLabel } from '../../ingest';
import type { NodeResolvers } from '../generated/graphql';

/** The labels the schema's Node interface has a type for: every label but Section. */
export const NODE_TYPES: readonly Exclude<NodeLabel, 'Section'>[] = ['Policy', 'Agency', 'Region', 'Project', 'Metric', 'Report', 'Passage'];

export const Node: NodeResolvers = {
  __resolveType: (n) => {
    const type = NODE_TYPES.find((t) => t === n.__label);
    if (!type) throw new Error(`No GraphQL type for a node labelled ${n.__label}`);
    return type;
  },
};
