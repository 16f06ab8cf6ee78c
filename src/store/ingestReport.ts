import { decodeReport, extractReport, type ReportMeta } from '../ingest';
import type { Database } from './Database';
import { read } from './queries';
import { toGraphNode } from './toGraphNode';
import type { GraphNode } from './types';
import { writeReport, type WriteReportResult } from './writeReport';

/** What an ingest wrote, and the report as it now stands in the graph. */
export interface IngestReportResult extends WriteReportResult {
  report: GraphNode;
}

/**
 * The whole use case of loading one report: decode (bytes: UTF-8 or GBK/GB18030, refused when empty, binary or
 * too large), extract, write in one transaction, and read the report node back. The ingestReport mutation gives
 * text, `npm run ingest` and the seed loader give a file's bytes. Throws IngestError for input it refuses.
 * Example: `await ingestReport(db, fs.readFileSync(file), { id: 'chongqing-2023-h1-plan-execution-report' })`.
 */
export async function ingestReport(db: Database, source: string | Buffer, meta: Partial<ReportMeta>): Promise<IngestReportResult> {
  const text = typeof source === 'string' ? source : decodeReport(source);
  const result = await writeReport(db, extractReport(text, meta));
  const [row] = await db.run(read.nodesByIds, { ids: [result.reportId] });
  return { ...result, report: toGraphNode(row.labels, row.props) };
}
