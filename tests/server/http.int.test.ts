import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../../src/server/main';
import { findFreePort, startLocalNeo4j, type LocalNeo4jHandle } from '../../src/server/localNeo4j';
import { testConfig } from '../support/testStore';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('HTTP server on the seed graph', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(testConfig(), { loadSeed: false });
  });
  afterAll(() => server.stop());

  it('answers { __typename } at /graphql and is alive and ready', async () => {
    const res = await post(server.url, { query: '{ __typename }' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: true });
  });

  it('blocks a simple cross-site request (CSRF prevention stays on)', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('takes the API key from the Authorization header for mutations', async () => {
    const mutation = { query: 'mutation { unlink(from: "region:渝西地区", to: "region:重庆市", type: SUPPORTS) }' };
    const anonymous: Any = await (await post(server.url, mutation)).json();
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const keyed: Any = await (await post(server.url, mutation, { authorization: 'Bearer test-key' })).json();
    expect(keyed.errors).toBeUndefined();
    expect(keyed.data.unlink).toBe(false);
  });

  it('serves no Apollo CDN landing page', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/apollographql\.com|cdn\./);
  });
});

describe('production mode', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(testConfig({ NODE_ENV: 'production' }), { loadSeed: false });
  });
  afterAll(() => server.stop());

  it('masks internal errors: no stack trace, no Cypher, no driver message', async () => {
    // Closing the driver under the running server turns every read into an internal failure.
    await server.store.close();
    const body: Any = await (await post(server.url, { query: '{ policies { totalCount } }' })).json();
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors;
    expect(JSON.stringify(error)).not.toMatch(/MATCH|stacktrace|Pool|neo4j|at /i);
    expect(['INTERNAL_SERVER_ERROR', 'STORE_UNAVAILABLE']).toContain(error.extensions.code);
  });

  it('still gives clients the message of their own mistakes', async () => {
    const body: Any = await (await post(server.url, { query: '{ policies(first: 1000) { totalCount } }' })).json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain('maximum page size 100');
    expect(body.errors[0].extensions.stacktrace).toBeUndefined();
  });
});

describe('/readyz follows Neo4j', () => {
  let dir: string;
  let neo: LocalNeo4jHandle | undefined;
  let server: RunningServer;

  beforeAll(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'policy-kg-readyz-'));
    const boltPort = await findFreePort();
    const local = { dir, boltPort, heap: '384m', pageCache: '32m', startTimeoutS: 120, java: testConfig().localNeo4j.java };
    neo = await startLocalNeo4j(local);
    server = await startServer(testConfig({ NEO4J_URI: neo.uri }), { loadSeed: false });
    (globalThis as Any).__readyzLocal = local;
  });
  afterAll(async () => {
    await server.stop();
    await neo?.stop();
    await fsp.rm(dir, { recursive: true, force: true });
  });

  it('turns unready when Neo4j stops and ready again when it is back', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    await neo!.stop();
    const down = await fetch(`${server.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', neo4j: false });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    neo = await startLocalNeo4j((globalThis as Any).__readyzLocal);
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await fetch(`${server.url}/readyz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
  });
});
