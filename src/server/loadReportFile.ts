import fs from 'node:fs';
import path from 'node:path';
import { slug, type ReportMeta } from '../ingest';
import type { IngestReportResult, ReportInput, Store } from '../store';

/** Metadata a folder may carry in `index.json` (the corpus format): one entry per file. */
interface IndexEntry {
  file: string;
  province?: string;
  year?: number;
  title?: string;
  publish_date?: string;
  source_url?: string;
}

/** Reads `<dir>/index.json` if there is one, keyed by file name. */
export function readFolderIndex(dir: string): Map<string, Partial<ReportMeta>> {
  const indexPath = path.join(dir, 'index.json');
  const out = new Map<string, Partial<ReportMeta>>();
  if (!fs.existsSync(indexPath)) return out;
  const entries = JSON.parse(fs.readFileSync(indexPath, 'utf8')) as IndexEntry[];
  for (const e of Array.isArray(entries) ? entries : []) {
    if (!e || typeof e.file !== 'string') continue;
    const meta: Partial<ReportMeta> = {};
    if (e.province) meta.region = e.province;
    if (typeof e.year === 'number') meta.year = e.year;
    if (e.title) meta.title = e.title;
    if (e.publish_date) meta.publishDate = e.publish_date;
    if (e.source_url) meta.sourceUrl = e.source_url;
    out.set(e.file, meta);
  }
  return out;
}

/**
 * A report file as the store loads it: its bytes, and the file name's slug as the report id, so loading the same
 * file again replaces it instead of adding a second copy.
 */
export function reportFileInput(file: string, given: Partial<ReportMeta> = {}): ReportInput {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  return { source: fs.readFileSync(file), meta: { id: slug(base), sourceFile: path.basename(file), ...given } };
}

/** Ingests one report file (Store.ingestReport). */
export function loadReportFile(store: Store, file: string, given: Partial<ReportMeta> = {}): Promise<IngestReportResult> {
  const { source, meta } = reportFileInput(file, given);
  return store.ingestReport(source, meta);
}
