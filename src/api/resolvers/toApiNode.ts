import type { GraphNode, PathRow, RelationshipRow, TreeNode } from '../../store';

/** What resolvers hand around: a node's properties flattened, plus its label for Node.__resolveType. */
export type ApiNode = Record<string, unknown> & { id: string; __label: string };

/** A path as the Path type's resolvers receive it. */
export interface ApiPath {
  nodes: ApiNode[];
  relationships: RelationshipRow[];
  length: number;
}

/** How a policy reaches a region, as the PolicyRegionLink type's resolvers receive it. */
export interface ApiPolicyRegionLink {
  policy: ApiNode;
  region: ApiNode;
  path: ApiPath;
  length: number;
}

/** A node read by a composed statement (store/compose) carries what its nested fields need under `__pre`. */
export function toApiNode(n: GraphNode | TreeNode): ApiNode {
  return 'pre' in n ? { ...n.props, id: n.id, __label: n.label, __pre: n.pre } : { ...n.props, id: n.id, __label: n.label };
}

export function toApiPath(p: PathRow): ApiPath {
  return { nodes: p.nodes.map(toApiNode), relationships: p.rels, length: p.length };
}
