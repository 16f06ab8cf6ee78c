import type { Database } from './Database';
import { read } from './queries';
import { toGraphNode } from './toGraphNode';
import type { GraphNode, RelationshipRow } from './types';

export interface Neighbourhood {
  nodes: GraphNode[];
  /** the relationships among `nodes` */
  rels: RelationshipRow[];
  /** true when `first` cut the subgraph short */
  truncated: boolean;
}

/**
 * The subgraph within `depth` hops of a node over entity relationships (of `types`, or all), breadth first with one
 * round trip per level, never more than `first` nodes: a level reads at most `first * 4 + 1` relationships, so
 * a hub cannot make a level unbounded.
 */
export async function neighbourhood(
  db: Database,
  root: GraphNode,
  options: { depth: number; types: readonly string[] | null; first: number; minConfidence?: number },
): Promise<Neighbourhood> {
  const { depth, types, first } = options;
  const minConfidence = options.minConfidence ?? 0;
  const nodes = new Map<string, GraphNode>([[root.id, root]]);
  const rels = new Map<string, RelationshipRow>();
  let frontier = [root.id];
  let truncated = false;
  for (let d = 0; d < depth && frontier.length > 0 && !truncated; d++) {
    const step = await db.run(read.expand, { ids: frontier, types, limit: first * 4 + 1, minConfidence });
    const next: string[] = [];
    for (const { rel, node } of step) {
      const id = String(node.props.id);
      if (!nodes.has(id)) {
        if (nodes.size >= first) {
          truncated = true;
          continue;
        }
        nodes.set(id, toGraphNode(node.labels, node.props));
        next.push(id);
      }
      rels.set(`${rel.from}|${rel.type}|${rel.to}`, rel);
    }
    if (step.length > first * 4) truncated = true;
    frontier = next;
  }
  const kept = [...rels.values()].filter((r) => nodes.has(r.from) && nodes.has(r.to));
  return { nodes: [...nodes.values()], rels: kept, truncated };
}
