import type { ReportRecords } from '../ingest';
import type { Database, Tx } from './Database';
import { isUnavailable } from './errors';
import { linkNewIndicators } from './indicators';
import { ingest } from './queries';
import { edgeRows, mentionRows, nodeRows, passageRows, writeReport, writeResult, type WriteReportResult } from './writeReport';

/** Rows per UNWIND statement of a bulk transaction: a few reports' worth, well within a 1 GiB heap. */
const BULK_BATCH_SIZE = 5000;

/** What became of one report of a bulk write: written (as writeReport returns it), or refused with its error. */
export type BulkOutcome = { ok: true; result: WriteReportResult } | { ok: false; error: unknown };

export interface BulkWriteResult {
  /** one per report, in the order given */
  outcomes: BulkOutcome[];
  /** reports loaded together in the bulk transaction */
  bulk: number;
  /** reports that went through writeReport one by one: already in the database, repeated in the batch, or in a
   * bulk transaction that failed (then each report is tried alone, so one bad report fails alone) */
  single: number;
  /** why the bulk transaction failed, when it did */
  bulkError: string | null;
}

function chunked<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BULK_BATCH_SIZE) out.push(rows.slice(i, i + BULK_BATCH_SIZE));
  return out;
}

/** Runs a bulk statement over `rows` in slices; each statement takes its rows as its one list parameter. */
async function runChunked<K extends string>(
  tx: Tx,
  query: (tx: Tx, params: Record<K, Record<string, unknown>[]>) => Promise<unknown>,
  key: K,
  rows: readonly object[],
): Promise<void> {
  for (const batch of chunked(rows)) await query(tx, { [key]: batch as Record<string, unknown>[] } as Record<K, Record<string, unknown>[]>);
}

/**
 * The rows a bulk transaction may write: those of entities and relationships no curator deleted (a Tombstone,
 * which writeReport's statements skip row by row). Asks about the rows only when the database holds a tombstone.
 */
async function withoutTombstoned<N extends { id: string }, E extends { from: string; type: string; to: string }>(
  tx: Tx,
  nodes: N[],
  edges: E[],
): Promise<{ nodes: N[]; edges: E[] }> {
  const [{ count }] = await ingest.tombstoneCount(tx, {});
  if (count === 0) return { nodes, edges };
  const nodeKey = (n: N) => `node:${n.id}`;
  const edgeKey = (e: E) => `edge:${e.from}|${e.type}|${e.to}`;
  const dead = new Set<string>();
  for (const keys of chunked([...nodes.map(nodeKey), ...edges.map(edgeKey)])) {
    for (const { key } of await ingest.bulkTombstoned(tx, { keys })) dead.add(key);
  }
  return { nodes: nodes.filter((n) => !dead.has(nodeKey(n))), edges: edges.filter((e) => !dead.has(edgeKey(e))) };
}

/** The report → region link writeReport would make. */
function aboutRegion(records: ReportRecords): string | null {
  const about = records.edges.find((e) => e.type === 'ABOUT' && e.from === records.report.id);
  return about?.to ?? records.nodes.find((n) => n.label === 'Region' && n.name === records.report.region)?.id ?? null;
}

/**
 * The rows of several new reports, as writeReport would write them one report after the other: entities and
 * relationships several reports share become one row each, with their properties merged in report order (later
 * wins, a null removes, as `SET n += …` does report by report), their reports and their evidence in that order.
 */
function bulkRows(batch: readonly ReportRecords[]) {
  const reports = batch.map(({ report }) => {
    const { text, ...meta } = report;
    const titleStart = Math.max(0, text.indexOf(report.title));
    return { ...meta, name: report.title, body: text, titleStart, titleEnd: titleStart + report.title.length };
  });
  // ingest/mergeSections MERGEs on the id: a section id given twice is one node with the last row's properties,
  // hanging off every owner its rows name (its parent section when the report has it, else the report).
  const sections: (ReportRecords['sections'][number] & { underReport: boolean })[] = [];
  const sectionLinks: { parentId: string; id: string }[] = [];
  for (const r of batch) {
    const ids = new Set(r.sections.map((s) => s.id));
    const unique = new Map<string, (typeof sections)[number]>();
    const links = new Set<string>();
    for (const s of r.sections) {
      const nested = s.parentId !== null && ids.has(s.parentId);
      const underReport = !nested || (unique.get(s.id)?.underReport ?? false);
      unique.set(s.id, { ...s, reportId: r.report.id, underReport });
      if (nested && !links.has(`${s.parentId}\u0001${s.id}`)) {
        links.add(`${s.parentId}\u0001${s.id}`);
        sectionLinks.push({ parentId: s.parentId!, id: s.id });
      }
    }
    sections.push(...unique.values());
  }
  // Each passage carries the mentions in it (ingest/bulkCreatePassages makes both).
  const mentionsOf = new Map<string, ReturnType<typeof mentionRows>>();
  for (const r of batch) {
    for (const m of r.nodes.flatMap(mentionRows)) {
      const list = mentionsOf.get(m.passageId);
      if (list) list.push(m);
      else mentionsOf.set(m.passageId, [m]);
    }
  }
  const passages = batch.flatMap((r) =>
    passageRows(r.passages, new Map(r.sections.map((x) => [x.id, x.title]))).map((p) => ({ ...p, reportId: r.report.id, mentions: mentionsOf.get(p.id) ?? [] })),
  );
  const nodes = new Map<string, { id: string; label: string; name: string; properties: Record<string, unknown>; reportIds: string[] }>();
  for (const r of batch) {
    for (const row of nodeRows(r.nodes, r.report.id)) {
      const seen = nodes.get(row.id);
      if (!seen) nodes.set(row.id, { ...row, properties: { ...row.properties }, reportIds: [r.report.id] });
      else {
        Object.assign(seen.properties, row.properties);
        seen.label = row.label;
        seen.name = row.name;
        if (!seen.reportIds.includes(r.report.id)) seen.reportIds.push(r.report.id);
      }
    }
  }
  const links = batch.flatMap((r) => {
    const regionId = aboutRegion(r);
    return regionId ? [{ reportId: r.report.id, regionId }] : [];
  });
  const edges = new Map<string, { from: string; to: string; type: string; properties: Record<string, unknown>; evidence: string[]; reportIds: string[] }>();
  for (const r of batch) {
    for (const row of edgeRows(r.edges.filter((e) => e.type !== 'ABOUT'))) {
      const key = `${row.from}|${row.type}|${row.to}`;
      const seen = edges.get(key);
      if (!seen) edges.set(key, { ...row, properties: { ...row.properties }, reportIds: [r.report.id] });
      else {
        Object.assign(seen.properties, row.properties);
        seen.evidence = [...seen.evidence.filter((x) => !row.evidence.includes(x)), ...row.evidence];
        if (!seen.reportIds.includes(r.report.id)) seen.reportIds.push(r.report.id);
      }
    }
  }
  // In id order, so two bulk transactions running at once lock shared entities in the same order (fewer deadlocks).
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byEnds = (a: { from: string; to: string }, b: { from: string; to: string }) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0;
  return {
    reports,
    sections,
    sectionLinks,
    passages,
    nodes: [...nodes.values()].sort(byId),
    links,
    edges: [...edges.values()].sort(byEnds),
    // every metric of the batch (each belongs to one report), for the indicator links writeReport makes
    metrics: batch.flatMap((r) => r.nodes.filter((n) => n.label === 'Metric')),
  };
}

