import type { Logger } from 'pino';
import { createDriver, createStore, migrate, type MigrationResult, type Store } from '../store';
import type { Config } from './config';
import { startLocalNeo4j, type LocalNeo4jHandle } from './localNeo4j';

/** A store on the configured database, ready for use, and how to let go of it. */
export interface OpenedStore {
  store: Store;
  /** what the schema migrations did on the way */
  migrations: MigrationResult;
  /** closes the driver and stops the local Neo4j if this call started it */
  close(): Promise<void>;
}

/**
 * Opens the configured database for the server and every command: NEO4J_URI when set, else the local Neo4j
 * (reused when one already runs from the same folder, otherwise started), a driver, a connectivity check and the
 * schema migrations, so that a fresh database works at once. Whatever it started is stopped again if a later step
 * fails. `queryTimeoutMs` overrides the configured transaction timeout (long batch commands).
 * Example: `const { store, close } = await openStore(config); try { … } finally { await close(); }`.
 */
export async function openStore(config: Config, options: { queryTimeoutMs?: number; logger?: Logger } = {}): Promise<OpenedStore> {
  let local: LocalNeo4jHandle | undefined;
  if (config.neo4j.local) {
    options.logger?.info({ dir: config.localNeo4j.dir }, 'starting the local Neo4j (set NEO4J_URI to use another server)');
    local = await startLocalNeo4j(config.localNeo4j);
  }
  const driver = createDriver(config.neo4j, config.driver);
  const store = createStore(driver, {
    database: config.neo4j.database,
    queryTimeoutMs: options.queryTimeoutMs ?? config.queryTimeoutMs,
    maxRetryTimeMs: config.driver.maxRetryTimeMs,
    ingest: config.reports,
  });
  const close = async () => {
    await store.close();
    if (local && !local.reused) await local.stop();
  };
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database }).catch((error: unknown) => {
      throw new Error(`cannot reach Neo4j at ${config.neo4j.uri}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    const migrations = await migrate(store.db);
    options.logger?.info(migrations, 'schema migrations');
    // The indicator catalogue (seeds/lexicon/indicators.tsv) as (:Indicator) nodes, on every start: a fresh
    // database has them at once, and an edited catalogue is in the graph before any report is read or written.
    const indicators = await store.syncIndicators();
    options.logger?.info(indicators, 'indicator catalogue');
    return { store, migrations, close };
  } catch (error) {
    await close();
    throw error;
  }
}
