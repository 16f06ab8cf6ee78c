import type { NodeLabel, ReportMeta, ReportRecords } from '../ingest';
import type { Database, RoundTripCounter } from './Database';
import { StoreError } from './errors';
import { entitySources, evidenceSources } from './evidenceSources';
import { exportEdges, exportNodes, type EdgeBatch } from './exportBatches';
import {
  indicatorComparison,
  indicators,
  indicatorsByIds,
  indicatorSeries,
  syncIndicators,
  type ComparisonFilter,
  type ComparisonRowData,
  type IndicatorRow,
  type IndicatorValueRow,
  type SeriesFilter,
} from './indicators';
import type { BulkOutcome } from './bulkLoad';
import { ingestReport, type IngestOptions, type IngestReportResult } from './ingestReport';
import { extractReports, ingestReports, writeExtractions, type PendingExtraction, type ReportInput } from './ingestReports';
import { readListTree, readNodeTree, type ListPlan, type NodeByIdPlan, type TreeNode, type TreePage } from './compose';
import { listPages, listScope, type ListLabel, type ListRequest } from './listPages';
import { neighbourhood, type Neighbourhood } from './neighbourhood';
import { read, write } from './queries';
import { toGraphNode } from './toGraphNode';
import type { GraphNode, Page, PageArgs, PathRow, Props, RelationshipRow, SourceRow } from './types';
import { deleteReport, writeReport, type WriteReportResult } from './writeReport';

type PageRow = { total: number; page: Props[] };

