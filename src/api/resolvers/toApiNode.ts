import type { GraphNode, PathRow, RelationshipRow } from '../../store';

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

export function toApiNode(n: GraphNode): ApiNode {
  return { ...n.props, id: n.id, __label: n.label };
}

export function toApiPath(p: PathRow): ApiPath {
  return { nodes: p.nodes.map(toApiNode), relationships: p.rels, length: p.length };
}
