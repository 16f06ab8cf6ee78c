import type { ReportRecords } from '../ingest';
import type { Database, RoundTripCounter } from './Database';
import { read, write } from './queries';
import { parseEvidence, toGraphNode } from './toGraphNode';
import type { GraphNode, Page, PageArgs, PathRow, Props, RelationshipRow, SourceRow } from './types';
import { listPages, listScope, type ListLabel, type ListRequest } from './listPages';
import { deleteReport, writeReport, type WriteReportResult } from './writeReport';

type PageRow = { total: number; page: Props[] };

function pageOf(row: PageRow | undefined, label: string, offset: number): Page<GraphNode> {
  if (!row) return { total: 0, offset, items: [] };
  return { total: row.total, offset, items: row.page.map((p) => toGraphNode([label], p)) };
}

/**
 * Everything the API and the command-line tools read and write, each method one named Cypher file (or one
 * transaction of several). Every method that serves a list takes many parent ids at once, so a resolver
 * level costs one round trip whatever the number of parents.
 */
export class Store {
  constructor(readonly db: Database) {}

  async nodesByIds(ids: readonly string[], c?: RoundTripCounter): Promise<Map<string, GraphNode>> {
    const rows = await this.db.run(read.nodesByIds, { ids }, c);
    return new Map(rows.map((r) => [r.id, toGraphNode(r.labels, r.props)]));
  }

  async reports(first = 100, c?: RoundTripCounter): Promise<GraphNode[]> {
    const rows = await this.db.run(read.reports, { first }, c);
    return rows.map((r) => toGraphNode(['Report'], r.props));
  }

  async reportText(reportId: string, c?: RoundTripCounter): Promise<string | null> {
    const rows = await this.db.run(read.reportText, { reportId }, c);
    return rows[0]?.text ?? null;
  }

  async mentions(ids: readonly string[], first: number, c?: RoundTripCounter): Promise<Map<string, SourceRow[]>> {
    const rows = await this.db.run(read.mentions, { ids, first }, c);
    return new Map(rows.map((r) => [r.id, r.sources]));
  }

  async passagesByIds(ids: readonly string[], c?: RoundTripCounter): Promise<Map<string, Props>> {
    const rows = await this.db.run(read.passagesByIds, { ids }, c);
    return new Map(rows.map((r) => [String(r.props.id), r.props]));
  }

  async reportSections(reportIds: readonly string[], c?: RoundTripCounter): Promise<Map<string, Props[]>> {
    const rows = await this.db.run(read.reportSections, { reportIds }, c);
    const out = new Map<string, Props[]>();
    for (const r of rows) out.set(r.reportId, [...(out.get(r.reportId) ?? []), r.props]);
    return out;
  }

  async reportPassages(reportId: string, page: PageArgs, c?: RoundTripCounter): Promise<Page<GraphNode>> {
    const rows = await this.db.run(read.reportPassages, { reportId, ...page }, c);
    return pageOf(rows[0], 'Passage', page.offset);
  }

  async reportEntityCounts(reportIds: readonly string[], c?: RoundTripCounter): Promise<Map<string, { label: string; count: number }[]>> {
    const rows = await this.db.run(read.reportEntityCounts, { reportIds }, c);
    const out = new Map<string, { label: string; count: number }[]>();
    for (const r of rows) out.set(r.reportId, [...(out.get(r.reportId) ?? []), { label: r.label, count: r.count }]);
    return out;
  }

  async passageMentions(ids: readonly string[], first: number, c?: RoundTripCounter): Promise<Map<string, GraphNode[]>> {
    const rows = await this.db.run(read.passageMentions, { ids, first }, c);
    return new Map(rows.map((r) => [r.id, r.nodes.map((n) => toGraphNode(n.labels, n.props))]));
  }

  async neighbours(
    ids: readonly string[],
    spec: { types: readonly string[]; direction: 'OUT' | 'IN' | 'BOTH'; label: string | null },
    page: PageArgs,
    c?: RoundTripCounter,
  ): Promise<Map<string, Page<GraphNode>>> {
    const rows = await this.db.run(read.neighbours, { ids, ...spec, ...page }, c);
    return new Map(
      rows.map((r) => [r.id, { total: r.total, offset: page.offset, items: r.page.map((n) => toGraphNode(n.labels, n.props)) }]),
    );
  }

  async regionAncestors(ids: readonly string[], c?: RoundTripCounter): Promise<Map<string, GraphNode[]>> {
    const rows = await this.db.run(read.regionAncestors, { ids }, c);
    return new Map(rows.map((r) => [r.id, r.ancestors.map((p) => toGraphNode(['Region'], p))]));
  }

  async policyRegions(ids: readonly string[], page: PageArgs, c?: RoundTripCounter): Promise<Map<string, Page<GraphNode>>> {
    const rows = await this.db.run(read.policyRegions, { ids, ...page }, c);
    return new Map(rows.map((r) => [r.id, pageOf(r, 'Region', page.offset)]));
  }

  /** One page of a filtered, sorted list (Query.policies …), scoped by the filter's region if it names one. */
  async list<L extends ListLabel>(label: L, request: ListRequest<L>, c?: RoundTripCounter): Promise<Page<GraphNode>> {
    const scope = listScope(label, request.where);
    const pages = await listPages(this.db, label, [scope], request, c);
    return pages.get(scope ?? '') ?? { total: 0, offset: request.page.offset, items: [] };
  }

