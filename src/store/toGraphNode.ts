import type { GraphNode, Props } from './types';

/** Secondary labels that say nothing about what a node is. */
const CROSS_CUTTING = new Set(['Entity']);

/** Turns `{labels, props}` as the Cypher files return it into a GraphNode with one main label. */
export function toGraphNode(labels: readonly string[], props: Props): GraphNode {
  const label = labels.find((l) => !CROSS_CUTTING.has(l)) ?? labels[0];
  const clean: Props = {};
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined) clean[k] = v;
  return { id: String(props.id), label, props: clean };
}
