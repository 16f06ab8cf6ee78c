import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { extractReport } from './extract';
import type { ReportMeta } from './records/types';
import { decodeReport } from './text/decodeReport';

/** One job: the text of a report, or the bytes of a report file (decoded and validated first), and its metadata. */
export interface ExtractJob {
  id: number;
  source: string | Uint8Array;
  meta: Partial<ReportMeta>;
  /** decodeReport's size limit for bytes */
  maxBytes?: number;
}

// On Linux a nice value belongs to a thread, and without a pid os.setPriority sets the calling one: this thread
// yields the cores to the server's event loop (and to Neo4j) while it extracts. Elsewhere it may be refused.
try {
  os.setPriority(os.constants.priority.PRIORITY_LOW);
} catch {
  // not allowed here: extract at normal priority
}

/**
 * The body of an extraction worker thread (extractInWorker.ts): decodes each report it is sent if it comes as
 * bytes, extracts it and posts the records back, or the error. Runs nothing else, so a long extraction never
 * holds the server's event loop.
 */
parentPort?.on('message', (job: ExtractJob) => {
  try {
    const text = typeof job.source === 'string' ? job.source : decodeReport(Buffer.from(job.source.buffer, job.source.byteOffset, job.source.byteLength), { maxBytes: job.maxBytes });
    parentPort!.postMessage({ id: job.id, records: extractReport(text, job.meta) });
  } catch (error) {
    const e = error as Error & { code?: string };
    parentPort!.postMessage({ id: job.id, error: { name: e.name, code: e.code, message: e.message } });
  }
});
