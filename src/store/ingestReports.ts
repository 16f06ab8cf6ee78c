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

/** Whether a batch of `count` reports and `bytes` of text is full before a report of `size` bytes would join it. */
function closesBefore(count: number, bytes: number, size: number): boolean {
  return count > 0 && (count === BULK_REPORTS || bytes + size > BULK_BYTES);
}

/** Consecutive batches of `items` within BULK_REPORTS items and BULK_BYTES of `size` (one item alone may exceed it). */
export function bulkBatches<T>(items: readonly T[], size: (item: T) => number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (closesBefore(current.length, bytes, size(item))) {
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

/** One report's extraction under way: its records, or why it cannot be loaded. */
export type PendingExtraction = Promise<{ records: ReportRecords } | { error: unknown }>;

/**
 * Starts decoding and extracting every input now, as ingestReport does (same verdicts for the same bytes): they
 * queue on the extraction thread in order, and each promise settles when its report is done (never rejects).
 */
export function extractReports(inputs: readonly ReportInput[], options: IngestOptions = {}): PendingExtraction[] {
  return inputs.map((input) =>
    extractRecords(input.source, input.meta, options).then(
      (records) => ({ records }),
      (error: unknown) => ({ error }),
    ),
  );
}

/**
 * Writes extracted reports with bulkWriteReports in batches (bulkBatches), each batch as soon as its reports are
 * extracted, so the extraction thread reads the next reports while Neo4j writes: on two cores a load takes about
 * the longer of the two, not their sum. Each report is still all or nothing, and one bad report fails alone.
 * Returns one outcome per extraction, in order; never throws.
 */
export async function writeExtractions(db: Database, extractions: readonly PendingExtraction[], options: IngestOptions = {}): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = new Array(extractions.length);
  let batch: { index: number; records: ReportRecords }[] = [];
  let bytes = 0;
  const write = async () => {
    const written = await bulkWriteReports(db, batch.map((e) => e.records), options.writeTimeoutMs);
    written.outcomes.forEach((outcome, i) => (outcomes[batch[i].index] = outcome));
    batch = [];
    bytes = 0;
  };
  for (const [index, extraction] of extractions.entries()) {
    const extracted = await extraction;
    if (!('records' in extracted)) {
      outcomes[index] = { ok: false, error: extracted.error };
      continue;
    }
    const size = sizeOf(extracted.records);
    if (closesBefore(batch.length, bytes, size)) await write();
    batch.push({ index, records: extracted.records });
    bytes += size;
  }
  if (batch.length > 0) await write();
  return outcomes;
}

/**
 * Loads many reports, the use case behind `npm run ingest <folder>` and the bundled dataset at start:
 * extractReports, then writeExtractions. Returns one outcome per input, in order; never throws.
 */
export function ingestReports(db: Database, inputs: readonly ReportInput[], options: IngestOptions = {}): Promise<BulkOutcome[]> {
  return writeExtractions(db, extractReports(inputs, options), options);
}