  /** One page of the same list per region (Region.projects …), for every parent of a level in one round trip. */
  listPerRegion<L extends ListLabel>(label: L, regionIds: readonly string[], request: ListRequest<L>, c?: RoundTripCounter): Promise<Map<string, Page<GraphNode>>> {
    return listPages(this.db, label, regionIds, request, c);
  }

  async policyRegionLinks(
    args: { policyId: string | null; regionId: string | null; maxHops: number; first: number },
    c?: RoundTripCounter,
  ): Promise<PathRow[]> {
    const rows = await this.db.run(read.policyRegionLinks, args, c);
    return rows.map((r) => ({ nodes: r.nodes.map((n) => toGraphNode(n.labels, n.props)), rels: r.rels, length: r.length }));
  }

  async shortestPath(args: { from: string; to: string; maxHops: number }, c?: RoundTripCounter): Promise<PathRow | null> {
    const rows = await this.db.run(read.shortestPath, args, c);
    const r = rows[0];
    return r ? { nodes: r.nodes.map((n) => toGraphNode(n.labels, n.props)), rels: r.rels, length: r.length } : null;
  }

  async expand(
    ids: readonly string[],
    types: readonly string[] | null,
    limit: number,
    c?: RoundTripCounter,
  ): Promise<{ rel: RelationshipRow; node: GraphNode }[]> {
    const rows = await this.db.run(read.expand, { ids, types, limit }, c);
    return rows.map((r) => ({ rel: r.rel, node: toGraphNode(r.node.labels, r.node.props) }));
  }

  async search(query: string, labels: readonly string[] | null, first: number, c?: RoundTripCounter): Promise<{ node: GraphNode; score: number }[]> {
    const rows = await this.db.run(read.search, { query, labels, first }, c);
    return rows.map((r) => ({ node: toGraphNode(r.labels, r.props), score: r.score }));
  }

  async stats(c?: RoundTripCounter): Promise<{ nodes: { label: string; count: number }[]; relationships: { type: string; count: number }[] }> {
    return this.db.readTx(async (tx) => ({
      nodes: await read.nodeCounts(tx, {}),
      relationships: await read.relationshipCounts(tx, {}),
    }), c);
  }

  async upsertNode(args: { id: string; label: string; name: string; properties: Props; curatedBy: string; evidence: string | null }): Promise<GraphNode> {
    const rows = await this.db.run(write.upsertNode, args);
    return toGraphNode(rows[0].labels, rows[0].props);
  }

  async linkNodes(args: { from: string; to: string; type: string; curatedBy: string; evidence: string | null }): Promise<RelationshipRow | null> {
    const rows = await this.db.run(write.linkNodes, args);
    return rows[0]?.rel ?? null;
  }

  async unlinkNodes(args: { from: string; to: string; type: string; curatedBy: string }): Promise<boolean> {
    const rows = await this.db.run(write.unlinkNodes, args);
    return (rows[0]?.removed ?? 0) > 0;
  }

  async deleteNode(args: { id: string; curatedBy: string }): Promise<boolean> {
    const rows = await this.db.run(write.deleteNode, args);
    return (rows[0]?.removed ?? 0) > 0;
  }

  writeReport(records: ReportRecords): Promise<WriteReportResult> {
    return writeReport(this.db, records);
  }

  deleteReport(reportId: string): Promise<boolean> {
    return deleteReport(this.db, reportId);
  }

  /** One keyset batch of entities with their mentions; an empty batch ends the export. */
  async exportNodes(afterId: string, batch: number): Promise<{ node: GraphNode; sources: SourceRow[] }[]> {
    const rows = await this.db.run(read.exportNodes, { afterId, batch });
    return rows.map((r) => ({ node: toGraphNode(r.labels, r.props), sources: r.sources }));
  }

  /** The relationships leaving one keyset batch of entities; `lastId` null ends the export. */
  async exportEdges(afterId: string, batch: number): Promise<{ lastId: string | null; rels: RelationshipRow[] }> {
    const rows = await this.db.run(read.exportEdges, { afterId, batch });
    return rows[0] ?? { lastId: null, rels: [] };
  }

  /** The spans a relationship's evidence points to, with their text, resolved through the passages. */
  async evidenceSources(evidence: readonly string[], c?: RoundTripCounter): Promise<SourceRow[]> {
    const parsed = evidence.map(parseEvidence).filter((e): e is NonNullable<typeof e> => e !== null);
    const passageIds = [...new Set(parsed.map((e) => e.passageId).filter((id): id is string => id !== null))];
    const passages = passageIds.length ? await this.passagesByIds(passageIds, c) : new Map<string, Props>();
    return parsed.map((e) => {
      const p = e.passageId ? passages.get(e.passageId) : undefined;
      const text = p ? String(p.text).slice(e.start - Number(p.start), e.end - Number(p.start)) : '';
      return { ...e, text };
    });
  }

  /** The passage containing a span of a report, and the report's length; null when there is no such report. */
  async passageAt(reportId: string, start: number, end: number): Promise<{ passageId: string | null; chars: number } | null> {
    const rows = await this.db.run(read.passageAt, { reportId, start, end });
    return rows[0] ? { passageId: rows[0].id, chars: rows[0].chars } : null;
  }

  /** Runs read/ping. */
  ping(): Promise<boolean> {
    return this.db.ping();
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
