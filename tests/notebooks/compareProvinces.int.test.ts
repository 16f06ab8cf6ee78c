import { execFile } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig, repoRoot } from '../../src/server/config';
import { startServer, type RunningServer } from '../../src/server/main';
import { serverMounts } from '../../src/server/mounts';
import { loadBundledReports, unloadReports } from '../support/bundledReports';

// notebooks/compare_provinces.ipynb run headless against a server holding the 30 bundled reports (loaded here
// through the real ingest, unloaded afterwards so later test files find the seed report alone).
jest.setTimeout(900_000);

const run = promisify(execFile);
const venvBin = path.join(repoRoot, 'notebooks', '.venv', 'bin');
const notebook = path.join(repoRoot, 'notebooks', 'compare_provinces.ipynb');

interface FixtureRow { province: string; actual2025: { value: number }; target2026: { low: number; high: number | null } }
const fixture = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'gdp-growth-by-province.json'), 'utf8')) as { rows: FixtureRow[] }).rows;

/** Parses a small CSV that has no quoted commas (pandas quotes only when needed). */
const csvRows = (text: string) => text.trimEnd().split('\n').map((l) => l.split(','));

describe('compare_provinces.ipynb', () => {
  let server: RunningServer;
  let loaded: string[] = [];
  let out: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(venvBin, 'python'))) throw new Error('notebooks/.venv is missing: run notebooks/setup.sh first');
    server = await startServer(loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' }), { mounts: serverMounts, loadSeed: true });
    loaded = await loadBundledReports(server.store);
    out = await fsp.mkdtemp(path.join(os.tmpdir(), 'policy-kg-compare-'));
    await run(
      path.join(venvBin, 'jupyter'),
      ['nbconvert', '--to', 'notebook', '--execute', notebook, '--output-dir', out, '--ExecutePreprocessor.timeout=180'],
      { env: { ...process.env, KG_URL: server.url, KG_OUT: out }, timeout: 400_000 },
    );
  });
  afterAll(async () => {
    if (server) await unloadReports(server.store, loaded);
    await server?.stop();
    if (out) await fsp.rm(out, { recursive: true, force: true });
  });

  it('writes one row per province: 2025 GDP growth, the 2026 target band, and retail sales growth', async () => {
    const [header, ...rows] = csvRows(await fsp.readFile(path.join(out, 'compare_provinces.csv'), 'utf8'));
    expect(header).toEqual([
      'province', 'gdp_2025_actual', 'gdp_2026_target_low', 'gdp_2026_target_high', 'gdp_2026_target_qualifier',
      'retail_sales_2025_actual', 'retail_sales_2026_target_low', 'retail_sales_2026_target_high', 'gdp_target_minus_actual',
    ]);
    expect(rows.map((r) => r[0]).sort()).toEqual(fixture.map((f) => f.province).sort());
    const byProvince = new Map(rows.map((r) => [r[0], r]));
    let both = 0;
    for (const f of fixture) {
      const [, actual, low, high] = byProvince.get(f.province)!;
      if (actual !== '') expect(Number(actual)).toBe(f.actual2025.value);
      if (low !== '') {
        expect(Number(low)).toBe(f.target2026.low);
        expect(Number(high)).toBe(f.target2026.high ?? f.target2026.low);
      }
      if (actual !== '' && low !== '') both++;
    }
    expect(both).toBeGreaterThanOrEqual(28);
    // the second indicator: most provinces state their 2025 retail sales growth
    expect(rows.filter((r) => r[5] !== '').length).toBeGreaterThanOrEqual(15);
  });

  it('saves the chart as a PNG', async () => {
    const png = await fsp.readFile(path.join(out, 'compare_provinces.png'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(30_000);
  });

  it('keeps the executed notebook free of errors', async () => {
    const executed = JSON.parse(await fsp.readFile(path.join(out, 'compare_provinces.ipynb'), 'utf8')) as {
      cells: { cell_type: string; outputs?: { output_type: string; name?: string }[] }[];
    };
    const outputs = executed.cells.flatMap((c) => c.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === 'error')).toEqual([]);
    expect(outputs.filter((o) => o.output_type === 'stream' && o.name === 'stderr')).toEqual([]);
    expect(outputs.some((o) => o.output_type === 'display_data')).toBe(true);
  });
});
