import { DEFAULT_MAX_BYTES, extractInWorker, IngestError, IngestErrorCode, type ReportMeta, type ReportRecords } from '../ingest';
import type { Database } from './Database';
import { read } from './queries';
import { toGraphNode } from './toGraphNode';
import type { GraphNode } from './types';
import { writeReport, type WriteReportResult } from './writeReport';

/** What an ingest wrote, and the report as it now stands in the graph. */
export interface IngestReportResult extends WriteReportResult {
  report: GraphNode;
}

/** Limits of one report (MAX_REPORT_BYTES, EXTRACTION_TIMEOUT_MS). */
export interface IngestOptions {
  /** refuse a report of more bytes (UTF-8 for text) with TOO_LARGE; default DEFAULT_MAX_BYTES */
  maxReportBytes?: number;
  /** stop an extraction that runs longer with EXTRACTION_TIMEOUT; default 45 s */
  extractionTimeoutMs?: number;
  /** the write transaction's timeout; default 300 s */
  writeTimeoutMs?: number;
}

/**
 * The whole use case of loading one report, the same for the ingestReport mutation (text), `npm run ingest` and
 * the seed loader (a file's bytes): text is taken as its UTF-8 bytes, so both go through the one decodeReport
 * (UTF-8 or GBK/GB18030; refused when empty, binary, mojibake, not a report or over `maxReportBytes`) and get the
 * same verdict for the same bytes. Decoding and extraction run on the worker thread within the time budget
 * (extractInWorker), the write in one transaction (writeReport), then the report node is read back. Throws
 * IngestError for input it refuses. Example: `await ingestReport(db, fs.readFileSync(file), { id: 'chongqing-…' })`.
 */
export async function ingestReport(
  db: Database,
  source: string | Buffer,
  meta: Partial<ReportMeta>,
  options: IngestOptions = {},
): Promise<IngestReportResult> {
  const records = await extractRecords(source, meta, options);
  const result = await writeReport(db, records, options.writeTimeoutMs);
  const [row] = await db.run(read.nodesByIds, { ids: [result.reportId] });
  return { ...result, report: toGraphNode(row.labels, row.props) };
}

/**
 * Decodes and extracts one report on the worker thread within the limits of `options`: what every way of loading
 * a report does before it writes. Throws IngestError for input it refuses.
 */
export async function extractRecords(source: string | Buffer, meta: Partial<ReportMeta>, options: IngestOptions = {}): Promise<ReportRecords> {
  const maxBytes = options.maxReportBytes ?? DEFAULT_MAX_BYTES;
  // Checked before the text is copied into bytes, so an oversized text costs nothing more.
  if (typeof source === 'string' && Buffer.byteLength(source, 'utf8') > maxBytes) {
    throw new IngestError(IngestErrorCode.TOO_LARGE, `input is ${Buffer.byteLength(source, 'utf8')} bytes, limit is ${maxBytes}`);
  }
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  return extractInWorker(bytes, meta, { timeoutMs: options.extractionTimeoutMs, maxBytes });
}
