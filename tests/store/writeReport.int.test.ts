import fs from 'node:fs';
import path from 'node:path';
import { extractReport } from '../../src/ingest';
import type { Store } from '../../src/store';
import { SEED_REPORT_ID, testStore } from '../support/testStore';

const seedPath = path.join(__dirname, '../../seeds/reports/chongqing-2023-h1-plan-execution-report.txt');
const seedText = fs.readFileSync(seedPath, 'utf8');
const seedRecords = () => extractReport(seedText, { id: SEED_REPORT_ID, sourceFile: path.basename(seedPath) });

// A second, small report that shares entities with the seed report (two lines of the seed text, reworded).
const SECOND_ID = `test-second-report-${process.pid}`;
const secondText = [
  '重庆市人民政府关于2023年第三季度重点项目建设情况的报告',
  '加快成渝中线高铁、渝昆高铁建设,万州机场T2航站楼建成投用。',
  '全市地区生产总值同比增长5.1%。',
].join('\n');

let store: Store;
beforeAll(() => {
  store = testStore();
});
afterAll(async () => {
  await store.deleteReport(SECOND_ID);
  await store.close();
});

const counts = async () => {
  const s = await store.stats();
  return {
    nodes: Object.fromEntries(s.nodes.map((n) => [n.label, n.count])),
    relationships: Object.fromEntries(s.relationships.map((r) => [r.type, r.count])),
  };
};

describe('writeReport', () => {
  it('re-ingesting the same report changes no node or relationship count', async () => {
    const before = await counts();
    const result = await store.writeReport(seedRecords());
    expect(result.changed).toBe(false);
    expect(await counts()).toEqual(before);
    expect(before.nodes.Metric).toBeGreaterThan(100);
    expect(before.nodes.Passage).toBe(seedRecords().passages.length);
  });

  it('rolls everything back when a write fails half-way, leaving no trace of the report', async () => {
    const before = await counts();
    const records = extractReport(secondText, { id: `${SECOND_ID}-broken` });
    // A map is not a storable property value: mergeNodes fails after the report and passages were written.
    records.nodes[0] = { ...records.nodes[0], properties: { ...records.nodes[0].properties, broken: { nested: 1 } as never } };
    await expect(store.writeReport(records)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect((await store.nodesByIds([`${SECOND_ID}-broken`])).size).toBe(0);
  });

  it('keeps one node per entity across reports, with provenance from each', async () => {
    const result = await store.writeReport(extractReport(secondText, { id: SECOND_ID }));
    expect(result.changed).toBe(true);
    const ids = ['project:渝昆高铁', 'region:重庆市'];
    const nodes = await store.nodesByIds(ids);
    for (const id of ids) expect(nodes.get(id)?.props.reportIds).toEqual(expect.arrayContaining([SEED_REPORT_ID, SECOND_ID]));
    const sources = (await store.entitySources(['project:渝昆高铁'], 100)).get('project:渝昆高铁') ?? [];
    expect(new Set(sources.map((s) => s.reportId))).toEqual(new Set([SEED_REPORT_ID, SECOND_ID]));
    const mine = sources.find((s) => s.reportId === SECOND_ID)!;
    expect(mine.text).toBe('渝昆高铁');
    expect(secondText.slice(mine.start, mine.end)).toBe('渝昆高铁');
  });

  it('deleting a report removes what only it said and keeps what others say', async () => {
    const before = (await store.entitySources(['project:渝昆高铁'], 100)).get('project:渝昆高铁')!.length;
    expect(await store.deleteReport(SECOND_ID)).toBe(true);
    const after = (await store.entitySources(['project:渝昆高铁'], 100)).get('project:渝昆高铁')!;
    expect(after.length).toBeLessThan(before);
    expect(after.every((s) => s.reportId === SEED_REPORT_ID)).toBe(true);
    expect((await store.nodesByIds([SECOND_ID])).size).toBe(0);
    const metrics = await store.list('Metric', { where: { reportId: SECOND_ID }, page: { offset: 0, first: 10 } });
    expect(metrics.total).toBe(0);
    expect(await store.deleteReport(SECOND_ID)).toBe(false);
  });

  it('deleting a report leaves no IngestLock of it behind', async () => {
    const locks = () =>
      store.db.readTx(async (tx) => (await tx.run('MATCH (l:IngestLock {reportId: $id}) RETURN count(l) AS n', { id: SECOND_ID })).records[0].get('n'));
    await store.writeReport(extractReport(secondText, { id: SECOND_ID }));
    expect(await locks()).toBe(1);
    expect(await store.deleteReport(SECOND_ID)).toBe(true);
    expect(await locks()).toBe(0);
  });
});
