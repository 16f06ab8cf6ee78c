import { expectMetrics, type ExpectedMetric } from './expectMetrics';

// Seed report: seeds/reports/chongqing-2023-h1-plan-execution-report.txt (line numbers in comments).
const matches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'a range qualifying the noun after 的 (line 9)',
    text: '货物和服务采购项目给予小微企业10%—20%的价格扣除优惠。',
    expected: [
      { rule: 'metric.share', text: '10%—20%的价格扣除优惠', start: 15, end: 29, fields: { subject: '价格扣除优惠', value: 10, valueMax: 20, unit: '%', kind: 'SHARE', valueText: '10%—20%', approx: false } },
    ],
  },
  {
    name: 'a service line\'s number inside the subject is a name, no figure (内蒙古自治区)',
    text: '推动城乡法律援助服务网络全覆盖，12345热线群众诉求满意率达到90%以上。',
    expected: [
      { rule: 'metric.share', text: '12345热线群众诉求满意率达到90%以上', start: 16, end: 37, fields: { subject: '12345热线群众诉求满意率', value: 90, unit: '%', kind: 'SHARE' } },
    ],
  },
  {
    name: 'a rate with a linker; the ordinal after it is ignored (line 14)',
    text: '试点任务实施率达到90.7%,位于第二批试点省市第二名',
    expected: [
      { rule: 'metric.share', text: '试点任务实施率达到90.7%', start: 0, end: 14, fields: { subject: '试点任务实施率', value: 90.7, unit: '%', kind: 'SHARE', period: '2023年1—6月' } },
    ],
  },
  {
    name: 'a generic 完成率 prefixed with the indicator before it (line 18)',
    text: '新增科技型企业7616家、同比增长130.5%,完成率达107.8%',
    expected: [
      { rule: 'metric.amount', text: '新增科技型企业7616家', start: 0, end: 12, fields: { subject: '新增科技型企业', value: 7616, unit: '家', kind: 'COUNT' } },
      { rule: 'metric.change', text: '同比增长130.5%', start: 13, end: 23, fields: { subject: '新增科技型企业', value: 130.5, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.share', text: '完成率达107.8%', start: 24, end: 34, fields: { subject: '新增科技型企业完成率', value: 107.8, unit: '%', kind: 'SHARE' } },
    ],
  },
  {
    name: 'an approximate share with 超 (line 46)',
    text: '累计建成节能建筑约7.7亿平方米,新建绿色建筑占比超88%。',
    expected: [
      { rule: 'metric.amount', text: '建成节能建筑约7.7亿平方米', start: 2, end: 16, fields: { subject: '建成节能建筑', value: 7.7, unit: '亿平方米', kind: 'LEVEL', approx: true, qualifier: '约', period: '累计' } },
      { rule: 'metric.share', text: '新建绿色建筑占比超88%', start: 17, end: 29, fields: { subject: '新建绿色建筑占比', value: 88, unit: '%', kind: 'SHARE', approx: true, qualifier: '超' } },
    ],
  },
];

// 2026 新疆维吾尔自治区 and 北京市: a share in tenths written in words, right after the word that leads it
const tenths: ExpectedMetric[] = [
  { rule: 'metric.share', text: '绿电占比超三成', start: 0, end: 7, fields: { subject: '绿电占比', value: 3, unit: '成', kind: 'SHARE', approx: true, qualifier: '超' } },
  { rule: 'metric.share', text: '中小微企业政府采购占比近八成', start: 8, end: 22, fields: { subject: '中小微企业政府采购占比', value: 8, unit: '成', kind: 'SHARE', qualifier: '近' } },
];

// 2026 福建省 and 新疆维吾尔自治区: tenths led by the share itself (占全国), and a run of years before it that says when,
// no word of the subject (MetricCountRule counts the years, up to the figure)
const sharedTenths: ExpectedMetric[] = [
  { rule: 'metric.share', text: '已建在建入级电动船舶数量占全国三成以上', start: 0, end: 19, fields: { subject: '已建在建入级电动船舶数量占全国', value: 3, unit: '成', kind: 'SHARE' } },
  // 款 counts products of a kind; 集中获批 ends the counted noun
  { rule: 'metric.count', text: '2款一类创新药', start: 20, end: 27, fields: { subject: '一类创新药', value: 2, unit: '款', kind: 'COUNT' } },
];
const yearsBefore: ExpectedMetric[] = [
  { rule: 'metric.share', text: '棉花产量连续4年占全国九成以上', start: 9, end: 24, fields: { subject: '棉花产量占全国', value: 9, unit: '成', kind: 'SHARE' } },
  { rule: 'metric.count', text: '连续4年占全国', start: 13, end: 20, fields: { subject: '占全国', value: 4, unit: '年', kind: 'COUNT' } },
  { rule: 'metric.amount', text: '纺织服装全产业链带动就业超百万人', start: 25, end: 41, fields: { subject: '纺织服装全产业链带动就业', value: 100, unit: '万人', kind: 'COUNT' } },
];

const nonMatches = [
  '推动60%以上的县级特困供养机构三级达标。', // 2026 河南省: the noun after the bound runs on into its verb
  '“1+2+6+N”碳达峰碳中和政策体系基本成型', // line 46: numbers in a quoted name
];

// Corpus 2026 广西壮族自治区: a baseline dated by 上半年 is a metric of its own; the end of the pair keeps its subject.
const datedPair: ExpectedMetric[] = [
  { rule: 'metric.amount', text: '城镇新增就业42.3万人', start: 0, end: 12, fields: { subject: '城镇新增就业', value: 42.3, unit: '万人' } },
  { rule: 'metric.share', text: '城镇调查失业率从上半年5.5%', start: 15, end: 30, fields: { subject: '城镇调查失业率', value: 5.5, unit: '%', kind: 'SHARE', period: '2026年上半年' } },
  { rule: 'metric.share', text: '降到5.3%', start: 30, end: 36, fields: { subject: '城镇调查失业率', value: 5.3, unit: '%', kind: 'SHARE', period: '2026年年末' } },
];

// A bound percentage before a whole noun is the share of those things (the seed gold counts 覆盖90%以上脱贫户).
const bounded: { name: string; text: string; expected: ExpectedMetric[]; report?: { year: number; period: null } }[] = [
  {
    name: 'the things covered, after the subject (seed line 37)',
    text: '加强农村低收入人口常态化帮扶,累计打造产业帮扶基地5.6万个,脱贫地区特色种养业覆盖90%以上脱贫户。',
    expected: [
      { rule: 'metric.amount', text: '打造产业帮扶基地5.6万个', start: 17, end: 30, fields: { subject: '打造产业帮扶基地', value: 5.6 } },
      { rule: 'metric.share', text: '脱贫地区特色种养业覆盖90%以上脱贫户', start: 31, end: 50, fields: { subject: '脱贫地区特色种养业覆盖脱贫户', value: 90, unit: '%', kind: 'SHARE', qualifier: '以上' } },
    ],
  },
  {
    name: 'the things after 的 (宁夏回族自治区)',
    text: '每年将75%以上的财力用于民生，5年累计投入6200多亿元。',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.share', text: '75%以上的财力用于民生', start: 3, end: 15, fields: { subject: '财力用于民生', value: 75, kind: 'SHARE' } },
    ],
  },
];

describe('MetricShareRule', () => {
  it.each(bounded)('reads a bound share: $name', ({ text, expected, report }) => expectMetrics(text, expected, report));
  it.each(matches)('extracts $name', ({ text, expected }) => expectMetrics(text, expected));
  it('reads a share in tenths written in words', () => expectMetrics('绿电占比超三成，中小微企业政府采购占比近八成。', tenths));
  it('reads tenths a share leads (2026 福建省)', () => expectMetrics('已建在建入级电动船舶数量占全国三成以上，2款一类创新药集中获批上市', sharedTenths, { year: 2026, period: null }));
  it('leaves a run of years out of the share\'s subject (2026 新疆维吾尔自治区)', () =>
    expectMetrics('巩固棉花优势地位，棉花产量连续4年占全国九成以上，纺织服装全产业链带动就业超百万人', yearsBefore, { year: 2026, period: null }));
  it.each(nonMatches)('ignores %s', (text) => expectMetrics(text, []));
  it('reads both ends of 从上半年5.5%降到5.3% with their own periods (2026 广西壮族自治区)', () =>
    expectMetrics('城镇新增就业42.3万人,年末城镇调查失业率从上半年5.5%降到5.3%。', datedPair, { year: 2026, period: null }));
});