/** Most full-text matches a label-filtered search looks through (Store.search). */
export const SEARCH_WINDOW = 2000;

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
  constructor(
    readonly db: Database,
    /** limits of one report (MAX_REPORT_BYTES, EXTRACTION_TIMEOUT_MS) for ingestReport */
    readonly ingestOptions: IngestOptions = {},
  ) {}

  /** The same store, counting its round trips in `counter` (one per request: the API's no-N+1 test reads it). */
  counting(counter: RoundTripCounter): Store {
    return new Store(this.db.counting(counter), this.ingestOptions);
  }

  /**
   * The nodes of these ids, each checked to exist and, where a label is given, to carry it. Throws StoreError
   * NOT_FOUND naming the first that does not (`No Policy with id "policy:x".`). One round trip for all.
   */
  async requireNodes(wanted: readonly { id: string; label: NodeLabel | null }[]): Promise<GraphNode[]> {
    const found = await this.nodesByIds(wanted.map((w) => w.id));
    return wanted.map(({ id, label }) => {
      const node = found.get(id);
      if (!node || (label !== null && node.label !== label)) throw new StoreError('NOT_FOUND', `No ${label ?? 'node'} with id "${id}".`, { id });
      return node;
    });
  }

  async nodesByIds(ids: readonly string[]): Promise<Map<string, GraphNode>> {
    const rows = await this.db.run(read.nodesByIds, { ids });
    return new Map(rows.map((r) => [r.id, toGraphNode(r.labels, r.props)]));
  }

  /** Loaded reports' metadata, newest year first, at most `first`. */
  async reports(first: number): Promise<GraphNode[]> {
    const rows = await this.db.run(read.reports, { first });
    return rows.map((r) => toGraphNode(['Report'], r.props));
  }

  async reportText(reportId: string): Promise<string | null> {
    const rows = await this.db.run(read.reportText, { reportId });
    return rows[0]?.text ?? null;
  }

  /** Each entity's sources, at most `first`: mentions, then curated evidence (see entitySources). */
  entitySources(ids: readonly string[], first: number): Promise<Map<string, SourceRow[]>> {
    return entitySources(this.db, ids, first);
  }

  async reportSections(reportIds: readonly string[]): Promise<Map<string, Props[]>> {
    const rows = await this.db.run(read.reportSections, { reportIds });
    const out = new Map<string, Props[]>();
    for (const r of rows) out.set(r.reportId, [...(out.get(r.reportId) ?? []), r.props]);
    return out;
  }

  async reportPassages(reportId: string, page: PageArgs): Promise<Page<GraphNode>> {
    const rows = await this.db.run(read.reportPassages, { reportId, ...page });
    return pageOf(rows[0], 'Passage', page.offset);
  }

  async reportEntityCounts(reportIds: readonly string[]): Promise<Map<string, { label: string; count: number }[]>> {
    const rows = await this.db.run(read.reportEntityCounts, { reportIds });
    const out = new Map<string, { label: string; count: number }[]>();
    for (const r of rows) out.set(r.reportId, [...(out.get(r.reportId) ?? []), { label: r.label, count: r.count }]);
    return out;
  }

  async passageMentions(ids: readonly string[], first: number): Promise<Map<string, GraphNode[]>> {
    const rows = await this.db.run(read.passageMentions, { ids, first });
    return new Map(rows.map((r) => [r.id, r.nodes.map((n) => toGraphNode(n.labels, n.props))]));
  }

  async neighbours(
    ids: readonly string[],
    spec: { types: readonly string[]; direction: 'OUT' | 'IN' | 'BOTH'; label: string | null },
    page: PageArgs,
  ): Promise<Map<string, Page<GraphNode>>> {
    const rows = await this.db.run(read.neighbours, { ids, ...spec, ...page });
    return new Map(
      rows.map((r) => [r.id, { total: r.total, offset: page.offset, items: r.page.map((n) => toGraphNode(n.labels, n.props)) }]),
    );
  }

  async regionAncestors(ids: readonly string[]): Promise<Map<string, GraphNode[]>> {
    const rows = await this.db.run(read.regionAncestors, { ids });
    return new Map(rows.map((r) => [r.id, r.ancestors.map((p) => toGraphNode(['Region'], p))]));
  }

  async policyRegions(ids: readonly string[], page: PageArgs): Promise<Map<string, Page<GraphNode>>> {
    const rows = await this.db.run(read.policyRegions, { ids, ...page });
    return new Map(rows.map((r) => [r.id, pageOf(r, 'Region', page.offset)]));
  }

  /** One page of a filtered, sorted list (Query.policies …), scoped by the filter's region if it names one. */
  async list<L extends ListLabel>(label: L, request: ListRequest<L>): Promise<Page<GraphNode>> {
    const scope = listScope(label, request.where);
    const pages = await listPages(this.db, label, [scope], request);
    return pages.get(scope ?? '') ?? { total: 0, offset: request.page.offset, items: [] };
  }

  /** One page of the same list per region (Region.projects …), for every parent of a level in one round trip. */
  listPerRegion<L extends ListLabel>(label: L, regionIds: readonly string[], request: ListRequest<L>): Promise<Map<string, Page<GraphNode>>> {
    return listPages(this.db, label, regionIds, request);
  }

  /** A root list field and everything its selection nests, in one statement (see store/compose). */
  listTree(plan: ListPlan): Promise<TreePage> {
    return readListTree(this.db, plan);
  }

  /** Query.node for an entity and everything its selection nests, in one statement; null when no entity has the id. */
  nodeTree(plan: NodeByIdPlan): Promise<TreeNode | null> {
    return readNodeTree(this.db, plan);
  }

  async policyRegionLinks(
    args: { policyId: string | null; regionId: string | null; maxHops: number; first: number; minConfidence?: number },
  ): Promise<PathRow[]> {
    // From the given end, one length at a time (the same rows): the open form walks every path up to maxHops.
    const statement = args.policyId !== null ? read.policyRegionLinksFromPolicy : args.regionId !== null ? read.policyRegionLinksToRegion : read.policyRegionLinks;
    const rows = await this.db.run(statement, { ...args, minConfidence: args.minConfidence ?? 0 });
    return rows.map((r) => ({ nodes: r.nodes.map((n) => toGraphNode(n.labels, n.props)), rels: r.rels, length: r.length }));
  }

  async shortestPath(args: { from: string; to: string; maxHops: number }): Promise<PathRow | null> {
    const rows = await this.db.run(read.shortestPath, args);
    const r = rows[0];
    return r ? { nodes: r.nodes.map((n) => toGraphNode(n.labels, n.props)), rels: r.rels, length: r.length } : null;
  }

  /** The subgraph within `depth` hops of a node (see neighbourhood); NOT_FOUND when the node does not exist. */
  async neighbourhood(
    rootId: string,
    options: { depth: number; types: readonly string[] | null; first: number; minConfidence?: number },
  ): Promise<Neighbourhood> {
    const [root] = await this.requireNodes([{ id: rootId, label: null }]);
    return neighbourhood(this.db, root, options);
  }

  /**
   * The best `first` full-text matches. Without `labels` Lucene's own top `first` are the answer. With them, the
   * best matches of every label are filtered, in a window that widens tenfold until `first` are kept, the index
   * has no more, or SEARCH_WINDOW matches were looked through: the documented bound of a label-filtered search.
   */
  async search(query: string, labels: readonly string[] | null, first: number): Promise<{ node: GraphNode; score: number }[]> {
    for (let fetch = labels === null ? first : Math.max(first, Math.min(SEARCH_WINDOW, first * 10)); ; fetch = Math.max(first, Math.min(SEARCH_WINDOW, fetch * 10))) {
      const rows = await this.db.run(read.search, { query, labels, first, fetch });
      const hits = rows.flatMap((r) => (r.labels && r.props ? [{ node: toGraphNode(r.labels, r.props), score: r.score ?? 0 }] : []));
      if (hits.length >= first || (rows[0]?.fetched ?? 0) < fetch || fetch >= SEARCH_WINDOW) return hits;
    }
  }

  async stats(): Promise<{ nodes: { label: string; count: number }[]; relationships: { type: string; count: number }[] }> {
    return this.db.readTx(async (tx) => ({
      nodes: await read.nodeCounts(tx, {}),
      relationships: await read.relationshipCounts(tx, {}),
    }));
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

  /** Decodes and extracts one report on the extraction thread, writes it, then reads it back (see ingestReport). */
  ingestReport(source: string | Buffer, meta: Partial<ReportMeta>): Promise<IngestReportResult> {
    return ingestReport(this.db, source, meta, this.ingestOptions);
  }

  /**
   * Decodes, extracts and writes many reports, the new ones in bulk transactions (see ingestReports); one outcome
   * per input, in order.
   */
  ingestReports(inputs: readonly ReportInput[]): Promise<BulkOutcome[]> {
    return ingestReports(this.db, inputs, this.ingestOptions);
  }

  /** ingestReports in two steps, so a caller can extract the next reports while these are written (the CLI does). */
  extractReports(inputs: readonly ReportInput[]): PendingExtraction[] {
    return extractReports(inputs, this.ingestOptions);
  }

  writeExtractions(extractions: readonly PendingExtraction[]): Promise<BulkOutcome[]> {
    return writeExtractions(this.db, extractions, this.ingestOptions);
  }

  writeReport(records: ReportRecords): Promise<WriteReportResult> {
    return writeReport(this.db, records);
  }

  deleteReport(reportId: string): Promise<boolean> {
    return deleteReport(this.db, reportId);
  }

  /** One keyset batch of entities with their sources (see exportNodes). */
  exportNodes(afterId: string, batch: number): Promise<{ node: GraphNode; sources: SourceRow[] }[]> {
    return exportNodes(this.db, afterId, batch);
  }

  /** The relationships leaving one keyset batch of entities, with their sources (see exportEdges). */
  exportEdges(afterId: string, batch: number): Promise<EdgeBatch> {
    return exportEdges(this.db, afterId, batch);
  }

  /** Many evidence lists resolved to their sources, one list each, in one round trip (see evidenceSources). */
  async evidenceSources(lists: readonly (readonly string[])[]): Promise<SourceRow[][]> {
    if (lists.every((l) => l.length === 0)) return lists.map(() => []);
    return this.db.readTx((tx) => evidenceSources(tx, lists));
  }

  /** The passage containing a span of a report, and the report's length; null when there is no such report. */
  async passageAt(reportId: string, start: number, end: number): Promise<{ passageId: string | null; chars: number } | null> {
    const rows = await this.db.run(read.passageAt, { reportId, start, end });
    return rows[0] ? { passageId: rows[0].id, chars: rows[0].chars } : null;
  }

  /** Makes the graph's (:Indicator) nodes the catalogue's (see syncIndicators); openStore runs it. */
  syncIndicators(): Promise<{ indicators: number; deleted: number }> {
    return syncIndicators(this.db);
  }

  /** One page of the indicator catalogue, filtered by name and unit family (see read/indicators). */
  indicators(where: { nameContains: string | null; unitFamily: string | null }, page: PageArgs): Promise<Page<IndicatorRow>> {
    return indicators(this.db, where, page);
  }

  /** The indicators of these ids that exist, with their metric counts. */
  indicatorsByIds(ids: readonly string[]): Promise<Map<string, IndicatorRow>> {
    return indicatorsByIds(this.db, ids);
  }

  /** One page of each indicator's values by region and period, conflicts kept (see read/indicatorSeries). */
  indicatorSeries(indicatorIds: readonly string[], filter: SeriesFilter, page: PageArgs): Promise<Map<string, Page<IndicatorValueRow>>> {
    return indicatorSeries(this.db, indicatorIds, filter, page);
  }

  /** One page of a region × indicator table's rows (see read/indicatorComparison). */
  indicatorComparison(filter: ComparisonFilter, page: PageArgs): Promise<Page<ComparisonRowData>> {
    return indicatorComparison(this.db, filter, page);
  }

  /** Runs read/ping. */
  ping(): Promise<boolean> {
    return this.db.ping();
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
