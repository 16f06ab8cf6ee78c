import { extractReport, loadIndicators, loadLexicon, type ReportRecords } from '../../src/ingest';
import type { Store } from '../../src/store';
import { indicators as q } from '../../src/store/queries';
import { SEED_REPORT_ID, testStore } from '../support/testStore';

// The indicator catalogue in the graph: (:Indicator) nodes and the OF_INDICATOR links a report's metrics get in
// its write transaction, on the seed report and a small second report that this file adds and removes.
const SECOND_ID = `test-indicators-report-${process.pid}`;
const secondText = ['重庆市人民政府关于2023年第三季度经济运行情况的报告(测试)', '前三季度,全市地区生产总值同比增长5.1%,家禽出栏1.2亿只、同比增长3%。'].join('\n');
const second = (): ReportRecords => extractReport(secondText, { id: SECOND_ID });
const catalogue = loadIndicators(loadLexicon());

let store: Store;
beforeAll(() => {
  store = testStore();
});
afterAll(async () => {
  await store.deleteReport(SECOND_ID);
  await store.syncIndicators();
  await store.close();
});

/** Each metric's OF_INDICATOR targets, and its `indicator` property, for the metrics of one report. */
async function links(reportId: string): Promise<Map<string, { linked: string[]; property: string | null }>> {
  const { records } = await store.db.driver.executeQuery(
    `MATCH (m:Metric {reportId: $reportId})
     RETURN m.id AS id, m.indicator AS property, [(m)-[:OF_INDICATOR]->(i:Indicator) | i.id] AS linked`,
    { reportId },
  );
  return new Map(records.map((r) => [r.get('id') as string, { linked: r.get('linked') as string[], property: r.get('property') as string | null }]));
}

const counts = async () => {
  const s = await store.stats();
  return {
    indicators: s.nodes.find((n) => n.label === 'Indicator')?.count ?? 0,
    links: s.relationships.find((r) => r.type === 'OF_INDICATOR')?.count ?? 0,
  };
};

describe('the indicator catalogue in the graph', () => {
  it('holds every catalogue entry as an Indicator (openStore synced them), and a second sync changes nothing', async () => {
    const found = await store.indicatorsByIds(catalogue.indicators.map((i) => i.id));
    expect(found.size).toBe(catalogue.indicators.length);
    expect(found.get('gdp')).toMatchObject({ nameZh: '地区生产总值', unitFamily: 'currency', variants: expect.arrayContaining(['生产总值', 'GDP']) });
    const before = await counts();
    expect(await store.syncIndicators()).toEqual({ indicators: catalogue.indicators.length, deleted: 0 });
    expect(await counts()).toEqual(before);
  });

  it('deletes an Indicator the catalogue no longer has', async () => {
    const id = `test_indicator_${process.pid}`;
    await store.db.run(q.mergeIndicators, { indicators: [{ id, nameZh: '测试指标', nameEn: 'Test', unitFamily: 'count', variants: ['测试指标'], order: 0 }], replace: false });
    expect((await store.indicatorsByIds([id])).size).toBe(1);
    expect((await store.syncIndicators()).deleted).toBe(1);
    expect((await store.indicatorsByIds([id])).size).toBe(0);
  });

  it('links each metric of the seed report whose subject maps to its indicator, and no other', async () => {
    const seed = await links(SEED_REPORT_ID);
    const gdp = [...seed.values()].filter((m) => m.property === 'gdp');
    expect(gdp.length).toBeGreaterThan(0);
    for (const m of seed.values()) expect(m.linked).toEqual(m.property === null ? [] : [m.property]);
    expect([...seed.values()].some((m) => m.property === null)).toBe(true);
  });

  it('links a new report in its transaction, creating an indicator the graph lacks, and leaves nothing when it is deleted', async () => {
    const before = await counts();
    // As if the store had been opened without openStore: the indicator the report names is missing (one no other
    // report's metric names, so deleting it drops no link of theirs).
    expect((await store.indicatorsByIds(['poultry_slaughter'])).get('poultry_slaughter')?.metricCount).toBe(0);
    await store.db.driver.executeQuery("MATCH (i:Indicator {id: 'poultry_slaughter'}) DETACH DELETE i");
    await store.writeReport(second());
    const mine = [...(await links(SECOND_ID)).values()];
    expect(mine.map((m) => m.linked).sort()).toEqual([['gdp'], ['poultry_slaughter'], ['poultry_slaughter']]);
    expect((await store.indicatorsByIds(['poultry_slaughter'])).get('poultry_slaughter')).toMatchObject({ nameZh: '家禽出栏', metricCount: 2 });
    expect(await counts()).toEqual({ indicators: before.indicators, links: before.links + 3 });

    // Loading the same records again changes no count.
    await store.writeReport(second());
    expect(await counts()).toEqual({ indicators: before.indicators, links: before.links + 3 });

    expect(await store.deleteReport(SECOND_ID)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('moves a metric’s link when its indicator changes on re-ingest, and removes it when it maps to none', async () => {
    const records = second();
    const gdpMetric = records.nodes.find((n) => n.properties.indicator === 'gdp')!;
    await store.writeReport(records);
    const relabelled = { ...records, nodes: records.nodes.map((n) => (n.id === gdpMetric.id ? { ...n, properties: { ...n.properties, indicator: 'industry_value_added' } } : n)) };
    await store.writeReport(relabelled);
    expect((await links(SECOND_ID)).get(gdpMetric.id)).toEqual({ linked: ['industry_value_added'], property: 'industry_value_added' });
    const unmapped = {
      ...records,
      nodes: records.nodes.map((n) => {
        if (n.id !== gdpMetric.id) return n;
        const { indicator: _drop, ...properties } = n.properties;
        return { ...n, properties };
      }),
    };
    await store.writeReport(unmapped);
    expect((await links(SECOND_ID)).get(gdpMetric.id)).toEqual({ linked: [], property: null });
    expect(await store.deleteReport(SECOND_ID)).toBe(true);
  });
});
