import { refinersOf, rulesOf } from '../../../../src/ingest/rules';
import { MetricOverlapRefiner } from '../../../../src/ingest/rules/metric/MetricOverlapRefiner';
import { passageContext, runPassage } from '../../harness';

// Run through the metric pipeline (every metric rule, then the metric refiners). What this refiner settles is which
// rule owns each number, so a row pins [rule, text, start, value] of every metric, in text order; subjects are the
// rules' and other refiners' business (MetricRespectivelyRule.test.ts, MetricSubjectCarryRefiner.test.ts). Seed
// report lines are seeds/reports/chongqing-2023-h1-plan-execution-report.txt; the corpus is seeds/reports.
type Owner = [rule: string, text: string, start: number, value: number];

const owners = (text: string, refiners = refinersOf('metric')): Owner[] =>
  runPassage(rulesOf('metric'), refiners, passageContext(text))
    .filter((c) => c.kind === 'metric')
    .map((c) => [c.rule, c.text, c.start, c.fields.value as number]);
const withoutOverlap = refinersOf('metric').filter((r) => r !== MetricOverlapRefiner);

// Two rules read one number; the rule registered first (metric.respectively before metric.share) keeps it.
// These are the only such numbers of the corpus the guide agrees with (see the report's known errors for 株洲608所).
const collapses: { name: string; text: string; expected: Owner[] }[] = [
  {
    name: 'a 分别 list of plan shares: 118.2% is the 分别 pairing’s, not a share of the last item (2026 江西省)',
    text: '城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%，',
    expected: [
      ['metric.respectively', '118.2%', 25, 118.2],
      ['metric.respectively', '248.57%', 32, 248.57],
    ],
  },
  {
    name: 'a 分别 list of counts then of plan shares: 101.1% is the pairing’s (seed line 49)',
    text: '城乡养老、失业和工伤保险参保人数分别为2608.8万人、622.3万人、729.9万人,分别完成年度目标计划的101.1%、100.7%、97.3%',
    expected: [
      ['metric.respectively', '2608.8万人', 19, 2608.8],
      ['metric.respectively', '622.3万人', 28, 622.3],
      ['metric.respectively', '729.9万人', 36, 729.9],
      ['metric.respectively', '101.1%', 55, 101.1],
      ['metric.respectively', '100.7%', 62, 100.7],
      ['metric.respectively', '97.3%', 69, 97.3],
    ],
  },
];

// Every number is its own metric: nothing overlaps, nothing is dropped.
const keeps: { name: string; text: string; expected: Owner[] }[] = [
  {
    name: 'a count of those an amount is for stays a metric of its own; the amount measures what follows their noun (seed line 10)',
    text: '为28.8万户企业降低失业保险费15.72亿元',
    expected: [
      ['metric.count', '28.8万户企业', 1, 28.8],
      ['metric.amount', '降低失业保险费15.72亿元', 9, 15.72],
    ],
  },
  {
    name: 'a count, its growth and its completion rate are three (seed line 18)',
    text: '新增科技型企业7616家、同比增长130.5%,完成率达107.8%',
    expected: [
      ['metric.amount', '新增科技型企业7616家', 0, 7616],
      ['metric.change', '同比增长130.5%', 13, 130.5],
      ['metric.share', '完成率达107.8%', 24, 107.8],
    ],
  },
  {
    name: 'an amount, its growth and its plan share are three (seed line 28)',
    text: '市级重点建设项目完成投资2411亿元、同比增长17.3%,完成年度计划的54.7%',
    expected: [
      ['metric.amount', '市级重点建设项目完成投资2411亿元', 0, 2411],
      ['metric.change', '同比增长17.3%', 19, 17.3],
      ['metric.share', '完成年度计划的54.7%', 29, 54.7],
    ],
  },
  {
    name: 'two growth rates of one 分别 list (2026 江西省)',
    text: '城镇、农村居民人均可支配收入分别增长4.3%、5.7%',
    expected: [
      ['metric.respectively', '4.3%', 18, 4.3],
      ['metric.respectively', '5.7%', 23, 5.7],
    ],
  },
];

describe('MetricOverlapRefiner', () => {
  it.each(collapses)('keeps one reading per number: $name', ({ text, expected }) => {
    expect(owners(text)).toEqual(expected);
    expect(owners(text, withoutOverlap).length).toBeGreaterThan(expected.length);
  });
  it.each(keeps)('drops nothing: $name', ({ text, expected }) => {
    expect(owners(text)).toEqual(expected);
    expect(owners(text, withoutOverlap)).toEqual(expected);
  });
});
