import type { Config } from '../server/config';
import { startLocalNeo4j } from '../server/localNeo4j';
import { createDriver, createStore, migrate, type Store } from '../store';

/**
 * Runs `work` with a Store on the configured database: NEO4J_URI when set, else the local Neo4j (reused when
 * it already runs, otherwise started for this command and stopped after). Migrations are applied first, so a
 * command works on a fresh database.
 */
export async function withStore<T>(config: Config, work: (store: Store) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  const local = config.neo4j.local ? await startLocalNeo4j(config.localNeo4j) : undefined;
  const driver = createDriver(config.neo4j);
  const store = createStore(driver, { database: config.neo4j.database, queryTimeoutMs: options.timeoutMs ?? config.queryTimeoutMs });
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
    await migrate(store.db);
    return await work(store);
  } finally {
    await store.close();
    if (local && !local.reused) await local.stop();
  }
}
