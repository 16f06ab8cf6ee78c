import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractJob } from './extractWorker';
import { IngestError, IngestErrorCode } from './IngestError';
import type { ReportMeta, ReportRecords } from './records/types';
import { DEFAULT_MAX_BYTES } from './text/decodeReport';

export interface ExtractInWorkerOptions {
  /** stop the extraction after this long and reject with EXTRACTION_TIMEOUT; default 45 s */
  timeoutMs?: number;
  /** for bytes: refuse more than this many with TOO_LARGE, before they reach the thread; default DEFAULT_MAX_BYTES */
  maxBytes?: number;
}

interface Job extends ExtractJob {
  timeoutMs: number;
  resolve: (r: ReportRecords) => void;
  reject: (e: Error) => void;
}

/**
 * Heap of the extraction thread, MiB: a report that needs more stops that thread with TOO_LARGE instead of the
 * process (a 1 MB report needs about 80, a 4 MB one about 220).
 */
const WORKER_HEAP_MB = 2048;

// Under tsx or ts-jest this module is TypeScript, and so is its worker: the thread then registers tsx (a
// devDependency) before it loads the file. The compiled build (dist/) loads the JavaScript directly.
const workerFile = path.join(__dirname, `extractWorker${path.extname(__filename)}`);
const typescript = __filename.endsWith('.ts');
const bootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(workerFile)});`;

let worker: Worker | undefined;
let current: Job | undefined;
let timer: NodeJS.Timeout | undefined;
const queue: Job[] = [];
let nextId = 0;

function spawn(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  const w = typescript ? new Worker(bootstrap, { eval: true, resourceLimits }) : new Worker(workerFile, { resourceLimits });
  // an idle worker must not keep a command's process alive
  w.unref();
  w.on('message', (msg: { id: number; records?: ReportRecords; error?: { name: string; code?: string; message: string } }) => {
    const job = current;
    if (!job || msg.id !== job.id) return;
    finish();
    if (msg.records) job.resolve(msg.records);
    else job.reject(toError(msg.error!));
  });
  w.on('error', (e: Error & { code?: string }) => {
    const job = current;
    worker = undefined;
    finish();
    job?.reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new IngestError(IngestErrorCode.TOO_LARGE, `extraction needed more than ${WORKER_HEAP_MB} MiB of memory`) : e);
  });
  w.on('exit', () => {
    if (worker === w) worker = undefined;
  });
  return w;
}

function toError(e: { name: string; code?: string; message: string }): Error {
  if (e.name === 'IngestError' && e.code) return new IngestError(e.code as IngestErrorCode, e.message.replace(`${e.code}: `, ''));
  return Object.assign(new Error(e.message), { name: e.name });
}

function finish(): void {
  clearTimeout(timer);
  current = undefined;
  if (queue.length === 0) worker?.unref();
  setImmediate(pump);
}

function pump(): void {
  if (current || queue.length === 0) return;
  const job = queue.shift()!;
  current = job;
  worker ??= spawn();
  worker.ref();
  timer = setTimeout(() => {
    // the thread is busy in the extraction: only terminating it stops the work
    const w = worker;
    worker = undefined;
    void w?.terminate();
    finish();
    job.reject(new IngestError(IngestErrorCode.EXTRACTION_TIMEOUT, `extraction took longer than ${job.timeoutMs} ms and was stopped`));
  }, job.timeoutMs);
  const message: ExtractJob = { id: job.id, source: job.source, meta: job.meta, maxBytes: job.maxBytes };
  worker.postMessage(message);
}

/**
 * extractReport on a worker thread, one report at a time in arrival order, each with a time budget: the caller's
 * event loop stays free (an HTTP server keeps answering /healthz while a 3 MB report is read), and a report that
 * runs past its budget is stopped with IngestError EXTRACTION_TIMEOUT instead of occupying a core for minutes.
 * Bytes (a file, or text as UTF-8) are decoded and validated by decodeReport on the thread first, so they get
 * its errors (EMPTY_INPUT, BINARY_INPUT, TOO_LARGE …); a string is extracted as it is. The thread runs at low
 * priority (Linux), and is spawned on first use, reused, and replaced after a timeout; it keeps no process alive
 * when idle.
 * Example: `const records = await extractInWorker(fs.readFileSync(file), { sourceFile: 'x.txt' }, { timeoutMs: 30_000 })`.
 */
export function extractInWorker(source: string | Uint8Array, meta: Partial<ReportMeta> = {}, options: ExtractInWorkerOptions = {}): Promise<ReportRecords> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof source !== 'string' && source.byteLength > maxBytes) {
    return Promise.reject(new IngestError(IngestErrorCode.TOO_LARGE, `input is ${source.byteLength} bytes, limit is ${maxBytes}`));
  }
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, source, meta, maxBytes, timeoutMs: options.timeoutMs ?? 45_000, resolve, reject });
    pump();
  });
}
