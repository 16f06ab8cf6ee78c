import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, repoRoot } from '../../src/server/config';
import { defaultLocalMemory } from '../../src/server/localNeo4j/memory';

describe('loadConfig', () => {
  it('defaults to the local Neo4j, port 4000 on 127.0.0.1, page size 100, no API keys', () => {
    const c = loadConfig({});
    expect(c.neo4j).toMatchObject({ uri: 'bolt://127.0.0.1:7687', local: true, username: 'neo4j' });
    expect(c).toMatchObject({ host: '127.0.0.1', port: 4000, maxPageSize: 100, production: false, apiKeys: [] });
    expect(c.localNeo4j).toMatchObject({ dir: path.join(repoRoot, '.neo4j'), ...defaultLocalMemory(os.totalmem()) });
    expect(c.seedReport).toBe(path.join(repoRoot, 'seeds', 'reports', 'chongqing-2023-h1-plan-execution-report.txt'));
  });

  it('sizes the local Neo4j from the machine memory unless told: a quarter of RAM each, heap within 512m–4g, page cache within 128m–8g', () => {
    const GiB = 2 ** 30;
    expect(defaultLocalMemory(24 * GiB)).toEqual({ heap: '4g', pageCache: '6g' });
    expect(defaultLocalMemory(64 * GiB)).toEqual({ heap: '4g', pageCache: '8g' });
    expect(defaultLocalMemory(8 * GiB)).toEqual({ heap: '2g', pageCache: '2g' });
    expect(defaultLocalMemory(3 * GiB)).toEqual({ heap: '768m', pageCache: '768m' });
    expect(defaultLocalMemory(1 * GiB)).toEqual({ heap: '512m', pageCache: '256m' });
    expect(defaultLocalMemory(256 * 2 ** 20)).toEqual({ heap: '512m', pageCache: '128m' });
    expect(defaultLocalMemory(23.4 * GiB)).toEqual({ heap: '4g', pageCache: '5990m' });
    expect(loadConfig({ NEO4J_LOCAL_HEAP: '1g', NEO4J_LOCAL_PAGECACHE: '256m' }).localNeo4j).toMatchObject({ heap: '1g', pageCache: '256m' });
    expect(loadConfig({ NEO4J_LOCAL_HEAP: '1g' }).localNeo4j).toMatchObject({ heap: '1g', pageCache: defaultLocalMemory(os.totalmem()).pageCache });
  });

  it('uses NEO4J_URI as given, for a cluster too, and then starts nothing locally', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://db.example.org:7687', NEO4J_USERNAME: 'kg', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'policy' });
    expect(c.neo4j).toEqual({ uri: 'neo4j+s://db.example.org:7687', username: 'kg', password: 's3cret', database: 'policy', local: false });
  });

  it('parses keys, booleans and numbers', () => {
    const c = loadConfig({ API_KEYS: 'alice:k1, k2', REQUIRE_KEY_FOR_READS: 'true', MAX_PAGE_SIZE: '50', NODE_ENV: 'production', PORT: '0' });
    expect(c).toMatchObject({ apiKeys: ['alice:k1', 'k2'], requireKeyForReads: true, maxPageSize: 50, production: true, port: 0 });
  });

  it('bounds what one report, one request and one wait on Neo4j may take, by default', () => {
    const c = loadConfig({});
    expect(c.reports).toEqual({ extractionTimeoutMs: 45_000, maxReportBytes: 1024 * 1024 });
    expect(c.driver).toEqual({ acquisitionTimeoutMs: 3000, maxRetryTimeMs: 2000 });
    expect(c).toMatchObject({ maxAnonymousBodyBytes: 1024 * 1024, maxKeyedBodyBytes: 3 * 1024 * 1024, ingestGiveUpMs: 30_000 });
  });

  it('takes the limits from the environment, the keyed body limit following the report limit', () => {
    const c = loadConfig({ EXTRACTION_TIMEOUT_MS: '1000', MAX_REPORT_BYTES: '100', MAX_BODY_BYTES: '10', NEO4J_ACQUISITION_TIMEOUT_MS: '500', NEO4J_MAX_RETRY_MS: '0', INGEST_GIVE_UP_MS: '5' });
    expect(c.reports).toEqual({ extractionTimeoutMs: 1000, maxReportBytes: 100 });
    expect(c.driver).toEqual({ acquisitionTimeoutMs: 500, maxRetryTimeMs: 0 });
    expect(c).toMatchObject({ maxAnonymousBodyBytes: 10, maxKeyedBodyBytes: 210, ingestGiveUpMs: 5 });
  });

  it('answers introspection in development and not in production, unless INTROSPECTION says otherwise', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' })).toMatchObject({ port: 4000, neo4j: { local: true } });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_LOCAL_HEAP: '512' }, 'NEO4J_LOCAL_HEAP'],
    [{ MAX_PAGE_SIZE: '5000' }, 'MAX_PAGE_SIZE'],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV'],
    [{ EXTRACTION_TIMEOUT_MS: '0' }, 'EXTRACTION_TIMEOUT_MS'],
    [{ MAX_REPORT_BYTES: '2MB' }, 'MAX_REPORT_BYTES'],
    [{ INTROSPECTION: 'maybe' }, 'INTROSPECTION'],
  ])('stops with a message naming the variable for %p', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${variable}: `));
  });
});
