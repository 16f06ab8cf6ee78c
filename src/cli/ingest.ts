import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { IngestError } from '../ingest';
import { loadConfig } from '../server/config';
import { readFolderIndex, reportFileInput } from '../server/loadReportFile';
import { isUnavailable, StoreError, type PendingExtraction, type Store, type WriteReportResult } from '../store';
import { runCli, UsageError } from './runCli';
import { withStore } from './withStore';

const USAGE = 'usage: npm run ingest -- <file|dir>... [--quiet]\n  a directory loads every .txt in it, with metadata from its index.json when present';

interface Job {
  file: string;
  meta: Record<string, unknown>;
}

/** Expands the arguments into report files (a folder contributes its .txt files and its index.json metadata). */
export function collectJobs(paths: readonly string[]): Job[] {
  const jobs: Job[] = [];
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`No such file or folder: ${p}`);
    if (stat.isDirectory()) {
      const index = readFolderIndex(p);
      for (const name of fs.readdirSync(p).filter((f) => f.endsWith('.txt')).sort()) {
        jobs.push({ file: path.join(p, name), meta: index.get(name) ?? {} });
      }
    } else {
      const index = readFolderIndex(path.dirname(p));
      jobs.push({ file: p, meta: index.get(path.basename(p)) ?? {} });
    }
  }
  return jobs;
}

export interface IngestSummary {
  loaded: WriteReportResult[];
  failed: { file: string; error: string }[];
  /** files not tried: the run stopped before them */
  notTried: string[];
  /** why the run stopped before the last file, if it did */
  stopped?: string;
  seconds: number;
}

export interface IngestFilesOptions {
  /** stop once the database has been unreachable this long (INGEST_GIVE_UP_MS); default 30 s */
  giveUpMs?: number;
  /** how often to ask whether it is back meanwhile; default 1 s */
  probeIntervalMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pings until the database answers (true) or the deadline passes (false). */
async function waitForDatabase(store: Store, deadline: number, intervalMs: number): Promise<boolean> {
  while (Date.now() < deadline) {
    if (await store.ping()) return true;
    await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())));
  }
  return store.ping();
}

/** Files read and loaded together (Store.ingestReports writes the new ones of a group in bulk transactions). */
const GROUP_FILES = 10;

/**
 * Loads the files in groups (Store.ingestReports: each report all or nothing, new ones written in bulk); a bad file
 * is reported and the others still load. When the database goes away, the files not yet written are tried again
 * once it is back; if it stays unreachable for `giveUpMs` the run stops, the first file not written counted as
 * failed and the rest as not tried, so the summary says what is in the database.
 */
