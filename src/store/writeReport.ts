import type { EdgeRecord, NodeRecord, ReportRecords } from '../ingest';
import type { Database, Tx } from './Database';
import { evidenceString } from './evidenceString';
import { linkIndicators } from './indicators';
import { ingest, read } from './queries';

/** How many rows one UNWIND statement carries: large enough to be fast, small enough for modest heaps. */
const BATCH_SIZE = 500;

export interface WriteReportResult {
  reportId: string;
  /** false when the database already held this exact text */
  changed: boolean;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  passages: number;
}

/** Consecutive slices of BATCH_SIZE rows, made one at a time: a big report is never copied whole into rows. */
function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE);
}

/** The same for rows each item gives several of (a node's mentions). */
function* flatChunks<T, R>(items: readonly T[], rowsOf: (item: T) => R[]): Generator<R[]> {
  let batch: R[] = [];
  for (const item of items) {
    for (const row of rowsOf(item)) {
      batch.push(row);
      if (batch.length === BATCH_SIZE) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Nodes and relationships in id order: two transactions that write overlapping entities (two reports naming the
 * same regions) then lock them in the same order, which is what keeps them from deadlocking each other.
 */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byEnds = (a: EdgeRecord, b: EdgeRecord) => byId({ id: `${a.from}\u0000${a.to}` }, { id: `${b.from}\u0000${b.to}` });

export function nodeRows(nodes: readonly NodeRecord[], reportId: string) {
  return nodes.map((n) => ({
    id: n.id,
    label: n.label,
    name: n.name,
    // A metric belongs to exactly one report: keep that and its position on the node for filters and ordering.
    properties: n.label === 'Metric' ? { ...n.properties, reportId, start: n.sources[0]?.start ?? 0 } : n.properties,
  }));
}

export function passageRows(passages: ReportRecords['passages'], titles: ReadonlyMap<string, string>) {
  return passages.map((p) => ({ ...p, sectionTitle: p.sectionId ? (titles.get(p.sectionId) ?? null) : null }));
}

export function mentionRows(n: NodeRecord) {
  return n.sources.map((s) => ({ nodeId: n.id, passageId: s.passageId, start: s.start, end: s.end, rule: s.rule, derived: s.derived === true }));
}

export function edgeRows(edges: readonly EdgeRecord[]) {
  return edges.map((e) => ({
    from: e.from,
    to: e.to,
    type: e.type,
    properties: e.properties,
    evidence: [...new Set(e.sources.map(evidenceString))],
  }));
}

/**
 * Removes a report's passages and its evidence on relationships, inside the caller's transaction, and returns
 * the entities it mentioned. Orphans among them are deleted by `deleteOrphans` only after the new version is
 * merged, so entities that persist are never deleted and re-created (which would drop curated links).
 */
async function detachReport(tx: Tx, reportId: string): Promise<string[]> {
  const ids = (await ingest.reportEntityIds(tx, { reportId })).map((r) => r.id);
  await ingest.stripReportEvidence(tx, { reportId, entityIds: ids });
  await ingest.deleteReportText(tx, { reportId });
  return ids;
}

async function deleteOrphans(tx: Tx, reportId: string, entityIds: string[]): Promise<void> {
  for (const batch of chunks([...entityIds].sort())) await ingest.deleteOrphanEntities(tx, { reportId, entityIds: batch });
}

function countBy<T>(rows: readonly T[], key: (row: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
}

/** What writing these records reports back (writeReport, and bulkWriteReports for each report of a batch). */
export function writeResult(records: ReportRecords, changed: boolean): WriteReportResult {
  return {
    reportId: records.report.id,
    changed,
    nodes: countBy(records.nodes, (n) => n.label),
    relationships: countBy(records.edges, (e) => e.type),
    passages: records.passages.length,
  };
}

/**
 * Loads one report's records in ONE write transaction: first it takes the report's lock (lockReport: a concurrent
 * write of the same report waits for this one to commit), removes what an earlier version of the same report
 * contributed, then merges the new records in statements of at most BATCH_SIZE rows. A failure anywhere rolls
 * everything back, so the database never holds half a report; loading the same records twice, or five times at
 * once, leaves the same graph. One transaction bounds the size of a report by Neo4j's transaction memory
 * (about 80 MiB per MB of report text; see MAX_REPORT_BYTES in the README).
 */
export async function writeReport(db: Database, records: ReportRecords, timeoutMs?: number): Promise<WriteReportResult> {
  const { report } = records;
  const reportId = report.id;
  // The report → region link is not an entity relationship (a Report is not an Entity): merged on its own.
  const about = records.edges.find((e) => e.type === 'ABOUT' && e.from === reportId);
  const regionId = about?.to ?? records.nodes.find((n) => n.label === 'Region' && n.name === report.region)?.id ?? null;
  const entityEdges = records.edges.filter((e) => e.type !== 'ABOUT');
  return db.writeTx(
    async (tx) => {
      await ingest.lockReport(tx, { reportId });
      const existing = await read.reportSha(tx, { reportId });
      const changed = existing.length === 0 || existing[0].sha256 !== report.sha256;
      const previous = await detachReport(tx, reportId);
      const { text, ...meta } = report;
      const titleStart = Math.max(0, text.indexOf(report.title));
      await ingest.mergeReport(tx, {
        report: { ...meta, name: report.title, body: text, titleStart, titleEnd: titleStart + report.title.length },
      });
      const titles = new Map(records.sections.map((s) => [s.id, s.title]));
      const nodes = [...records.nodes].sort(byId);
      for (const sections of chunks(records.sections)) await ingest.mergeSections(tx, { reportId, sections });
      for (const passages of chunks(records.passages)) await ingest.mergePassages(tx, { reportId, passages: passageRows(passages, titles) });
      for (const batch of chunks(nodes)) await ingest.mergeNodes(tx, { reportId, nodes: nodeRows(batch, reportId) });
      for (const mentions of flatChunks(nodes, mentionRows)) await ingest.mergeMentions(tx, { mentions });
      await ingest.mergeReportRegion(tx, { reportId, regionId });
      for (const edges of chunks([...entityEdges].sort(byEnds))) await ingest.mergeEdges(tx, { reportId, edges: edgeRows(edges) });
      await linkIndicators(tx, records.nodes);
      await deleteOrphans(tx, reportId, previous);
      return writeResult(records, changed);
    },
    timeoutMs ?? 300_000,
  );
}

/** Deletes a report and whatever only it contributed, in one transaction. False when there was no such report. */
export async function deleteReport(db: Database, reportId: string): Promise<boolean> {
  return db.writeTx(async (tx) => {
    await ingest.lockReport(tx, { reportId });
    const existing = await read.reportSha(tx, { reportId });
    if (existing.length === 0) return false;
    await deleteOrphans(tx, reportId, await detachReport(tx, reportId));
    await ingest.deleteReportNode(tx, { reportId });
    return true;
  });
}
