import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { IngestError } from '../ingest';
import { loadConfig } from '../server/config';
import { loadReportFile, readFolderIndex } from '../server/loadReportFile';
import type { Store, WriteReportResult } from '../store';
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
  seconds: number;
}

/** Loads each report in its own transaction; a bad file is reported and the others still load. */
export async function ingestFiles(store: Store, jobs: readonly Job[], onProgress: (done: number, file: string) => void = () => {}): Promise<IngestSummary> {
  const started = process.hrtime.bigint();
  const summary: IngestSummary = { loaded: [], failed: [], seconds: 0 };
  for (const [i, job] of jobs.entries()) {
    try {
      summary.loaded.push(await loadReportFile(store, job.file, job.meta));
    } catch (error) {
      const message = error instanceof IngestError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
      summary.failed.push({ file: job.file, error: message });
    }
    onProgress(i + 1, path.basename(job.file));
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
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
    `${summary.loaded.length} report(s) loaded (${changed} new or changed), ${summary.failed.length} failed, in ${summary.seconds.toFixed(1)} s`,
    ...summary.failed.map((f) => `FAILED ${f.file}: ${f.error}`),
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
      return await ingestFiles(store, jobs, (done, file) => bar?.update(done, { file }));
    } finally {
      bar?.stop();
    }
  }, { timeoutMs: 300_000 });
  console.log(summaryTable(summary));
  return summary.failed.length > 0 ? 1 : 0;
}

if (require.main === module) runCli('ingest', () => main(process.argv.slice(2)));