/**
 * Loads many reports faster than writeReport one by one, into the same graph: the reports the database does not
 * hold yet are written together in ONE transaction (so each report is still all or nothing: the transaction
 * commits every one of them or none), with CREATE for what only a new report can own (report, sections,
 * passages, mentions) and one MERGE row per entity and relationship however many reports of the batch share it.
 * A report the database already holds (a re-ingest, which must first remove its earlier version) or one given
 * twice goes through writeReport; if the bulk transaction fails, its reports are retried one by one through
 * writeReport, so only a bad report fails, with its own error (but when the database is unreachable every report
 * gets that error at once: trying each alone would only wait longer). Never throws: each report has its outcome.
 * Example: `for (const batch of batches(reports, 10)) await bulkWriteReports(store.db, batch)`.
 */
export async function bulkWriteReports(db: Database, batch: readonly ReportRecords[], timeoutMs = 600_000): Promise<BulkWriteResult> {
  const failAll = (error: unknown): BulkWriteResult => ({
    outcomes: batch.map(() => ({ ok: false, error })),
    bulk: 0,
    single: 0,
    bulkError: error instanceof Error ? error.message : String(error),
  });
  let present: Set<string>;
  try {
    present = new Set((await db.run(ingest.bulkReportsPresent, { reportIds: batch.map((r) => r.report.id) })).map((r) => r.id));
  } catch (error) {
    return failAll(error);
  }
  const firstOf = new Map<string, number>();
  batch.forEach((r, i) => firstOf.has(r.report.id) || firstOf.set(r.report.id, i));
  // A report whose passages repeat an id (the extractor never makes one) keeps mergePassages' MERGE semantics.
  const uniquePassages = (r: ReportRecords) => new Set(r.passages.map((p) => p.id)).size === r.passages.length;
  const fresh = batch.filter((r, i) => !present.has(r.report.id) && firstOf.get(r.report.id) === i && uniquePassages(r));
  const freshSet = new Set(fresh);
  const rest = batch.filter((r) => !freshSet.has(r));

  const outcomes = new Map<ReportRecords, BulkOutcome>();
  let bulk = 0;
  let bulkError: string | null = null;
  if (fresh.length > 0) {
    const rows = bulkRows(fresh);
    try {
      await db.writeTx(
        async (tx) => {
          await ingest.bulkLockReports(tx, { reportIds: fresh.map((r) => r.report.id).sort() });
          await runChunked(tx, ingest.bulkCreateReports, 'reports', rows.reports);
          await runChunked(tx, ingest.bulkCreateSections, 'sections', rows.sections);
          await runChunked(tx, ingest.bulkLinkSections, 'links', rows.sectionLinks);
          const { nodes, edges } = await withoutTombstoned(tx, rows.nodes, rows.edges);
          await runChunked(tx, ingest.bulkMergeNodes, 'nodes', nodes);
          await runChunked(tx, ingest.bulkCreatePassages, 'passages', rows.passages);
          await runChunked(tx, ingest.bulkLinkReportRegions, 'links', rows.links);
          await runChunked(tx, ingest.bulkMergeEdges, 'edges', edges);
          await linkNewIndicators(tx, rows.metrics);
        },
        timeoutMs,
      );
      for (const r of fresh) outcomes.set(r, { ok: true, result: writeResult(r, true) });
      bulk = fresh.length;
    } catch (error) {
      if (isUnavailable(error)) return failAll(error);
      bulkError = error instanceof Error ? error.message : String(error);
      rest.push(...fresh);
    }
  }
  // One by one, in the order given: re-ingests, repeats, and the reports of a failed bulk transaction.
  const single = [...rest].sort((a, b) => batch.indexOf(a) - batch.indexOf(b));
  for (const r of single) {
    try {
      outcomes.set(r, { ok: true, result: await writeReport(db, r, timeoutMs) });
    } catch (error) {
      outcomes.set(r, { ok: false, error });
    }
  }
  return { outcomes: batch.map((r) => outcomes.get(r)!), bulk, single: single.length, bulkError };
}
