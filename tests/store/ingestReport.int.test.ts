import fs from 'node:fs';
import path from 'node:path';
import type { Store } from '../../src/store';
import { testStore } from '../support/testStore';

const REPORT_ID = `test-race-${process.pid}`;
const bytes = fs.readFileSync(path.join(__dirname, '../../seeds/reports/2026-北京市-government-work-report.txt'));

let store: Store;
beforeAll(() => {
  store = testStore();
});
afterAll(async () => {
  await store.deleteReport(REPORT_ID);
  await store.close();
});

/** Every node label and relationship type of the graph, MENTIONED_IN among them. */
async function counts(): Promise<Record<string, number>> {
  const s = await store.stats();
  return Object.fromEntries([...s.nodes.map((n) => [`node:${n.label}`, n.count]), ...s.relationships.map((r) => [`rel:${r.type}`, r.count])]);
}

/** The report's mentions that exist more than once (entity, passage and span alike). */
async function duplicateMentions(): Promise<number> {
  const { records } = await store.db.driver.executeQuery(
    `MATCH (:Report {id: $id})-[:HAS_PASSAGE]->(p:Passage)<-[m:MENTIONED_IN]-(e)
     WITH e, p, m.start AS s, m.end AS en, count(*) AS c WHERE c > 1 RETURN coalesce(sum(c - 1), 0) AS n`,
    { id: REPORT_ID },
  );
  return records[0].get('n') as number;
}

describe('ingestReport', () => {
  it('gives five concurrent ingests of one report the node, relationship and MENTIONED_IN counts of one', async () => {
    const before = await counts();
    await store.ingestReport(bytes, { id: REPORT_ID });
    const once = await counts();
    expect(once['rel:MENTIONED_IN']).toBeGreaterThan(before['rel:MENTIONED_IN']);

    expect(await store.deleteReport(REPORT_ID)).toBe(true);
    expect(await counts()).toEqual(before);

    const results = await Promise.all(Array.from({ length: 5 }, () => store.ingestReport(bytes, { id: REPORT_ID })));
    // the first to take the report's lock writes it; the others wait for it, then replace it with the same text
    expect(results.map((r) => r.changed).sort()).toEqual([false, false, false, false, true]);
    expect(await counts()).toEqual(once);
    expect(await duplicateMentions()).toBe(0);
  });

  it('refuses text and bytes alike through decodeReport: a NUL byte is BINARY_INPUT either way', async () => {
    const text = `${bytes.toString('utf8').slice(0, 500)}\u0000`;
    await expect(store.ingestReport(text, { id: `${REPORT_ID}-nul` })).rejects.toMatchObject({ code: 'BINARY_INPUT' });
    await expect(store.ingestReport(Buffer.from(text), { id: `${REPORT_ID}-nul` })).rejects.toMatchObject({ code: 'BINARY_INPUT' });
    expect((await store.nodesByIds([`${REPORT_ID}-nul`])).size).toBe(0);
  });
});
