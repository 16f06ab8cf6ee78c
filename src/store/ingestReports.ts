import type { ReportMeta, ReportRecords } from '../ingest';
import { bulkWriteReports, type BulkOutcome } from './bulkLoad';
import type { Database } from './Database';
import { extractRecords, type IngestOptions } from './ingestReport';

/** One report to load: its bytes (a file) or text, and what is known about it. */
export interface ReportInput {
  source: string | Buffer;
  meta: Partial<ReportMeta>;
}

/**
 * At most this many reports, and this much report text, in one bulk transaction: a transaction's memory grows
 * with the text it writes (about 80 MiB per MB), and a batch this size already writes several times faster than
 * one transaction per report.
 */
export const BULK_REPORTS = 10;
export const BULK_BYTES = 1024 * 1024;

/** Consecutive batches of `items` within BULK_REPORTS items and BULK_BYTES of `size` (one item alone may exceed it). */
export function bulkBatches<T>(items: readonly T[], size: (item: T) => number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length > 0 && (current.length === BULK_REPORTS || bytes + size(item) > BULK_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size(item);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

const sizeOf = (records: ReportRecords) => Buffer.byteLength(records.report.text, 'utf8');

/**
 * Loads many reports, the use case behind `npm run ingest <folder>` and the bundled dataset at start: each is
 * decoded and extracted as ingestReport does (same verdicts for the same bytes), and the ones that pass are
 * written by bulkWriteReports in batches. Each report is still all or nothing, and one bad report fails alone.
 * Returns one outcome per input, in order; never throws.
 */
export async function ingestReports(db: Database, inputs: readonly ReportInput[], options: IngestOptions = {}): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = new Array(inputs.length);
  const extracted: { index: number; records: ReportRecords }[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      extracted.push({ index, records: await extractRecords(input.source, input.meta, options) });
    } catch (error) {
      outcomes[index] = { ok: false, error };
    }
  }
  for (const batch of bulkBatches(extracted, (e) => sizeOf(e.records))) {
    const written = await bulkWriteReports(db, batch.map((e) => e.records), options.writeTimeoutMs);
    written.outcomes.forEach((outcome, i) => (outcomes[batch[i].index] = outcome));
  }
  return outcomes;
}
