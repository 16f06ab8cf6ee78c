import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { collectJobs, ingestFiles, summaryTable } from '../../src/cli/ingest';
import type { LocalNeo4jConfig } from '../../src/server/config';
import { findFreePort, startLocalNeo4j, type LocalNeo4jHandle } from '../../src/server/localNeo4j';
import { openStore, type OpenedStore } from '../../src/server/openStore';
import type { Store } from '../../src/store';
import { testConfig, testStore } from '../support/testStore';

let store: Store;
let dir: string;
const gbkId = `gbk-report-${process.pid}`;
const gbkText = '重庆市人民政府关于2023年前三季度计划执行情况的报告\n全市地区生产总值同比增长6.1%,万州机场T2航站楼建成投用。\n';

beforeAll(() => {
  store = testStore();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-ingest-'));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(200).fill(0)]));
  fs.writeFileSync(path.join(dir, `${gbkId}.txt`), iconv.encode(gbkText, 'gbk'));
  // 50 MB of a valid report line: too large by size alone.
  fs.writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, '全市地区生产总值同比增长4.6%。\n'));
});
afterAll(async () => {
  await store.deleteReport(gbkId);
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const counts = async () => {
  const s = await store.stats();
  return [...s.nodes.map((n) => `${n.label}=${n.count}`), ...s.relationships.map((r) => `${r.type}=${r.count}`)];
};

describe('npm run ingest', () => {
  it('rejects empty, binary and oversized files with specific errors and changes nothing for them', async () => {
    const before = await counts();
    const jobs = collectJobs([dir]).filter((j) => !j.file.includes(gbkId));
    expect(jobs.map((j) => path.basename(j.file)).sort()).toEqual(['binary.txt', 'empty.txt', 'huge.txt']);
    const summary = await ingestFiles(store, jobs);
    expect(summary.loaded).toEqual([]);
    const reasons = Object.fromEntries(summary.failed.map((f) => [path.basename(f.file), f.error.split(':')[0]]));
    expect(reasons).toEqual({ 'empty.txt': 'EMPTY_INPUT', 'binary.txt': 'BINARY_INPUT', 'huge.txt': 'TOO_LARGE' });
    expect(await counts()).toEqual(before);
    expect(summaryTable(summary)).toMatch(/0 report\(s\) loaded .* 3 failed/);
  });

  it('detects a GBK-encoded report and stores it decoded, offsets into the decoded text', async () => {
    const summary = await ingestFiles(store, collectJobs([path.join(dir, `${gbkId}.txt`)]));
    expect(summary.failed).toEqual([]);
    expect(summary.loaded[0]).toMatchObject({ reportId: gbkId, changed: true });
    const report = (await store.nodesByIds([gbkId])).get(gbkId)!;
    expect(report.props.title).toBe('重庆市人民政府关于2023年前三季度计划执行情况的报告');
    expect(await store.reportText(gbkId)).toBe(gbkText);
    const sources = (await store.entitySources(['project:万州机场T2航站楼'], 100)).get('project:万州机场T2航站楼')!;
    const mine = sources.find((s) => s.reportId === gbkId)!;
    expect(gbkText.slice(mine.start, mine.end)).toBe('万州机场T2航站楼');
  });
});

describe('npm run ingest on corpus files', () => {
  const corpus = path.join(__dirname, '../../seeds/reports');
  const picked = ['2026-上海市-government-work-report.txt', '2026-河北省-government-work-report.txt'];
  let corpusDir: string;
  let ids: string[] = [];

  beforeAll(() => {
    corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-corpus-'));
    const index = JSON.parse(fs.readFileSync(path.join(corpus, 'index.json'), 'utf8')) as { file: string }[];
    fs.writeFileSync(path.join(corpusDir, 'index.json'), JSON.stringify(index.filter((e) => picked.includes(e.file))));
    for (const f of picked) fs.copyFileSync(path.join(corpus, f), path.join(corpusDir, f));
    // read in the same group as the two reports (one bulk transaction): it must fail alone
    fs.writeFileSync(path.join(corpusDir, '2026-broken.txt'), '');
    // named like a report but not a file: it cannot be read, and must fail alone too
    fs.mkdirSync(path.join(corpusDir, '2026-folder.txt'));
  });
  afterAll(async () => {
    for (const id of ids) await store.deleteReport(id);
    fs.rmSync(corpusDir, { recursive: true, force: true });
  });

  it('loads a folder with the metadata of its index.json, a bad or unreadable file failing alone', async () => {
    const summary = await ingestFiles(store, collectJobs([corpusDir]));
    expect(summary.failed.map((f) => [path.basename(f.file), f.error.split(':')[0]])).toEqual([
      ['2026-broken.txt', 'EMPTY_INPUT'],
      ['2026-folder.txt', 'EISDIR'],
    ]);
    ids = summary.loaded.map((r) => r.reportId);
    expect(ids).toHaveLength(2);
    const reports = await store.nodesByIds(ids);
    const shanghai = [...reports.values()].find((r) => r.props.region === '上海市')!;
    expect(shanghai.props).toMatchObject({ year: 2026, publishDate: '2026-02-09', title: '2026年上海市政府工作报告' });
    expect(String(shanghai.props.sourceUrl)).toMatch(/^https:\/\//);
    expect(summary.loaded.map((r) => r.nodes.Metric ?? 0).every((n) => n > 20)).toBe(true);
    // Regions shared with the seed report are one node with provenance from several reports.
    const china = (await store.nodesByIds(['region:中华人民共和国'])).get('region:中华人民共和国')!;
    expect((china.props.reportIds as string[]).length).toBeGreaterThanOrEqual(2);
  });
});

// A Neo4j of this describe's own, stopped while the command runs.
describe('npm run ingest when the database goes away', () => {
  let dir: string;
  let local: LocalNeo4jConfig;
  let neo: LocalNeo4jHandle | undefined;
  let opened: OpenedStore;
  const file = (name: string) => path.join(dir, `${name}.txt`);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-kg-ingest-outage-'));
    for (const [name, growth] of [['outage-a', '4.1'], ['outage-b', '5.2'], ['outage-c', '6.3']]) {
      fs.writeFileSync(file(name), `重庆市人民政府关于${name}的报告\n全市地区生产总值同比增长${growth}%，渝昆高铁加快建设。\n`);
    }
    local = { dir: path.join(dir, 'neo4j'), boltPort: await findFreePort(), heap: '384m', pageCache: '32m', startTimeoutS: 120, java: testConfig().localNeo4j.java };
    neo = await startLocalNeo4j(local);
    opened = await openStore(testConfig({ NEO4J_URI: neo.uri }));
  });
  afterAll(async () => {
    await opened.close();
    await neo?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stops once the database has been unreachable for giveUpMs, saying what loaded, what failed and what was not tried', async () => {
    const first = await ingestFiles(opened.store, collectJobs([file('outage-a')]));
    expect(first.loaded.map((r) => r.reportId)).toEqual(['outage-a']);
    await neo!.stop();
    neo = undefined;

    const started = Date.now();
    const summary = await ingestFiles(opened.store, collectJobs([file('outage-b'), file('outage-c')]), undefined, { giveUpMs: 3000, probeIntervalMs: 200 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(summary.loaded).toEqual([]);
    expect(summary.failed.map((f) => [path.basename(f.file), f.error.split(':')[0]])).toEqual([['outage-b.txt', 'STORE_UNAVAILABLE']]);
    expect(summary.notTried).toEqual([file('outage-c')]);
    const table = summaryTable(summary);
    expect(table).toContain('0 report(s) loaded (0 new or changed), 1 failed, 1 not tried');
    expect(table).toContain('STOPPED: the database was unreachable for 3 s');
    expect(table).toContain(`NOT TRIED ${file('outage-c')}`);
  });

  it('tries the file again when the database is back in time', async () => {
    const run = ingestFiles(opened.store, collectJobs([file('outage-b')]), undefined, { giveUpMs: 120_000, probeIntervalMs: 500 });
    neo = await startLocalNeo4j(local);
    const summary = await run;
    expect(summary.failed).toEqual([]);
    expect(summary.loaded.map((r) => r.reportId)).toEqual(['outage-b']);
  });
});
