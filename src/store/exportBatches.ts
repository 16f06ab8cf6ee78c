import type { Database } from './Database';
import { evidenceSources } from './evidenceSources';
import { read } from './queries';
import { toGraphNode } from './toGraphNode';
import type { GraphNode, Props, RelationshipRow, SourceRow } from './types';

/** One batch of relationships to export; `lastId` is the last source node of the batch, null when none was left. */
export interface EdgeBatch {
  lastId: string | null;
  rels: { rel: RelationshipRow; sources: SourceRow[] }[];
}

/** The evidence strings a curator attached to a node (upsertNode's `curatedEvidence`). */
function curatedEvidence(props: Props): string[] {
  return Array.isArray(props.curatedEvidence) ? props.curatedEvidence.map(String) : [];
}

/**
 * One keyset batch of entities in id order with their sources (mentions, then curated evidence), in one round
 * trip; an empty batch ends the export. Keyset paging keeps memory at one batch whatever the graph size.
 */
export function exportNodes(db: Database, afterId: string, batch: number): Promise<{ node: GraphNode; sources: SourceRow[] }[]> {
  return db.readTx(async (tx) => {
    const rows = await read.exportNodes(tx, { afterId, batch });
    const curated = await evidenceSources(tx, rows.map((r) => curatedEvidence(r.props)));
    return rows.map((r, i) => ({ node: toGraphNode(r.labels, r.props), sources: [...r.sources, ...curated[i]] }));
  });
}

/** The relationships leaving one keyset batch of entities, with their evidence resolved; `lastId` null ends the export. */
export function exportEdges(db: Database, afterId: string, batch: number): Promise<EdgeBatch> {
  return db.readTx(async (tx) => {
    const [row] = await read.exportEdges(tx, { afterId, batch });
    if (!row || row.lastId === null) return { lastId: null, rels: [] };
    const sources = await evidenceSources(tx, row.rels.map((r) => r.evidence));
    return { lastId: row.lastId, rels: row.rels.map((rel, i) => ({ rel, sources: sources[i] })) };
  });
}
