import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { slug } from '../ingest';
import type { ReportInput, Store } from '../store';
import type { Config } from './config';
import { readFolderIndex, reportFileInput } from './loadReportFile';

/**
 * What `npm start` loads before it serves: the seed report into an empty database (a fast first start), and with
 * SEED_REPORTS=all every report of the bundled dataset (seeds/reports) that the database does not hold yet, so a
 * restart loads nothing twice. Returns the ids it loaded.
 */
export async function loadSeedReports(store: Store, config: Config, logger: Logger): Promise<string[]> {
  const inputs: ReportInput[] = [];
  if ((await store.reports(1)).length === 0) inputs.push(reportFileInput(config.seedReport));
  if (config.seedReports === 'all') {
    const dir = config.bundledReportsDir;
    const index = readFolderIndex(dir);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const ids = files.map((f) => slug(f.replace(/\.[^.]+$/, '')));
    const present = await store.nodesByIds(ids);
    for (const [i, f] of files.entries()) {
      if (!present.has(ids[i]) && !inputs.some((x) => x.meta.id === ids[i])) inputs.push(reportFileInput(path.join(dir, f), index.get(f)));
    }
  }
  const loaded: string[] = [];
  for (const outcome of await store.ingestReports(inputs)) {
    // A bundled report that fails is a broken installation: say which and why rather than serve half a dataset.
    if (!outcome.ok) throw outcome.error;
    const r = outcome.result;
    logger.info({ report: r.reportId, nodes: r.nodes, relationships: r.relationships }, 'loaded a seed report');
    loaded.push(r.reportId);
  }
  return loaded;
}
