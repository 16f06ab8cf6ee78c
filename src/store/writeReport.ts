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

function nodeRows(nodes: readonly NodeRecord[], reportId: string) {
  return nodes.map((n) => ({
    id: n.id,
    label: n.label,
    name: n.name,
    // A metric belongs to exactly one report: keep that and its position on the node for filters and ordering.
    properties: n.label === 'Metric' ? { ...n.properties, reportId, start: n.sources[0]?.start ?? 0 } : n.properties,
  }));
}

function passageRows(records: ReportRecords) {
  const titles = new Map(records.sections.map((s) => [s.id, s.title]));
  return records.passages.map((p) => ({ ...p, sectionTitle: p.sectionId ? (titles.get(p.sectionId) ?? null) : null }));
}

function mentionRows(nodes: readonly NodeRecord[]) {
  return nodes.flatMap((n) =>
    n.sources.map((s) => ({ nodeId: n.id, passageId: s.passageId, start: s.start, end: s.end, rule: s.rule })),
  );
}

function edgeRows(edges: readonly EdgeRecord[]) {
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

/** Removes everything a report contributed, inside the caller's transaction. Returns whether it existed. */
export async function detachReport(tx: Tx, reportId: string): Promise<void> {
  const ids = (await tx.run<{ id: string }>('ingest/reportEntityIds', { reportId })).map((r) => r.id);
  await tx.run('ingest/stripReportEvidence', { reportId, entityIds: ids });
  await tx.run('ingest/deleteReportText', { reportId });
  await tx.run('ingest/deleteOrphanEntities', { reportId, entityIds: ids });
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
  const regionNode = records.nodes.find((n) => n.label === 'Region' && n.name === report.region);
  return db.writeTx(
    async (tx) => {
      const existing = await tx.run<{ sha256: string }>('read/reportSha', { reportId });
      const changed = existing.length === 0 || existing[0].sha256 !== report.sha256;
      await detachReport(tx, reportId);
      const { text, ...meta } = report;
      const titleStart = Math.max(0, text.indexOf(report.title));
      await tx.run('ingest/mergeReport', {
        report: { ...meta, name: report.title, body: text, titleStart, titleEnd: titleStart + report.title.length },
        regionId: regionNode?.id ?? null,
      });
      await runBatched(tx, 'ingest/mergeSections', 'sections', records.sections, { reportId });
      await runBatched(tx, 'ingest/mergePassages', 'passages', passageRows(records), { reportId });
      await runBatched(tx, 'ingest/mergeNodes', 'nodes', nodeRows(records.nodes, reportId), { reportId });
      await runBatched(tx, 'ingest/mergeMentions', 'mentions', mentionRows(records.nodes), {});
      await runBatched(tx, 'ingest/mergeEdges', 'edges', edgeRows(records.edges), { reportId });
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
    await detachReport(tx, reportId);
    await tx.run('ingest/deleteReportNode', { reportId });
    return true;
  });
}
