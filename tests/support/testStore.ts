import { loadConfig, type Config } from '../../src/server/config';
import { createDriver, createStore, type Store } from '../../src/store';

/** The config integration tests run with: globalSetup's Neo4j, a test API key, a free HTTP port. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', API_KEYS: 'tester:test-key', LOG_LEVEL: 'silent', ...env });
}

/** A Store on the test database; close it in afterAll. */
export function testStore(config: Config = testConfig()): Store {
  return createStore(createDriver(config.neo4j, config.driver), {
    database: config.neo4j.database,
    queryTimeoutMs: config.queryTimeoutMs,
    ingest: config.reports,
  });
}

export const SEED_REPORT_ID = 'chongqing-2023-h1-plan-execution-report';
