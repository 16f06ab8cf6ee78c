import fs from 'node:fs';
import path from 'node:path';
import { extractReport, NodeLabel } from '../../../../src/ingest';

// Whole reports, because the period a figure takes comes from the section it sits in (a review of the “十四五” period),
// which a lone fragment does not have.
const DIR = path.join(__dirname, '../../../../seeds/reports');
const metricsOf = (province: string) => {
  const file = `2026-${province}-government-work-report.txt`;
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  const r = extractReport(text, { sourceFile: file });
  return r.nodes.filter((n) => n.label === NodeLabel.Metric).map((n) => ({
    text: r.report.text.slice(n.sources[0].start, n.sources[0].end),
    kind: n.properties.kind,
    measure: n.properties.measure ?? null,
    period: n.properties.period,
  }));
};

describe('MetricSpanGrowthRefiner', () => {
  it.each([
    // 广东 2026: a rise over the five years is the change over the plan
    ['广东省', '五年增长30.8%', '“十四五”时期'],
    // 山东 2026: a cumulative figure grown over five years (5年增长)
    ['山东省', '5年增长18.7%', '“十四五”时期'],
    // 甘肃 2026: 累计 opens the sentence; 分别 pairs the two rises
    ['甘肃省', '32.9%', '“十四五”时期'],
  ])('reads a rise over the plan as CHANGE (%s: %s)', (province, text, period) => {
    const found = metricsOf(province).find((m) => m.text.endsWith(text) && m.period === period);
    expect(found).toMatchObject({ kind: 'CHANGE' });
    // nor is it compared with yearly rises
    expect(found?.measure === null || found?.measure === 'CHANGE').toBe(true);
  });

  it.each([
    // 山西 2026: the plan's review shares its heading with the last year's; with no word of the span in the sentence
    // the rise is the year's (基层诊疗量增长20%)
    ['山西省', '基层诊疗量增长20%'],
    // 山东 2026: 年均 says it is yearly, in the plan's review too
    ['山东省', '地区生产总值年均增长5.9%'],
  ])('leaves a yearly rise as it is (%s: %s)', (province, text) => {
    const found = metricsOf(province).filter((m) => m.text.includes(text));
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m.kind).not.toBe('CHANGE');
  });
});
