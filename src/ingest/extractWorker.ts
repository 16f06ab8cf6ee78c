import { parentPort } from 'node:worker_threads';
import { extractReport } from './extract';
import type { ReportMeta } from './records/types';

/**
 * The body of an extraction worker thread (extractInWorker.ts): extracts each report it is sent and posts the records
 * back, or the error. Runs nothing else, so a long extraction never holds the server's event loop.
 */
parentPort?.on('message', (job: { id: number; text: string; meta: Partial<ReportMeta> }) => {
  try {
    parentPort!.postMessage({ id: job.id, records: extractReport(job.text, job.meta) });
  } catch (error) {
    const e = error as Error & { code?: string };
    parentPort!.postMessage({ id: job.id, error: { name: e.name, code: e.code, message: e.message } });
  }
});
