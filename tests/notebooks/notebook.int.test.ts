import { execFile } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig, repoRoot } from '../../src/server/config';
import { startServer, type RunningServer } from '../../src/server/main';
import { serverMounts } from '../../src/server/mounts';

jest.setTimeout(300_000);

const run = promisify(execFile);
const venvBin = path.join(repoRoot, 'notebooks', '.venv', 'bin');
const notebook = path.join(repoRoot, 'notebooks', 'policy_region_analysis.ipynb');

/** Parses a small CSV that has no quoted commas (pandas quotes only when needed). */
const csvRows = (text: string) => text.trimEnd().split('\n').map((l) => l.split(','));

describe('notebooks', () => {
  let server: RunningServer;
  let out: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(venvBin, 'python'))) {
      throw new Error('notebooks/.venv is missing: run notebooks/setup.sh first');
    }
    server = await startServer(loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }), {
      mounts: serverMounts,
      loadSeed: true,
    });
    out = await fsp.mkdtemp(path.join(os.tmpdir(), 'policy-kg-notebook-'));
  });
  afterAll(async () => {
    await server?.stop();
    if (out) await fsp.rm(out, { recursive: true, force: true });
  });

  describe('policy_region_analysis.ipynb', () => {
    beforeAll(async () => {
      await run(
        path.join(venvBin, 'jupyter'),
        ['nbconvert', '--to', 'notebook', '--execute', notebook, '--output-dir', out, '--ExecutePreprocessor.timeout=120'],
        { env: { ...process.env, KG_URL: server.url, KG_OUT: out }, timeout: 240_000 },
      );
    });

    it('writes the policy × region table with the regions policies reach', async () => {
      const rows = csvRows(await fsp.readFile(path.join(out, 'policy_region_table.csv'), 'utf8'));
      expect(rows[0][0]).toBe('policy');
      expect(rows.length).toBeGreaterThan(1);
      // Region columns are real names from the graph; every cell is empty or a hop count 1–3.
      const regions = rows[0].slice(1);
      expect(regions.length).toBeGreaterThan(0);
      const known = new Set((await server.store.list('Region', { where: {}, page: { offset: 0, first: 1000 } })).items.map((r) => String(r.props.name)));
      for (const r of regions) expect(known.has(r)).toBe(true);
      for (const row of rows.slice(1)) for (const cell of row.slice(1)) expect(cell).toMatch(/^([123](\.0)?)?$/);
    });

    it('counts metrics per region, 重庆市 first', async () => {
      const rows = csvRows(await fsp.readFile(path.join(out, 'metrics_by_region.csv'), 'utf8'));
      expect(rows[0][0]).toBe('region');
      expect(rows[0].at(-1)).toBe('total');
      expect(rows[1][0]).toBe('重庆市');
      expect(Number(rows[1].at(-1))).toBeGreaterThan(100);
    });

    it('saves the chart as a PNG', async () => {
      const png = await fsp.readFile(path.join(out, 'policy_region.png'));
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.length).toBeGreaterThan(10_000);
    });

    it('keeps the executed notebook free of errors', async () => {
      const executed = JSON.parse(await fsp.readFile(path.join(out, 'policy_region_analysis.ipynb'), 'utf8')) as {
        cells: { cell_type: string; outputs?: { output_type: string }[] }[];
      };
      const outputs = executed.cells.flatMap((c) => c.outputs ?? []);
      expect(outputs.filter((o) => o.output_type === 'error')).toEqual([]);
      expect(outputs.some((o) => o.output_type === 'display_data')).toBe(true);
    });
  });

  it('opens /export/metrics.csv in pandas with the Chinese intact', async () => {
    const url = `${server.url}/export/metrics.csv?bom=1`;
    const script = [
      'import sys, json, pandas as pd',
      'df = pd.read_csv(sys.argv[1], encoding="utf-8-sig")',
      'print(json.dumps({"columns": list(df.columns), "rows": json.loads(df.to_json(orient="records", force_ascii=False))}, ensure_ascii=False))',
    ].join('\n');
    const { stdout } = await run(path.join(venvBin, 'python'), ['-c', script, url], { timeout: 60_000 });
    const { columns, rows } = JSON.parse(stdout) as { columns: string[]; rows: Record<string, unknown>[] };
    expect(columns).toEqual(['id', 'subject', 'value', 'valueMax', 'unit', 'kind', 'period', 'region', 'regionId', 'report', 'start', 'end', 'text']);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows).toContainEqual(
      expect.objectContaining({ subject: '地区生产总值', value: 4.6, unit: '%', kind: 'YOY_GROWTH', period: '2023年1—6月', region: '重庆市', regionId: 'region:重庆市' }),
    );
    const gdp = rows.find((r) => r.subject === '地区生产总值' && r.kind === 'YOY_GROWTH')!;
    expect(gdp.text).toBe('地区生产总值同比增长4.6%');
  });
});
