import type { GraphNode, Props, SourceRow, Store } from '../store';

/** One span of a report that a node or edge came from: `report` is the report id, `text` its slice [start, end). */
export interface ExportSource {
  report: string;
  start: number;
  end: number;
  text: string;
  /** the extraction rule (`metric.change`) or `curated` */
  rule: string;
}

/** One line of `nodes.jsonl`. For a Metric, `properties` holds value (a number), unit, kind, subject and period. */
export interface NodeExportRecord {
  id: string;
  label: string;
  name: string;
  properties: Props;
  sources: ExportSource[];
}

/** One line of `edges.jsonl`: a directed relationship between two entities, with its evidence. */
export interface EdgeExportRecord {
  from: string;
  to: string;
  type: string;
  properties: Props;
  sources: ExportSource[];
}

export interface ExportOptions {
  /** entities per database round trip; default EXPORT_BATCH (memory stays bounded by one batch) */
  batch?: number;
}

/** Entities (or rows) per database round trip of an export: big enough to be fast, small enough for a modest heap. */
export const EXPORT_BATCH = 500;

// Bookkeeping that is already expressed elsewhere in the record (id, name) or is an evidence encoding that
// `sources` resolves into text.
const NODE_OMIT = new Set(['id', 'name', 'curatedEvidence']);
const EDGE_OMIT = new Set(['evidence']);

function toExportSource(s: SourceRow): ExportSource {
  return { report: s.reportId, start: s.start, end: s.end, text: s.text, rule: s.rule };
}

function without(props: Props | undefined, omit: ReadonlySet<string>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props ?? {})) if (!omit.has(k) && v !== null && v !== undefined) out[k] = v;
  return out;
}

function nodeRecord(node: GraphNode, sources: SourceRow[]): NodeExportRecord {
  return {
    id: node.id,
    label: node.label,
    name: String(node.props.name ?? node.id),
    properties: without(node.props, NODE_OMIT),
    sources: sources.map(toExportSource),
  };
}

/**
 * Every entity (Policy, Agency, Region, Project, Metric) in id order with the spans that mention it, one
 * keyset batch at a time, so exporting a big graph holds one batch in memory. Curated evidence is appended
 * after the mentions. Used by `GET /export/nodes.jsonl` and `npm run export`.
 * Example: `for await (const r of nodeRecords(store)) out.write(JSON.stringify(r) + '\n')`.
 */
export async function* nodeRecords(store: Store, options: ExportOptions = {}): AsyncGenerator<NodeExportRecord> {
  const batch = options.batch ?? EXPORT_BATCH;
  let afterId = '';
  for (;;) {
    const rows = await store.exportNodes(afterId, batch);
    if (rows.length === 0) return;
    for (const r of rows) yield nodeRecord(r.node, r.sources);
    afterId = rows[rows.length - 1].node.id;
    if (rows.length < batch) return;
  }
}

/**
 * Every entity relationship (SUPPORTS, LOCATED_IN, PART_OF, MEASURES, ISSUED_BY, APPROVED_BY, IMPLEMENTS)
 * grouped by source node in id order, with its evidence resolved to text, one keyset batch of source nodes at
 * a time. Used by `GET /export/edges.jsonl` and `npm run export`.
 * Example record: `{"from":"metric:…","to":"region:重庆市","type":"MEASURES","properties":{…},"sources":[…]}`.
 */
export async function* edgeRecords(store: Store, options: ExportOptions = {}): AsyncGenerator<EdgeExportRecord> {
  const batch = options.batch ?? EXPORT_BATCH;
  let afterId = '';
  for (;;) {
    const { lastId, rels } = await store.exportEdges(afterId, batch);
    if (lastId === null) return;
    for (const { rel, sources } of rels) {
      yield { from: rel.from, to: rel.to, type: rel.type, properties: without(rel.props, EDGE_OMIT), sources: sources.map(toExportSource) };
    }
    afterId = lastId;
  }
}
