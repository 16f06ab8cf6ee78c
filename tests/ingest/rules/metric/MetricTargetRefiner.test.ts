import { refinersOf, rulesOf } from '../../../../src/ingest/rules';
import { run } from '../../harness';
import { expectMetrics, type ExpectedMetric } from './expectMetrics';

const workReport2026 = { year: 2026, period: null };

// Corpus: seeds/reports (file and line in comments); seed report lines for 2023 targets.
const matches: { name: string; text: string; report?: object; expected: ExpectedMetric[] }[] = [
  {
    name: 'a figure dated in its own sentence to a year after the report\'s, outside any plan section (2026 陕西省)',
    text: '发挥先进制造业骨干作用，到2030年全社会研发投入强度达到3.2％左右。坚持以壮大实体经济为着力点',
    report: workReport2026,
    expected: [
      { rule: 'metric.share', text: '全社会研发投入强度达到3.2％左右', start: 18, end: 35, fields: { subject: '全社会研发投入强度', value: 3.2, unit: '%', kind: 'TARGET', measure: 'SHARE', period: '2030年' } },
    ],
  },
  {
    name: 'the main expected targets of a 2026 work report (2026 北京市 line 48)',
    text: '今年经济社会发展主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4%左右，城镇调查失业率控制在5%以内，居民消费价格涨幅2%左右。',
    report: workReport2026,
    expected: [
      { rule: 'metric.change', text: '地区生产总值增长5%左右', start: 16, end: 28, fields: { subject: '地区生产总值', value: 5, unit: '%', kind: 'TARGET', measure: 'YOY_GROWTH', period: '2026年', approx: true, qualifier: '左右', direction: 'up' } },
      { rule: 'metric.change', text: '一般公共预算收入增长4%左右', start: 29, end: 43, fields: { subject: '一般公共预算收入', value: 4, unit: '%', kind: 'TARGET', period: '2026年', approx: true } },
      { rule: 'metric.share', text: '城镇调查失业率控制在5%以内', start: 44, end: 58, fields: { subject: '城镇调查失业率', value: 5, unit: '%', kind: 'TARGET', measure: 'SHARE', qualifier: '以内' } },
      { rule: 'metric.change', text: '居民消费价格涨幅2%左右', start: 59, end: 71, fields: { subject: '居民消费价格', value: 2, unit: '%', kind: 'TARGET', period: '2026年' } },
    ],
  },
  {
    name: 'targets across ；-separated items (2026 湖南省 line 55, shortened)',
    text: '今年主要预期目标是：地区生产总值增长5%左右；城镇新增就业70万人；粮食产量615亿斤左右。',
    report: workReport2026,
    expected: [
      { rule: 'metric.change', text: '地区生产总值增长5%左右', start: 10, end: 22, fields: { subject: '地区生产总值', value: 5, kind: 'TARGET', period: '2026年' } },
      { rule: 'metric.amount', text: '城镇新增就业70万人', start: 23, end: 33, fields: { subject: '城镇新增就业', value: 70, unit: '万人', kind: 'TARGET', measure: 'COUNT', period: '2026年' } },
      { rule: 'metric.amount', text: '粮食产量615亿斤左右', start: 34, end: 45, fields: { subject: '粮食产量', value: 615, unit: '亿斤', kind: 'TARGET', approx: true } },
    ],
  },
  {
    name: '确保 in a half-year report: the target is for the whole year (seed line 61)',
    text: '打表推进市级重点项目建设,确保全年完成投资4300亿元以上。',
    expected: [
      { rule: 'metric.amount', text: '完成投资4300亿元以上', start: 17, end: 29, fields: { subject: '完成投资', value: 4300, unit: '亿元', kind: 'TARGET', measure: 'LEVEL', period: '2023年', approx: true, qualifier: '以上' } },
    ],
  },
  {
    name: 'a threshold stays inside the subject (seed line 66)',
    text: '确保全年新增3岁以下婴幼儿托位1.6万个。',
    expected: [
      { rule: 'metric.amount', text: '新增3岁以下婴幼儿托位1.6万个', start: 4, end: 20, fields: { subject: '新增3岁以下婴幼儿托位', value: 1.6, unit: '万个', kind: 'TARGET', measure: 'COUNT', period: '2023年' } },
    ],
  },
  {
    name: '预计全年 in a half-year report: a forecast of the year under way (seed line 8)',
    text: '严格执行阶段性减征小规模纳税人增值税政策,预计全年为市场主体减税129亿元。',
    expected: [
      { rule: 'metric.amount', text: '市场主体减税129亿元', start: 26, end: 37, fields: { subject: '市场主体减税', value: 129, kind: 'TARGET', measure: 'LEVEL', period: '2023年' } },
    ],
  },
  {
    name: '预计全年 in a whole-year report estimates the year just ended: no target (2026 广东省)',
    text: '推出文旅地图、购物地图、美食地图、健身地图，预计全年接待游客9.6亿人次。',
    report: workReport2026,
    expected: [
      { rule: 'metric.amount', text: '接待游客9.6亿人次', start: 26, end: 36, fields: { subject: '接待游客', value: 9.6, kind: 'COUNT' } },
    ],
  },
  {
    name: 'the number of a plan\'s own indicators after a goal word is no target (2026 广西壮族自治区)',
    text: '《纲要》贯彻落实自治区党委《建议》明确的主要目标，细化提出25项主要指标。',
    report: workReport2026,
    expected: [
      { rule: 'metric.count', text: '25项主要指标', start: 29, end: 36, fields: { subject: '主要指标', value: 25, kind: 'COUNT' } },
    ],
  },
];

