import type { EdgeRecord, NodeRecord, Provenance, ReportRecords } from '../ingest';
import type { Database, Tx } from './Database';

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

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}

/** An edge's evidence as stored on the relationship: one string per span, so a report's share can be filtered out. */
export function evidenceString(p: Provenance): string {
  return [p.reportId, p.passageId, p.start, p.end, p.rule].join('|');
}

export function nodeRows(nodes: readonly NodeRecord[], reportId: string) {
  return nodes.map((n) => ({
    id: n.id,
    label: n.label,
    name: n.name,
    // A metric belongs to exactly one report: keep that and its position on the node for filters and ordering.
    properties: n.label === 'Metric' ? { ...n.properties, reportId, start: n.sources[0]?.start ?? 0 } : n.properties,
  }));
}

export function passageRows(records: ReportRecords) {
  const titles = new Map(records.sections.map((s) => [s.id, s.title]));
  return records.passages.map((p) => ({ ...p, sectionTitle: p.sectionId ? (titles.get(p.sectionId) ?? null) : null }));
}

export function mentionRows(nodes: readonly NodeRecord[]) {
  return nodes.flatMap((n) =>
    n.sources.map((s) => ({ nodeId: n.id, passageId: s.passageId, start: s.start, end: s.end, rule: s.rule })),
  );
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

async function runBatched(tx: Tx, name: string, key: string, rows: readonly unknown[], extra: Record<string, unknown>) {
  for (const batch of chunks(rows)) await tx.run(name, { ...extra, [key]: batch });
}

/**
 * Removes a report's passages and its evidence on relationships, inside the caller's transaction, and returns
 * the entities it mentioned. Orphans among them are deleted by `deleteOrphans` only after the new version is
 * merged, so entities that persist are never deleted and re-created (which would drop curated links).
 */
async function detachReport(tx: Tx, reportId: string): Promise<string[]> {
  const ids = (await tx.run<{ id: string }>('ingest/reportEntityIds', { reportId })).map((r) => r.id);
  await tx.run('ingest/stripReportEvidence', { reportId, entityIds: ids });
  await tx.run('ingest/deleteReportText', { reportId });
  return ids;
}

async function deleteOrphans(tx: Tx, reportId: string, entityIds: string[]): Promise<void> {
  for (const batch of chunks(entityIds)) await tx.run('ingest/deleteOrphanEntities', { reportId, entityIds: batch });
}

function countBy<T>(rows: readonly T[], key: (row: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
}

/**
 * Loads one report's records in ONE write transaction: first it removes what an earlier version of the same
 * report contributed, then merges the new records. A failure anywhere rolls everything back, so the database
 * never holds half a report; loading the same records twice leaves the same graph.
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
      const existing = await tx.run<{ sha256: string }>('read/reportSha', { reportId });
      const changed = existing.length === 0 || existing[0].sha256 !== report.sha256;
      const previous = await detachReport(tx, reportId);
      const { text, ...meta } = report;
      const titleStart = Math.max(0, text.indexOf(report.title));
      await tx.run('ingest/mergeReport', {
        report: { ...meta, name: report.title, body: text, titleStart, titleEnd: titleStart + report.title.length },
      });
      await runBatched(tx, 'ingest/mergeSections', 'sections', records.sections, { reportId });
      await runBatched(tx, 'ingest/mergePassages', 'passages', passageRows(records), { reportId });
      await runBatched(tx, 'ingest/mergeNodes', 'nodes', nodeRows(records.nodes, reportId), { reportId });
      await runBatched(tx, 'ingest/mergeMentions', 'mentions', mentionRows(records.nodes), {});
      await tx.run('ingest/mergeReportRegion', { reportId, regionId });
      await runBatched(tx, 'ingest/mergeEdges', 'edges', edgeRows(entityEdges), { reportId });
      await deleteOrphans(tx, reportId, previous);
      return {
        reportId,
        changed,
        nodes: countBy(records.nodes, (n) => n.label),
        relationships: countBy(records.edges, (e) => e.type),
        passages: records.passages.length,
      };
    },
    undefined,
    timeoutMs ?? 300_000,
  );
}

/** Deletes a report and whatever only it contributed, in one transaction. False when there was no such report. */
export async function deleteReport(db: Database, reportId: string): Promise<boolean> {
  return db.writeTx(async (tx) => {
    const existing = await tx.run('read/reportSha', { reportId });
    if (existing.length === 0) return false;
    await deleteOrphans(tx, reportId, await detachReport(tx, reportId));
    await tx.run('ingest/deleteReportNode', { reportId });
    return true;
  });
}
