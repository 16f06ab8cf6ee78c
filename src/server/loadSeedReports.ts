import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { slug } from '../ingest';
import type { Store } from '../store';
import type { Config } from './config';
import { loadReportFile, readFolderIndex } from './loadReportFile';

/**
 * What `npm start` loads before it serves: the seed report into an empty database (a fast first start), and with
 * SEED_REPORTS=all every report of the bundled dataset (seeds/reports) that the database does not hold yet, so a
 * restart loads nothing twice. Returns the ids it loaded.
 */
export async function loadSeedReports(store: Store, config: Config, logger: Logger): Promise<string[]> {
  const loaded: string[] = [];
  const load = async (file: string, meta = {}) => {
    const r = await loadReportFile(store, file, meta);
    logger.info({ report: r.reportId, nodes: r.nodes, relationships: r.relationships }, 'loaded a seed report');
    loaded.push(r.reportId);
  };
  if ((await store.reports(1)).length === 0) await load(config.seedReport);
  if (config.seedReports === 'all') {
    const dir = config.bundledReportsDir;
    const index = readFolderIndex(dir);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const ids = files.map((f) => slug(f.replace(/\.[^.]+$/, '')));
    const present = await store.nodesByIds(ids);
    for (const [i, f] of files.entries()) {
      if (!present.has(ids[i])) await load(path.join(dir, f), index.get(f));
    }
  }
  return loaded;
}