// Corpus 2026 吉林省 (shortened): the engine splits the sentence at ；, so the cue is in the passage before. Dated
// 去年 here, so that the paragraph is a review and only the cue makes targets (in the plan of the report's own
// year every figure without a period of its own is a target: see the next test).
const splitTargets = '去年主要预期目标是：地区生产总值增长5%左右，努力跑赢全国；新能源产业产值增长8%以上。CPI涨幅2%左右。';

describe('MetricTargetRefiner', () => {
  it('carries a cue across the passages of one sentence split at ；, not past its 。 (2026 吉林省)', () => {
    const found = run(rulesOf('metric'), splitTargets, { meta: workReport2026, refiners: refinersOf('metric') })
      .results.flatMap((r) => r.entities)
      .filter((c) => c.kind === 'metric')
      .map((c) => [c.text, c.start, c.fields.kind]);
    expect(found).toEqual([
      ['地区生产总值增长5%左右', 10, 'TARGET'],
      ['新能源产业产值增长8%以上', 30, 'TARGET'],
      ['CPI涨幅2%左右', 44, 'YOY_GROWTH'],
    ]);
  });
  it('marks every figure without a period of its own in the plan of the report\'s year (2026 吉林省)', () => {
    const found = run(rulesOf('metric'), splitTargets.replace('去年', '今年'), { meta: workReport2026, refiners: refinersOf('metric') })
      .results.flatMap((r) => r.entities)
      .filter((c) => c.kind === 'metric')
      .map((c) => [c.text, c.fields.kind, c.fields.period]);
    expect(found).toEqual([
      ['地区生产总值增长5%左右', 'TARGET', '2026年'],
      ['新能源产业产值增长8%以上', 'TARGET', '2026年'],
      ['CPI涨幅2%左右', 'TARGET', '2026年'],
    ]);
  });
  // 2026 西藏自治区 line 18 under its review heading; the same clause among the goals of a heading that names the plan
  // still running (2026 广西壮族自治区's 二、“十四五”时期发展成就和“十五五”时期主要目标任务) stays a goal
  it.each([
    ['一、2025年和“十四五”时期工作回顾', 'SHARE'],
    ['二、“十四五”时期发展成就和“十五五”时期主要目标任务', 'TARGET'],
  ])('reads 控制在 under %s as %s', (heading, kind) => {
    const found = run(rulesOf('metric'), `${heading}\n城乡居民人均可支配收入分别增长6%和7.4%，城镇调查失业率控制在5%以内，主要经济指标增速继续位居全国前列。`, { meta: workReport2026, refiners: refinersOf('metric') })
      .results.flatMap((r) => r.entities)
      .filter((c) => c.kind === 'metric' && c.text.startsWith('城镇调查失业率'))
      .map((c) => [c.text, c.fields.kind]);
    expect(found).toEqual([['城镇调查失业率控制在5%以内', kind]]);
  });
  it.each(matches)('marks $name', ({ text, report, expected }) => expectMetrics(text, expected, report));
  it('does not mark a result obtained with 争取 (seed line 44)', () =>
    expectMetrics('争取中央专项资金约5.2亿元支持锰污染治理', [
      { rule: 'metric.amount', text: '争取中央专项资金约5.2亿元', start: 0, end: 14, fields: { subject: '争取中央专项资金', value: 5.2, kind: 'LEVEL', approx: true } },
    ]));
});