export async function ingestFiles(
  store: Store,
  jobs: readonly Job[],
  onProgress: (done: number, file: string) => void = () => {},
  options: IngestFilesOptions = {},
): Promise<IngestSummary> {
  const started = process.hrtime.bigint();
  const giveUpMs = options.giveUpMs ?? 30_000;
  const summary: IngestSummary = { loaded: [], failed: [], notTried: [], seconds: 0 };
  // when the database was first found unreachable since the last file that loaded
  let unreachableSince: number | undefined;
  let done = 0;
  // A file that cannot be read fails alone, like one that cannot be decoded.
  const extract = (group: readonly Job[]): PendingExtraction[] =>
    group.map((job) => {
      try {
        return store.extractReports([reportFileInput(job.file, job.meta)])[0];
      } catch (error) {
        return Promise.resolve({ error });
      }
    });
  let nextGroup = extract(jobs.slice(0, GROUP_FILES));
  for (let g = 0; g < jobs.length; g += GROUP_FILES) {
    let pending = jobs.slice(g, g + GROUP_FILES);
    let extractions = nextGroup;
    // The next group is extracted while this one is written.
    if (g + GROUP_FILES < jobs.length) nextGroup = extract(jobs.slice(g + GROUP_FILES, g + 2 * GROUP_FILES));
    while (pending.length > 0) {
      const outcomes = await store.writeExtractions(extractions);
      const unavailable: { job: Job; error: unknown; extraction: PendingExtraction }[] = [];
      outcomes.forEach((outcome, i) => {
        const job = pending[i];
        if (!outcome.ok && isUnavailable(outcome.error)) return void unavailable.push({ job, error: outcome.error, extraction: extractions[i] });
        if (outcome.ok) summary.loaded.push(outcome.result);
        else summary.failed.push({ file: job.file, error: errorText(outcome.error) });
        onProgress(++done, path.basename(job.file));
      });
      if (unavailable.length < pending.length) unreachableSince = undefined;
      pending = unavailable.map((u) => u.job);
      extractions = unavailable.map((u) => u.extraction);
      if (pending.length === 0) break;
      unreachableSince ??= Date.now();
      if (await waitForDatabase(store, unreachableSince + giveUpMs, options.probeIntervalMs ?? 1000)) continue;
      summary.failed.push({ file: pending[0].file, error: errorText(unavailable[0].error) });
      summary.notTried = [...pending.slice(1), ...jobs.slice(g + GROUP_FILES)].map((j) => j.file);
      summary.stopped = `the database was unreachable for ${Math.round(giveUpMs / 1000)} s`;
      onProgress(++done, path.basename(pending[0].file));
      summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
      return summary;
    }
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}

/** `CODE: message` for the errors that carry a code (what the ingestReport mutation names `reason`). */
function errorText(error: unknown): string {
  if (error instanceof IngestError || error instanceof StoreError) return `${error.code}: ${error.message}`;
  // not `instanceof Error`: an error from another realm (a worker, a test sandbox) is no instance of this one's
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** The per-type table printed at the end: what this run wrote, summed over reports. */
export function summaryTable(summary: IngestSummary): string {
  const nodes: Record<string, number> = {};
  const rels: Record<string, number> = {};
  for (const r of summary.loaded) {
    for (const [k, v] of Object.entries(r.nodes)) nodes[k] = (nodes[k] ?? 0) + v;
    for (const [k, v] of Object.entries(r.relationships)) rels[k] = (rels[k] ?? 0) + v;
    nodes.Passage = (nodes.Passage ?? 0) + r.passages;
  }
  const rows = [
    ...Object.entries(nodes).sort().map(([k, v]) => ['node', k, v] as const),
    ...Object.entries(rels).sort().map(([k, v]) => ['relationship', k, v] as const),
  ];
  const width = Math.max(...rows.map((r) => r[1].length), 8);
  const lines = rows.map(([kind, name, n]) => `${kind.padEnd(13)} ${name.padEnd(width)} ${String(n).padStart(7)}`);
  const changed = summary.loaded.filter((r) => r.changed).length;
  return [
    `${'kind'.padEnd(13)} ${'type'.padEnd(width)} ${'count'.padStart(7)}`,
    ...lines,
    '',
    `${summary.loaded.length} report(s) loaded (${changed} new or changed), ${summary.failed.length} failed` +
      `${summary.notTried.length > 0 ? `, ${summary.notTried.length} not tried` : ''}, in ${summary.seconds.toFixed(1)} s`,
    ...(summary.stopped ? [`STOPPED: ${summary.stopped}`, `LOADED ${summary.loaded.map((r) => r.reportId).join(', ') || 'nothing'}`] : []),
    ...summary.failed.map((f) => `FAILED ${f.file}: ${f.error}`),
    ...summary.notTried.map((f) => `NOT TRIED ${f}`),
  ].join('\n');
}

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { quiet: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(USAGE);
  const jobs = collectJobs(positionals);
  if (jobs.length === 0) throw new UsageError(`No .txt reports found in ${positionals.join(', ')}`);
  const config = loadConfig();
  const summary = await withStore(config, async (store) => {
    const bar = values.quiet || jobs.length < 2 ? null : new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}' }, cliProgress.Presets.shades_classic);
    bar?.start(jobs.length, 0, { file: '' });
    try {
      return await ingestFiles(store, jobs, (done, file) => bar?.update(done, { file }), { giveUpMs: config.ingestGiveUpMs });
    } finally {
      bar?.stop();
    }
  }, { timeoutMs: 300_000 });
  console.log(summaryTable(summary));
  return summary.failed.length > 0 || summary.notTried.length > 0 ? 1 : 0;
}

if (require.main === module) runCli('ingest', () => main(process.argv.slice(2)));
