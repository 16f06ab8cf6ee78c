import { expectMetrics, type ExpectedMetric } from './expectMetrics';

// Seed report: seeds/reports/chongqing-2023-h1-plan-execution-report.txt (line numbers in comments).
const matches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'items before 分别 share the indicator noun of the last item (line 12)',
    text: '智能网联新能源汽车、先进材料增加值同比分别增长5.2%、8.7%。',
    expected: [
      { rule: 'metric.respectively', text: '5.2%', start: 23, end: 27, fields: { subject: '智能网联新能源汽车增加值', value: 5.2, unit: '%', kind: 'YOY_GROWTH', direction: 'up' } },
      { rule: 'metric.respectively', text: '8.7%', start: 28, end: 32, fields: { subject: '先进材料增加值', value: 8.7, unit: '%', kind: 'YOY_GROWTH', direction: 'up' } },
    ],
  },
  {
    name: 'without items, the subjects of the metrics just before (line 18)',
    text: '新增在孵企业和团队1520个、毕业企业352家,同比分别增长8.5%、9.3%。',
    expected: [
      { rule: 'metric.amount', text: '新增在孵企业和团队1520个', start: 0, end: 14, fields: { subject: '新增在孵企业和团队', value: 1520, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.amount', text: '毕业企业352家', start: 15, end: 23, fields: { subject: '毕业企业', value: 352, unit: '家', kind: 'COUNT' } },
      { rule: 'metric.respectively', text: '8.5%', start: 30, end: 34, fields: { subject: '新增在孵企业和团队', value: 8.5, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '9.3%', start: 35, end: 39, fields: { subject: '毕业企业', value: 9.3, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'items split on 和 when that makes the counts agree (line 49)',
    text: '城乡养老、失业和工伤保险参保人数分别为2608.8万人、622.3万人、729.9万人',
    expected: [
      { rule: 'metric.respectively', text: '2608.8万人', start: 19, end: 27, fields: { subject: '城乡养老参保人数', value: 2608.8, unit: '万人', kind: 'COUNT' } },
      { rule: 'metric.respectively', text: '622.3万人', start: 28, end: 35, fields: { subject: '失业参保人数', value: 622.3, unit: '万人', kind: 'COUNT' } },
      { rule: 'metric.respectively', text: '729.9万人', start: 36, end: 43, fields: { subject: '工伤保险参保人数', value: 729.9, unit: '万人', kind: 'COUNT' } },
    ],
  },
  {
    name: 'the last value after 和 (北京 2026)',
    text: '适龄儿童入园率和普惠率分别达96%和94%',
    expected: [
      { rule: 'metric.respectively', text: '96%', start: 14, end: 17, fields: { subject: '适龄儿童入园率', value: 96, unit: '%', kind: 'SHARE' } },
      { rule: 'metric.respectively', text: '94%', start: 18, end: 21, fields: { subject: '普惠率', value: 94, unit: '%', kind: 'SHARE' } },
    ],
  },
  {
    name: 'items split on 、, the last value after 和 (江苏 2026)',
    text: '林木覆盖率、湿地保护率分别达24.1%和50.2%',
    expected: [
      { rule: 'metric.respectively', text: '24.1%', start: 14, end: 19, fields: { subject: '林木覆盖率', value: 24.1, unit: '%', kind: 'SHARE' } },
      { rule: 'metric.respectively', text: '50.2%', start: 20, end: 25, fields: { subject: '湿地保护率', value: 50.2, unit: '%', kind: 'SHARE' } },
    ],
  },
];

describe('MetricRespectivelyRule', () => {
  it.each(matches)('extracts $name', ({ text, expected }) => expectMetrics(text, expected));
  it('pairs a list summed up in the clause before (line 28: 等7个板块项目,分别完成年度计划的…)', () =>
    expectMetrics('乡村振兴、文化、民生等3个板块项目,分别完成年度计划的44%、59.9%、53.2%', [
      { rule: 'metric.count', text: '3个板块项目', start: 11, end: 17, fields: { subject: '板块项目', value: 3, unit: '个', kind: 'COUNT' } },
      { rule: 'metric.respectively', text: '44%', start: 27, end: 30, fields: { subject: '乡村振兴板块项目', value: 44, unit: '%', kind: 'SHARE' } },
      { rule: 'metric.respectively', text: '59.9%', start: 31, end: 36, fields: { subject: '文化板块项目', value: 59.9, unit: '%', kind: 'SHARE' } },
      { rule: 'metric.respectively', text: '53.2%', start: 37, end: 42, fields: { subject: '民生板块项目', value: 53.2, unit: '%', kind: 'SHARE' } },
    ]));
  it('drops a list whose subjects cannot be paired at all', () => expectMetrics('分别完成年度计划的57%、72.6%、44%', []));
  it('keeps 起数 as its own indicator noun, and a bare 死亡人数 takes the qualifier of 起数 beside it (corpus 2026 浙江省)', () =>
    expectMetrics('五年来,全省刑事案件总量下降35.9%,生产安全事故起数和死亡人数分别下降49.9%、45%。', [
      { rule: 'metric.change', text: '刑事案件总量下降35.9%', start: 6, end: 19, fields: { subject: '刑事案件总量', value: 35.9, unit: '%', kind: 'YOY_GROWTH', period: '五年来' } },
      { rule: 'metric.respectively', text: '49.9%', start: 37, end: 42, fields: { subject: '生产安全事故起数', value: 49.9, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '45%', start: 43, end: 46, fields: { subject: '生产安全事故死亡人数', value: 45, unit: '%', kind: 'YOY_GROWTH' } },
    ], { year: 2026, period: null }));
});
