import { loadConfig } from '../../src/server/config';
import { loadReportFile } from '../../src/server/loadReportFile';
import { openStore } from '../../src/server/openStore';

/**
 * Readies the integration tests' database once per run, before any test worker starts: applies the schema
 * migrations and loads the seed report, so every API test reads the same real graph.
 * Example: `await prepareDatabase('bolt://127.0.0.1:41234')`.
 */
export async function prepareDatabase(uri: string): Promise<void> {
  const config = loadConfig({ ...process.env, NEO4J_URI: uri });
  const { store, close } = await openStore(config, { queryTimeoutMs: 120_000 });
  try {
    await loadReportFile(store, config.seedReport);
  } finally {
    await close();
  }
}
