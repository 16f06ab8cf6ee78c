import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { LocalNeo4jConfig } from '../../src/server/config';
import { findFreePort, startLocalNeo4j, type LocalNeo4jHandle } from '../../src/server/localNeo4j';
import { startServer, type RunningServer } from '../../src/server/main';
import { serverMounts } from '../../src/server/mounts';
import { testConfig } from '../support/testStore';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A Neo4j of this file's own, stopped under a running server (as tests/server/http.int.test.ts does for /readyz).
describe('when Neo4j goes away under the server', () => {
  let dir: string;
  let local: LocalNeo4jConfig;
  let neo: LocalNeo4jHandle | undefined;
  let server: RunningServer;
  const lines: { level: number; msg: string }[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    }),
  );
  const warnings = () => lines.filter((l) => l.level === 40).map((l) => l.msg);

  beforeAll(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'policy-kg-outage-'));
    local = { dir, boltPort: await findFreePort(), heap: '384m', pageCache: '32m', startTimeoutS: 120, java: testConfig().localNeo4j.java };
    neo = await startLocalNeo4j(local);
    server = await startServer(testConfig({ NEO4J_URI: neo.uri }), { loadSeed: false, logger, mounts: serverMounts });
  });
  afterAll(async () => {
    await server.stop();
    await neo?.stop();
    await fsp.rm(dir, { recursive: true, force: true });
  });

  const query = async () => {
    const started = performance.now();
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ policies { totalCount } }' }) });
    const body: Any = await res.json();
    return { status: res.status, code: body.errors?.[0]?.extensions?.code, ms: performance.now() - started };
  };

  it('fails requests within 5 s with HTTP 503 STORE_UNAVAILABLE, and logs one line when it goes and one when it is back', async () => {
    expect(await query()).toMatchObject({ status: 200 });
    await neo!.stop();
    neo = undefined;

    const during = await Promise.all(Array.from({ length: 5 }, query));
    for (const r of during) {
      expect(r).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE' });
      expect(r.ms).toBeLessThan(5000);
    }
    const exported = await fetch(`${server.url}/export/metrics.csv`);
    expect(exported.status).toBe(503);
    expect(((await exported.json()) as Any).error.code).toBe('STORE_UNAVAILABLE');
    expect((await query()).status).toBe(503);
    // many failed requests, one line
    expect(warnings()).toEqual([expect.stringMatching(/^Neo4j is unavailable/)]);

    neo = await startLocalNeo4j(local);
    // The watcher probes while Neo4j is gone: it sees it back without a request.
    for (let waited = 0; warnings().length < 2 && waited < 30_000; waited += 250) await sleep(250);
    expect(warnings()).toEqual([expect.stringMatching(/^Neo4j is unavailable/), 'Neo4j answers again']);
    expect(await query()).toMatchObject({ status: 200 });
    expect(warnings()).toHaveLength(2);
  });
});
