import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import {
  findFreePort,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jHandle,
} from '../../src/server/localNeo4j';
import { testConfig } from '../support/testStore';

// Starting and stopping a JVM takes seconds; the project's testTimeout is not applied per project by Jest.
jest.setTimeout(120_000);

// A second server of its own, separate from globalSetup's, because these tests stop and restart it.
describe('localNeo4j', () => {
  let dir: string;
  let boltPort: number;
  const started: LocalNeo4jHandle[] = [];

  const start = async (): Promise<LocalNeo4jHandle> => {
    const handle = await startLocalNeo4j({ dir, boltPort, heap: '384m', pageCache: '32m', startTimeoutS: 120, java: testConfig().localNeo4j.java });
    started.push(handle);
    return handle;
  };

  const run = async (uri: string, cypher: string, params: Record<string, unknown>): Promise<unknown[]> => {
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
    try {
      const { records } = await driver.executeQuery(cypher, params);
      return records.map((r) => r.get(0));
    } finally {
      await driver.close();
    }
  };

  beforeAll(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'policy-kg-localNeo4j-test-'));
    boltPort = await findFreePort();
  });

  afterAll(async () => {
    for (const handle of started) await handle.stop();
    await fsp.rm(dir, { recursive: true, force: true });
  });

  it('reports a folder with no server as stopped', async () => {
    await expect(localNeo4jStatus(dir, boltPort)).resolves.toEqual({ running: false });
  });

  it('keeps data in its folder across a restart', async () => {
    const marker = `restart-${Date.now()}`;
    const first = await start();
    expect(first.uri).toBe(`bolt://127.0.0.1:${boltPort}`);
    expect(first.reused).toBe(false);
    await run(first.uri, 'CREATE (:LocalNeo4jTest {marker: $marker})', { marker });
    await first.stop();
    await expect(localNeo4jStatus(dir, boltPort)).resolves.toEqual({ running: false });

    const second = await start();
    expect(second.pid).not.toBe(first.pid);
    const markers = await run(second.uri, 'MATCH (n:LocalNeo4jTest {marker: $marker}) RETURN n.marker', { marker });
    expect(markers).toEqual([marker]);
    await second.stop();
  });

  it('reports the running server with its pid and uri', async () => {
    const handle = await start();
    await expect(localNeo4jStatus(dir, boltPort)).resolves.toEqual({
      running: true,
      pid: handle.pid,
      uri: `bolt://127.0.0.1:${boltPort}`,
    });
    await expect(fsp.readFile(path.join(dir, 'neo4j.pid'), 'utf8')).resolves.toBe(`${handle.pid}\n`);
  });

  it('reuses the running server instead of starting a second one', async () => {
    const running = await localNeo4jStatus(dir, boltPort);
    const again = await start();
    expect(again).toMatchObject({ reused: true, pid: running.pid });
  });

  it('reports stopped, and removes the pid file, after stopLocalNeo4j', async () => {
    await expect(stopLocalNeo4j(dir)).resolves.toBe(true);
    await expect(localNeo4jStatus(dir, boltPort)).resolves.toEqual({ running: false });
    await expect(fsp.access(path.join(dir, 'neo4j.pid'))).rejects.toThrow();
    await expect(stopLocalNeo4j(dir)).resolves.toBe(false);
  });

  it('sees the global setup server through NEO4J_URI', async () => {
    const uri = process.env.NEO4J_URI;
    expect(uri).toMatch(/^bolt:\/\//);
    await expect(run(uri as string, 'RETURN 1 AS one', {})).resolves.toEqual([neo4j.int(1)]);
  });
});
