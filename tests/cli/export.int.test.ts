import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportCli } from '../../src/cli/export';
import { loadConfig } from '../../src/server/config';
import { startServer, type RunningServer } from '../../src/server/main';

jest.setTimeout(120_000);

describe('npm run export', () => {
  let server: RunningServer;
  let out: string;

  beforeAll(async () => {
    // The server only makes sure the seed report is loaded; the export connects on its own.
    server = await startServer(loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }), { loadSeed: true });
    out = await fsp.mkdtemp(path.join(os.tmpdir(), 'policy-kg-export-'));
  });
  afterAll(async () => {
    await server?.stop();
    await fsp.rm(out, { recursive: true, force: true });
  });

  it('writes nodes.jsonl and edges.jsonl that match the graph', async () => {
    const result = await exportCli(['--out', out, '--batch', '50'], loadConfig({ ...process.env }));
    expect(result.nodesFile).toBe(path.join(out, 'nodes.jsonl'));
    const nodes = (await fsp.readFile(result.nodesFile, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l));
    const edges = (await fsp.readFile(result.edgesFile, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(nodes).toHaveLength(result.nodes);
    expect(edges).toHaveLength(result.edges);

    // Small batches must still give every entity exactly once.
    const stats = await server.store.stats();
    const entityCount = stats.nodes.filter((n) => ['Policy', 'Agency', 'Region', 'Project', 'Metric'].includes(n.label)).reduce((a, n) => a + n.count, 0);
    expect(nodes).toHaveLength(entityCount);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(entityCount);

    expect(nodes.find((n) => n.id === 'region:重庆市')).toMatchObject({ label: 'Region', name: '重庆市' });
    const metric = nodes.find((n) => n.label === 'Metric' && n.properties.subject === '地区生产总值');
    expect(metric.properties.value).toBe(4.6);
    expect(metric.sources[0]).toEqual({ report: 'chongqing-2023-h1-plan-execution-report', start: expect.any(Number), end: expect.any(Number), text: expect.stringContaining('地区生产总值'), rule: expect.any(String) });
    expect(edges.find((e) => e.type === 'PART_OF' && e.from === 'region:黔江区')).toMatchObject({ to: 'region:重庆市' });
    const relCount = stats.relationships.filter((r) => ['SUPPORTS', 'LOCATED_IN', 'ISSUED_BY', 'APPROVED_BY', 'MEASURES', 'PART_OF', 'IMPLEMENTS'].includes(r.type)).reduce((a, r) => a + r.count, 0);
    expect(edges).toHaveLength(relCount);
  });

  it('says how to use it without --out', async () => {
    await expect(exportCli([], loadConfig({ ...process.env }))).rejects.toThrow(/usage: npm run export -- --out <dir>/);
  });
});
