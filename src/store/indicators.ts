import { loadIndicators, loadLexicon, NodeLabel, type IndicatorCatalogue, type NodeRecord } from '../ingest';
import type { Database, Tx } from './Database';
import { indicators as q } from './queries';
import { toGraphNode } from './toGraphNode';
import type { GraphNode, Page, PageArgs, Props, SourceRow } from './types';

/** An indicator of the catalogue as the graph holds it, with the number of metrics linked to it. */
export interface IndicatorRow {
  id: string;
  nameZh: string;
  nameEn: string;
  unitFamily: string;
  variants: string[];
  metricCount: number;
}

/**
 * One value of an indicator: the statements (metrics, report order) that give the same value for one region,
 * period, status and measure, with their sources; `conflict` when another value of the same region, period, status
 * and measure differs.
 */
export interface IndicatorValueRow {
  region: GraphNode;
  metrics: GraphNode[];
  sources: SourceRow[];
  conflict: boolean;
}

/** Which values of an indicator a series keeps (all when null). */
export interface SeriesFilter {
  regionIds: readonly string[] | null;
  years: readonly number[] | null;
  /** ACTUAL, TARGET, ESTIMATE */
  status: string | null;
  /** FULL_YEAR, H1, Q1 … */
  part: string | null;
  /** YOY_GROWTH, LEVEL …: the metric's kind, or for a TARGET what it targets */
  measure: string | null;
}

/** What a comparison table holds: several indicators, one year and part of it. */
export interface ComparisonFilter {
  indicatorIds: readonly string[];
  regionIds: readonly string[] | null;
  year: number;
  part: string;
  status: string | null;
  measure: string | null;
}

/** One row of a comparison: a region and, per indicator that has any there, its values. */
export interface ComparisonRowData {
  region: GraphNode;
  cells: { indicatorId: string; values: IndicatorValueRow[] }[];
}

/** Most statements (metrics and their sources) one value keeps: the same figure repeated beyond this is not shown. */
export const STATEMENTS_PER_VALUE = 20;

function indicatorRow(p: Props): IndicatorRow {
  return {
    id: String(p.id),
    nameZh: String(p.nameZh),
    nameEn: String(p.nameEn),
    unitFamily: String(p.unitFamily),
    variants: Array.isArray(p.variants) ? p.variants.map(String) : [],
    metricCount: Number(p.metricCount ?? 0),
  };
}

function valueRow(v: Props): IndicatorValueRow {
  return {
    region: toGraphNode([NodeLabel.Region], v.region as Props),
    metrics: (v.metrics as Props[]).map((m) => toGraphNode([NodeLabel.Metric], m)),
    sources: v.sources as SourceRow[],
    conflict: v.conflict === true,
  };
}

/** The catalogue's entries as mergeIndicators takes them. */
function catalogueRows(catalogue: IndicatorCatalogue, ids?: ReadonlySet<string>) {
  return catalogue.indicators
    .filter((i) => !ids || ids.has(i.id))
    .map((i) => ({ id: i.id, nameZh: i.nameZh, nameEn: i.nameEn, unitFamily: i.unitFamily, variants: [...i.variants], order: i.line }));
}

/**
 * Makes the graph's (:Indicator) nodes what seeds/lexicon/indicators.tsv says: creates or updates every entry and
 * deletes the nodes of ids the file no longer has (their metrics keep their subject). Idempotent; openStore runs it
 * after the migrations, so the indicators exist on a fresh database. Metrics pick up a changed variant when their
 * report is ingested again. Example: `await syncIndicators(db)` → `{ indicators: 268, deleted: 0 }`.
 */
export async function syncIndicators(db: Database, catalogue: IndicatorCatalogue = loadIndicators(loadLexicon())): Promise<{ indicators: number; deleted: number }> {
  const rows = catalogueRows(catalogue);
  return db.writeTx(async (tx) => {
    const [merged] = await q.mergeIndicators(tx, { indicators: rows, replace: true });
    const [stale] = await q.deleteStaleIndicators(tx, { ids: rows.map((r) => r.id) });
    return { indicators: merged?.count ?? 0, deleted: stale?.deleted ?? 0 };
  });
}

