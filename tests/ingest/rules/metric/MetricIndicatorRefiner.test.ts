import type { ReportMeta } from '../../../../src/ingest/records/types';
import { refinersOf, rulesOf } from '../../../../src/ingest/rules';
import { passageContext, runPassage } from '../../harness';
import { expectMetrics, type ExpectedMetric } from './expectMetrics';

// Run through the metric pipeline (every metric rule, then the metric refiners): expectMetrics. Seed report lines
// are seeds/reports/chongqing-2023-h1-plan-execution-report.txt (a 2023 1—6月 report); 2026 rows are read as
// passages of a 2026 work report.
const workReport2026 = { year: 2026, period: null };
const h1 = { periodYear: 2023, periodPart: 'H1', periodMonths: [1, 6], status: 'ACTUAL' };

const matches: { name: string; text: string; report?: object; expected: ExpectedMetric[] }[] = [
  {
    name: 'GDP and industry above scale (its short form 规上), for the first half of 2023 (seed line 5)',
    text: '地区生产总值同比增长4.6%,规上工业增加值同比增长3.5%',
    expected: [
      { rule: 'metric.change', text: '地区生产总值同比增长4.6%', start: 0, end: 14, fields: { subject: '地区生产总值', value: 4.6, indicator: 'gdp', ...h1 } },
      { rule: 'metric.change', text: '规上工业增加值同比增长3.5%', start: 15, end: 30, fields: { subject: '规上工业增加值', value: 3.5, indicator: 'value_added_industry_above_scale', ...h1 } },
    ],
  },
  {
    name: 'key-project investment, also on the figures that carried its subject (seed line 28)',
    text: '市级重点建设项目完成投资2411亿元、同比增长17.3%,完成年度计划的54.7%',
    expected: [
      { rule: 'metric.amount', text: '市级重点建设项目完成投资2411亿元', start: 0, end: 18, fields: { subject: '市级重点建设项目完成投资', indicator: 'key_project_investment', ...h1 } },
      { rule: 'metric.change', text: '同比增长17.3%', start: 19, end: 28, fields: { subject: '市级重点建设项目完成投资', indicator: 'key_project_investment', ...h1 } },
      { rule: 'metric.share', text: '完成年度计划的54.7%', start: 29, end: 41, fields: { subject: '市级重点建设项目完成投资', indicator: 'key_project_investment', ...h1 } },
    ],
  },
  {
    name: 'a GDP growth target range of the plan year (2026 安徽省): the 全省 scope is no part of the indicator',
    text: '经济社会发展的主要预期目标是：全省地区生产总值增长5%—5.5%，在实际工作中努力争取更好结果',
    report: workReport2026,
    expected: [
      {
        rule: 'metric.change', text: '地区生产总值增长5%—5.5%', start: 17, end: 32,
        fields: { subject: '地区生产总值', value: 5, valueMax: 5.5, kind: 'TARGET', indicator: 'gdp', periodYear: 2026, periodPart: 'FULL_YEAR', status: 'TARGET' },
      },
    ],
  },
  {
    name: 'retail sales; the count of policies before it names no indicator (2026 浙江省)',
    text: '9项促消费政策，全省社会消费品零售总额增长4%',
    report: workReport2026,
    expected: [
      { rule: 'metric.count', text: '9项促消费政策', start: 0, end: 7, fields: { subject: '促消费政策', value: 9 } },
      { rule: 'metric.change', text: '社会消费品零售总额增长4%', start: 10, end: 23, fields: { subject: '社会消费品零售总额', value: 4, indicator: 'retail_sales' } },
    ],
  },
];

// Subjects the catalogue does not name get no indicator; their period is still structured.
const nonMatches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'new tech firms and their completion rate (seed line 18)',
    text: '新增科技型企业7616家、同比增长130.5%,完成率达107.8%',
    expected: [
      { rule: 'metric.amount', text: '新增科技型企业7616家', start: 0, end: 12, fields: { subject: '新增科技型企业', ...h1 } },
      { rule: 'metric.change', text: '同比增长130.5%', start: 13, end: 23, fields: { subject: '新增科技型企业', ...h1 } },
      { rule: 'metric.share', text: '完成率达107.8%', start: 24, end: 34, fields: { subject: '新增科技型企业完成率', ...h1 } },
    ],
  },
  {
    name: 'central special funds obtained (seed line 44)',
    text: '争取中央专项资金约5.2亿元支持锰污染治理',
    expected: [
      { rule: 'metric.amount', text: '争取中央专项资金约5.2亿元', start: 0, end: 14, fields: { subject: '争取中央专项资金', ...h1 } },
    ],
  },
  {
    name: 'metro lines and their mileage (2026 北京市)',
    text: '开通3条地铁新线、新增运营里程30公里，总里程达909公里',
    expected: [
      { rule: 'metric.count', text: '3条地铁新线', start: 2, end: 8, fields: { subject: '地铁新线' } },
      { rule: 'metric.amount', text: '新增运营里程30公里', start: 9, end: 19, fields: { subject: '新增运营里程' } },
      { rule: 'metric.amount', text: '总里程达909公里', start: 20, end: 29, fields: { subject: '运营总里程' } },
    ],
  },
];

/** The indicator of every metric the pipeline finds in `text`, in text order (null when it has none). */
const indicatorsOf = (text: string, report: Partial<ReportMeta> = {}): (string | null)[] =>
  runPassage(rulesOf('metric'), refinersOf('metric'), passageContext(text, { meta: report }))
    .filter((c) => c.kind === 'metric')
    .map((c) => (typeof c.fields.indicator === 'string' ? c.fields.indicator : null));

describe('MetricIndicatorRefiner', () => {
  it.each(matches)('maps $name', ({ text, report, expected }) => expectMetrics(text, expected, report));
  it.each(nonMatches)('maps nothing for $name', ({ text, expected }) => {
    expectMetrics(text, expected);
    expect(indicatorsOf(text)).toEqual(expected.map(() => null));
  });
  it('gives the count of policies beside retail sales no indicator (2026 浙江省)', () => {
    expect(indicatorsOf('9项促消费政策，全省社会消费品零售总额增长4%', workReport2026)).toEqual([null, 'retail_sales']);
  });
});
