import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadSeedReports } from '../../src/server/loadSeedReports';
import type { Store } from '../../src/store';
import { SEED_REPORT_ID, testConfig, testStore } from '../support/testStore';

// SEED_REPORTS=all over a copy of two bundled reports (the whole dataset would take a minute): the database
// already holds the seed, so only what is missing is loaded, with the metadata of the folder's index.json.
const bundled = path.join(__dirname, '../../seeds/reports');
const picked = ['2026-海南省-government-work-report.txt', '2026-青海省-government-work-report.txt'];
const ids = ['2026-海南省-government-work-report', '2026-青海省-government-work-report'];
let store: Store;
let dir: string;

beforeAll(() => {
  store = testStore();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-bundled-'));
  const index = JSON.parse(fs.readFileSync(path.join(bundled, 'index.json'), 'utf8')) as { file: string }[];
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index.filter((e) => picked.includes(e.file))));
  for (const f of picked) fs.copyFileSync(path.join(bundled, f), path.join(dir, f));
});
afterAll(async () => {
  for (const id of ids) await store.deleteReport(id);
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadSeedReports', () => {
  it('with SEED_REPORTS=seed loads nothing into a database that holds a report', async () => {
    const config = { ...testConfig({ SEED_REPORTS: 'seed' }), bundledReportsDir: dir };
    expect(await loadSeedReports(store, config, pino({ level: 'silent' }))).toEqual([]);
    expect((await store.nodesByIds(ids)).size).toBe(0);
  });

  it('with SEED_REPORTS=all loads the bundled reports the database lacks, once', async () => {
    const config = { ...testConfig({ SEED_REPORTS: 'all' }), bundledReportsDir: dir };
    expect(await loadSeedReports(store, config, pino({ level: 'silent' }))).toEqual(ids);
    const reports = await store.nodesByIds([SEED_REPORT_ID, ...ids]);
    expect(reports.size).toBe(3);
    expect(reports.get(ids[0])!.props).toMatchObject({ region: '海南省', year: 2026, publishDate: '2026-02-02' });
    expect(await loadSeedReports(store, config, pino({ level: 'silent' }))).toEqual([]);
  });
});
