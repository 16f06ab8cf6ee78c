/**
 * The real graph the synthetic one imitates: the records extractReport makes of the 30 bundled reports
 * (seeds/reports), exactly as `npm run ingest -- seeds/reports` would write them. Pure (no database).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { collectJobs } from '../../src/cli/ingest';
import { decodeReport, extractReport, slug, type ReportRecords } from '../../src/ingest';

export const bundledReportsDir = path.resolve(__dirname, '..', '..', 'seeds', 'reports');

let cached: ReportRecords[] | undefined;

/** Extracts every bundled report (about 7 s the first time in a process, then cached). */
export function loadRealCorpus(dir: string = bundledReportsDir): ReportRecords[] {
  if (dir === bundledReportsDir && cached) return cached;
  const out = collectJobs([dir]).map((job) => {
    const text = decodeReport(fs.readFileSync(job.file));
    const base = path.basename(job.file).replace(/\.[^.]+$/, '');
    return extractReport(text, { id: slug(base), sourceFile: path.basename(job.file), ...job.meta });
  });
  if (dir === bundledReportsDir) cached = out;
  return out;
}

/**
 * A short hash of the templates' records: the generator's output is a function of (seed, this fingerprint), so
 * two runs with the same seed and fingerprint load the same graph (the extractor changing changes it).
 */
export function corpusFingerprint(reports: readonly ReportRecords[]): string {
  const h = createHash('sha256');
  for (const r of reports) {
    h.update(r.report.sha256);
    for (const n of r.nodes) h.update(`${n.id}|${n.sources.length}\n`);
    for (const e of r.edges) h.update(`${e.from}|${e.type}|${e.to}|${e.sources.length}\n`);
  }
  return h.digest('hex').slice(0, 12);
}
