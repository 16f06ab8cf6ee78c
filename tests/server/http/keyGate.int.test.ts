import { startServer, type RunningServer } from '../../../src/server/main';
import { serverMounts } from '../../../src/server/mounts';
import { SEED_REPORT_ID, testConfig } from '../../support/testStore';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const KEY = 'test-key';
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(testConfig({ REQUIRE_KEY_FOR_READS: 'true' }), { mounts: serverMounts, loadSeed: false });
});
afterAll(() => server.stop());

const auth = (key: string | null): Record<string, string> => (key === null ? {} : { authorization: `Bearer ${key}` });
const gql = (query: string) => JSON.stringify({ query });

type Read = [name: string, send: (key: string | null) => Promise<Response>, served: (res: Response) => Promise<boolean>];

/** Every way to read the graph: GraphQL both ways, every export, a report page. */
const reads: Read[] = [
  [
    'POST /graphql',
    (key) => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(key) }, body: gql('{ stats { reports } }') }),
    async (res) => (((await res.json()) as Any).data?.stats?.reports ?? 0) > 0,
  ],
  [
    'GET /graphql',
    (key) => fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { reports } }')}`, { headers: { 'apollo-require-preflight': '1', ...auth(key) } }),
    async (res) => (((await res.json()) as Any).data?.stats?.reports ?? 0) > 0,
  ],
  ...['nodes.jsonl', 'edges.jsonl', 'metrics.csv', `policy-region-links.csv?regionId=${encodeURIComponent('region:重庆市')}`].map(
    (file): Read => [`GET /export/${file}`, (key) => fetch(`${server.url}/export/${file}`, { headers: auth(key) }), async (res) => (await res.text()).split('\n').length > 2],
  ),
  [
    'GET /reports/:id as JSON',
    (key) => fetch(`${server.url}/reports/${SEED_REPORT_ID}`, { headers: { accept: 'application/json', ...auth(key) } }),
    async (res) => /<html/.test(await res.text()),
  ],
  ['an unknown path', (key) => fetch(`${server.url}/no/such/route`, { headers: auth(key) }), async (res) => res.status === 404],
];

describe('REQUIRE_KEY_FOR_READS=true: one gate for every read', () => {
  it.each(reads)('refuses %s without a key and with a wrong key (401, JSON), serves it with the right one', async (_name, send, served) => {
    for (const key of [null, 'wrong-key']) {
      const res = await send(key);
      expect(res.status).toBe(401);
      expect(((await res.json()) as Any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const res = await send(KEY);
    expect(res.status === 200 || res.status === 404).toBe(true);
    expect(await served(res)).toBe(true);
  });

  it('answers a browser that opens a report page without a key 401 with the page, which holds nothing from the database', async () => {
    const res = await fetch(`${server.url}/reports/${SEED_REPORT_ID}?start=0&end=10`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toMatch(/<html/);
    expect(html).toContain('key-dialog');
    expect(html).not.toContain('计划执行情况');
  });

  it.each(['/healthz', '/readyz', '/explore', '/', '/graphiql', '/explore-assets/explore.js', '/playground-assets/playground.js'])(
    'serves %s to anyone: a probe, or a page or file without data',
    async (p) => {
      expect((await fetch(`${server.url}${p}`)).status).toBe(200);
    },
  );

  it('refuses a body from a caller without a key before reading it, whatever its size', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2_000_000) });
    expect([401, 413]).toContain(res.status);
    expect(((await res.json()) as Any).errors[0].extensions.code).toMatch(/UNAUTHENTICATED|PAYLOAD_TOO_LARGE/);
  });
});
