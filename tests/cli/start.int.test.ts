import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { findFreePort } from '../../src/server/localNeo4j';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');

/**
 * `npm start` runs the compiled build: tsc to dist/, then plain node on dist/src/cli/start.js. This builds it as
 * `npm run build` does, starts it in production mode on the test database and asks it what the API, the
 * explorer and the playground serve, all of which read files of the repository (cypher/, schema.graphql, seeds/,
 * assets) from dist/; and it runs the extraction worker from dist/ as JavaScript.
 */
describe('the compiled server (npm start)', () => {
  let server: ChildProcess;
  let url: string;
  const output: string[] = [];

  beforeAll(async () => {
    await run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root });
    const port = await findFreePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['dist/src/cli/start.js'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', API_KEYS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
    server.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the compiled server exited ${server.exitCode}:\n${output.join('')}`);
      const ready = await fetch(`${url}/readyz`).catch(() => null);
      if (ready?.status === 200) break;
      if (Date.now() > deadline) throw new Error(`the compiled server did not get ready:\n${output.join('')}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 300_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  });

  it('runs JavaScript from dist/, not TypeScript', () => {
    expect(server.spawnargs).toEqual([process.execPath, 'dist/src/cli/start.js']);
  });

  it('answers a nested query in one statement from the Cypher files and schema it found', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ projects(first: 3) { totalCount nodes { id name regions(first: 2) { nodes { name parent { name } } } } } stats { reports } }' }),
    });
    expect(res.status).toBe(200);
    const body: Any = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.projects.nodes).toHaveLength(3);
    expect(body.data.stats.reports).toBeGreaterThanOrEqual(1);
  });

  it('serves the playground and the explorer with their assets', async () => {
    expect((await fetch(`${url}/`)).status).toBe(200);
    expect((await fetch(`${url}/explore`)).status).toBe(200);
    const asset = await fetch(`${url}/explore-assets/GraphView.js`);
    expect(asset.status).toBe(200);
  });

  it('runs the extraction worker as JavaScript from dist/', async () => {
    const script = `require('./dist/src/ingest').extractInWorker('重庆市推进渝昆高铁建设。', { id: 'compiled-check' })
      .then((r) => { console.log(JSON.stringify({ nodes: r.nodes.length })); process.exit(0); }, (e) => { console.error(e); process.exit(1); });`;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: root });
    expect(JSON.parse(stdout).nodes).toBeGreaterThan(0);
  });
});