/**
 * Inside a report's write transaction, after its nodes are merged: links every metric whose subject maps to a
 * catalogue indicator (its `indicator` property, set by MetricIndicatorRefiner) with OF_INDICATOR, replacing an
 * earlier link, and unlinks the metrics that no longer map. The indicators it names are created first if the
 * database lacks them (a store opened without openStore). Example: 2026 上海市, 全市生产总值增长5.4% → gdp.
 */
export async function linkIndicators(tx: Tx, nodes: readonly NodeRecord[], catalogue: IndicatorCatalogue = loadIndicators(loadLexicon())): Promise<number> {
  const metrics = metricIndicators(nodes);
  if (metrics.length === 0) return 0;
  await mergeNamedIndicators(tx, metrics, catalogue);
  const [row] = await q.linkMetricIndicators(tx, { metrics });
  return row?.linked ?? 0;
}

/**
 * linkIndicators for the metrics of new reports (bulkWriteReports): they have no earlier link to replace and
 * their `indicator` property is already set, so only the metrics that name an indicator are visited.
 */
export async function linkNewIndicators(tx: Tx, nodes: readonly NodeRecord[], catalogue: IndicatorCatalogue = loadIndicators(loadLexicon())): Promise<number> {
  const metrics = metricIndicators(nodes).filter((m) => m.indicator !== null);
  if (metrics.length === 0) return 0;
  await mergeNamedIndicators(tx, metrics, catalogue);
  const [row] = await q.bulkLinkMetricIndicators(tx, { metrics });
  return row?.linked ?? 0;
}

function metricIndicators(nodes: readonly NodeRecord[]): { id: string; indicator: string | null }[] {
  return nodes
    .filter((n) => n.label === NodeLabel.Metric)
    .map((n) => ({ id: n.id, indicator: typeof n.properties.indicator === 'string' ? n.properties.indicator : null }));
}

/** The indicators these metrics name, created if the database lacks them (a store opened without openStore). */
async function mergeNamedIndicators(tx: Tx, metrics: readonly { indicator: string | null }[], catalogue: IndicatorCatalogue): Promise<void> {
  const named = new Set(metrics.flatMap((m) => (m.indicator ? [m.indicator] : [])));
  if (named.size > 0) await q.mergeIndicators(tx, { indicators: catalogueRows(catalogue, named), replace: false });
}

/** One page of the catalogue (Query.indicators), filtered by name and unit family. */
export async function indicators(db: Database, where: { nameContains: string | null; unitFamily: string | null }, page: PageArgs): Promise<Page<IndicatorRow>> {
  const [row] = await db.run(q.indicators, { ...where, ...page });
  return { total: row?.total ?? 0, offset: page.offset, items: (row?.page ?? []).map(indicatorRow) };
}

/** The indicators of these ids that exist. */
export async function indicatorsByIds(db: Database, ids: readonly string[]): Promise<Map<string, IndicatorRow>> {
  const rows = await db.run(q.indicatorsByIds, { ids });
  return new Map(rows.map((r) => [String(r.props.id), indicatorRow(r.props)]));
}

/** One page of each indicator's values (Indicator.series), every indicator in one round trip (see read/indicatorSeries). */
export async function indicatorSeries(db: Database, indicatorIds: readonly string[], filter: SeriesFilter, page: PageArgs): Promise<Map<string, Page<IndicatorValueRow>>> {
  const rows = await db.run(q.indicatorSeries, { indicatorIds, ...filter, perValue: STATEMENTS_PER_VALUE, ...page });
  return new Map(rows.map((r) => [r.indicatorId, { total: r.total, offset: page.offset, items: r.page.map(valueRow) }]));
}

/** One page of the rows of a region × indicator table (Query.compare; see read/indicatorComparison). */
export async function indicatorComparison(db: Database, filter: ComparisonFilter, page: PageArgs): Promise<Page<ComparisonRowData>> {
  const [row] = await db.run(q.indicatorComparison, { ...filter, perValue: STATEMENTS_PER_VALUE, ...page });
  const items = (row?.page ?? []).map((r) => ({
    region: toGraphNode([NodeLabel.Region], r.region as Props),
    cells: (r.cells as Props[]).map((c) => ({ indicatorId: String(c.indicatorId), values: (c.values as Props[]).map((v) => valueRow({ ...v, region: r.region })) })),
  }));
  return { total: row?.total ?? 0, offset: page.offset, items };
}
