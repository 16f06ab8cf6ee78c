import pino from 'pino';
import { loadSeedReports } from '../../src/server/loadSeedReports';
import type { Store } from '../../src/store';
import { testConfig } from './testStore';

/**
 * Loads the whole bundled dataset (seeds/reports: the seed and the 29 provincial work reports) through the store's
 * real ingest, as SEED_REPORTS=all does: only the reports the database lacks, so two files that need it never load
 * a report twice. Returns the ids it loaded; pass them to unloadReports in afterAll so that the tests after this
 * file find the seed report alone again. About 20 s on an idle two-core machine.
 * Example: `loaded = await loadBundledReports(store)` … `await unloadReports(store, loaded)`.
 */
export function loadBundledReports(store: Store): Promise<string[]> {
  return loadSeedReports(store, testConfig({ SEED_REPORTS: 'all' }), pino({ level: 'silent' }));
}

/** Deletes the reports a test loaded (each in its own transaction, as Store.deleteReport does). */
export async function unloadReports(store: Store, ids: readonly string[]): Promise<void> {
  for (const id of ids) await store.deleteReport(id);
}
