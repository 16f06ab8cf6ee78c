import { extractCandidates } from '../../../../src/ingest';
import type { ReportMeta } from '../../../../src/ingest/records/types';
import { expectMetrics, type ExpectedMetric } from './expectMetrics';

// Seed report: seeds/reports/chongqing-2023-h1-plan-execution-report.txt (line numbers in comments). Each fragment is
// run as a passage starting at 0, so spans are offsets in the fragment.
const matches: { name: string; text: string; report?: Partial<ReportMeta>; expected: ExpectedMetric[] }[] = [
  {
    name: 'a price per kilowatt-hour (浙江省 2026)',
    text: '千瓦。全省工商业平均电价下降5分/千瓦时。',
    report: { year: 2026, period: null },
    expected: [{ rule: 'metric.change', text: '工商业平均电价下降5分/千瓦时', start: 5, end: 20, fields: { subject: '工商业平均电价', value: 5, unit: '分/千瓦时', kind: 'CHANGE' } }],
  },
  {
    name: 'a span of years in digits right before the predicate dates the change, as 五年 does (山东省 2026)',
    text: '“河海直达”，内河港口吞吐量5年增长1.6倍，铁',
    report: { year: 2026, period: null },
    expected: [{ rule: 'metric.change', text: '内河港口吞吐量5年增长1.6倍', start: 7, end: 22, fields: { subject: '内河港口吞吐量', value: 1.6, unit: '倍', kind: 'CHANGE' } }],
  },
  {
    name: 'year-on-year growth after its indicator (line 5)',
    text: '地区生产总值同比增长4.6%,规上工业增加值同比增长3.5%',
    expected: [
      { rule: 'metric.change', text: '地区生产总值同比增长4.6%', start: 0, end: 14, fields: { subject: '地区生产总值', value: 4.6, unit: '%', kind: 'YOY_GROWTH', period: '2023年1—6月', approx: false, direction: 'up' } },
      { rule: 'metric.change', text: '规上工业增加值同比增长3.5%', start: 15, end: 30, fields: { subject: '规上工业增加值', value: 3.5, unit: '%', kind: 'YOY_GROWTH', period: '2023年1—6月', approx: false, direction: 'up' } },
    ],
  },
  {
    name: 'an amount change and an approximate growth rate sharing a subject with an aside (line 9)',
    text: '消费贷款(不含个人住房贷款)余额同比增加超过1400亿元、增速约28%',
    expected: [
      { rule: 'metric.change', text: '消费贷款(不含个人住房贷款)余额同比增加超过1400亿元', start: 0, end: 28, fields: { subject: '消费贷款(不含个人住房贷款)余额', value: 1400, unit: '亿元', kind: 'CHANGE', approx: true, qualifier: '超过', direction: 'up', valueNormalized: 140000000000, unitBase: '元' } },
      { rule: 'metric.change', text: '增速约28%', start: 29, end: 35, fields: { subject: '消费贷款(不含个人住房贷款)余额', value: 28, unit: '%', kind: 'YOY_GROWTH', approx: true, qualifier: '约' } },
    ],
  },
  {
    name: 'an absolute change is a CHANGE (line 35)',
    text: '夏粮种植面积563.2万亩、同比增加3.3万亩',
    expected: [
      { rule: 'metric.amount', text: '夏粮种植面积563.2万亩', start: 0, end: 13, fields: { subject: '夏粮种植面积', value: 563.2, unit: '万亩', kind: 'LEVEL' } },
      { rule: 'metric.change', text: '同比增加3.3万亩', start: 14, end: 23, fields: { subject: '夏粮种植面积', value: 3.3, unit: '万亩', kind: 'CHANGE', direction: 'up' } },
    ],
  },
  {
    name: 'percentage points against another base, down (line 52)',
    text: '银行业不良率1.1%、较去年末下降0.3个百分点。',
    expected: [
      { rule: 'metric.share', text: '银行业不良率1.1%', start: 0, end: 10, fields: { subject: '银行业不良率', value: 1.1, unit: '%', kind: 'SHARE' } },
      { rule: 'metric.change', text: '较去年末下降0.3个百分点', start: 11, end: 24, fields: { subject: '银行业不良率', value: 0.3, unit: '个百分点', kind: 'CHANGE', period: '2023年1—6月', direction: 'down' } },
    ],
  },
  {
    name: 'a past-year result in a 2026 work report takes the year of 一年来 (corpus 2026 上海市 line 19)',
    text: '一年来，全市经济社会发展稳中有进。全市生产总值达到5.67万亿元、增长5.4%，好于预期。',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.amount', text: '生产总值达到5.67万亿元', start: 19, end: 32, fields: { subject: '生产总值', value: 5.67, unit: '万亿元', kind: 'LEVEL', period: '2025年', valueNormalized: 5.67e12, unitBase: '元' } },
      { rule: 'metric.change', text: '增长5.4%', start: 33, end: 39, fields: { subject: '生产总值', value: 5.4, unit: '%', kind: 'YOY_GROWTH', period: '2025年' } },
    ],
  },
  {
    name: '改善 with a percentage against the end of the last plan is a decrease, a CHANGE (corpus 2026 江苏省)',
    text: 'PM2.5年均浓度较“十三五”末改善16.5%，连续5年达国家二级标准。',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.change', text: 'PM2.5年均浓度较“十三五”末改善16.5%', start: 0, end: 23, fields: { subject: 'PM2.5年均浓度', value: 16.5, unit: '%', kind: 'CHANGE', direction: 'down' } },
      { rule: 'metric.count', text: '连续5年达国家二级标准', start: 24, end: 35, fields: { subject: '达国家二级标准', value: 5, unit: '年', kind: 'COUNT' } },
    ],
  },
  {
    name: 'a fall in percent with no base written is a change, the guide\'s CHANGE 下降 (corpus 2026 河南省)',
    text: '生产安全事故起数下降18%，未发生重特大事故。',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.change', text: '生产安全事故起数下降18%', start: 0, end: 13, fields: { subject: '生产安全事故起数', value: 18, unit: '%', kind: 'CHANGE', direction: 'down' } },
    ],
  },
  {
    name: 'a fall of a quantity the indicator catalogue tracks is its growth rate, what its series compares (福建 2026)',
    text: '固定资产投资下降3.3%，进出口下降5.4%，城镇居',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.change', text: '固定资产投资下降3.3%', start: 0, end: 12, fields: { subject: '固定资产投资', value: 3.3, unit: '%', kind: 'YOY_GROWTH', direction: 'down' } },
      { rule: 'metric.change', text: '进出口下降5.4%', start: 13, end: 22, fields: { subject: '进出口', value: 5.4, unit: '%', kind: 'YOY_GROWTH', direction: 'down' } },
    ],
  },
  {
    name: 'a fall with no base in what the catalogue does not track is a change (广东 2026)',
    text: '，工业企业用电成本下降6.8%，社会物',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.change', text: '工业企业用电成本下降6.8%', start: 1, end: 15, fields: { subject: '工业企业用电成本', value: 6.8, unit: '%', kind: 'CHANGE', direction: 'down' } },
    ],
  },
  {
    name: '压降 states a fall, a CHANGE (corpus 2026 辽宁省)',
    text: '融资平台累计压降85.2%，',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.change', text: '融资平台累计压降85.2%', start: 0, end: 13, fields: { subject: '融资平台', value: 85.2, unit: '%', kind: 'CHANGE', direction: 'down' } },
    ],
  },
  {
    name: 'a cumulative fall of a catalogued indicator is a change, not a rate against last year (河北省, 宁夏回族自治区)',
    text: '全省PM2.5平均浓度累计下降27.4%，全区能耗强度累计下降17.3%。',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.change', text: 'PM2.5平均浓度累计下降27.4%', start: 2, end: 20, fields: { subject: 'PM2.5平均浓度', value: 27.4, unit: '%', kind: 'CHANGE', period: '累计' } },
      { rule: 'metric.change', text: '能耗强度累计下降17.3%', start: 23, end: 36, fields: { subject: '能耗强度', value: 17.3, unit: '%', kind: 'CHANGE', period: '累计' } },
    ],
  },
  {
    name: '压减 likewise (corpus 2026 吉林省)',
    text: '省级一般性支出压减22.3%。',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.change', text: '省级一般性支出压减22.3%', start: 0, end: 14, fields: { subject: '省级一般性支出', value: 22.3, unit: '%', kind: 'CHANGE', direction: 'down' } },
    ],
  },
  {
    name: 'a fall against last year stays the growth rate (corpus 2026 天津市)',
    text: 'PM2.5年均浓度36.2微克/立方米、同比下降5%，',
    report: { year: 2026, period: null },
    expected: [
      { rule: 'metric.amount', text: 'PM2.5年均浓度36.2微克/立方米', start: 0, end: 19, fields: { subject: 'PM2.5年均浓度', value: 36.2, unit: '微克/立方米', kind: 'LEVEL' } },
      { rule: 'metric.change', text: '同比下降5%', start: 20, end: 26, fields: { subject: 'PM2.5年均浓度', value: 5, unit: '%', kind: 'YOY_GROWTH', direction: 'down' } },
    ],
  },
  {
    name: 'a pension adjusted up, an adverb of extent left out of the subject (corpus 2026 辽宁省)',
    text: '。退休人员基本养老金总体上调2%',
    report: { year: 2026, period: null },
    expected: [{ rule: 'metric.change', text: '退休人员基本养老金总体上调2%', start: 1, end: 16, fields: { subject: '退休人员基本养老金', value: 2, unit: '%', kind: 'YOY_GROWTH' } }],
  },
  {
    name: 'a standard adjusted up is no share (corpus 2026 福建省)',
    text: '城乡居民基础养老金最低标准调增11.8%，福州获评',
    report: { year: 2026, period: null },
    expected: [{ rule: 'metric.change', text: '城乡居民基础养老金最低标准调增11.8%', start: 0, end: 20, fields: { subject: '城乡居民基础养老金最低标准', value: 11.8, unit: '%', kind: 'YOY_GROWTH' } }],
  },
];

const nonMatches = [
  '对照年初我市人代会审议通过的计划报告,1—6月重点抓了以下工作:', // line 6: a month range alone
  '着力打造“33618”现代制造业集群体系', // line 11: a number inside a quoted name
  '研究制定《深入推进新时代新征程新重庆制造业高质量发展行动方案(2023—2027年)》', // line 11: years in a title
  '召开推动成渝地区双城经济圈建设重庆四川党政联席会议第七次会议', // line 20: an ordinal
  '成功举办第五届中国西部国际投资贸易洽谈会', // line 25: an ordinal
  '巴南区入选2023年国家骨干冷链物流基地建设名单', // line 26: a year
  '全力推动经济持续回升向好,确保完成全年主要目标任务。', // line 56: no number
];

// A gap to a benchmark in points is a change against it (metric-gap-verbs.txt).
const gaps: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'a gap after a growth rate takes its subject (山东省)',
    text: '规上工业增加值增长7.6%，高于全国1.7个百分点；',
    expected: [
      { rule: 'metric.change', text: '规上工业增加值增长7.6%', start: 0, end: 13, fields: { subject: '规上工业增加值', value: 7.6, kind: 'YOY_GROWTH' } },
      { rule: 'metric.change', text: '高于全国1.7个百分点', start: 14, end: 25, fields: { subject: '规上工业增加值', value: 1.7, unit: '个百分点', kind: 'CHANGE', direction: 'up', base: '全国' } },
    ],
  },
  {
    name: 'a gap below the benchmark (内蒙古自治区)',
    text: '地区生产总值增长4.7%、低于全国0.3个百分点，',
    expected: [
      { rule: 'metric.change', text: '地区生产总值增长4.7%', start: 0, end: 12, fields: { subject: '地区生产总值', value: 4.7 } },
      { rule: 'metric.change', text: '低于全国0.3个百分点', start: 13, end: 24, fields: { subject: '地区生产总值', value: 0.3, kind: 'CHANGE', direction: 'down', base: '全国' } },
    ],
  },
  {
    name: 'a benchmark that ends in a growth word (湖南省)',
    text: '其中农村居民收入增长5.8%、快于经济增速1个百分点，',
    expected: [
      { rule: 'metric.change', text: '农村居民收入增长5.8%', start: 2, end: 14, fields: { subject: '农村居民收入', value: 5.8 } },
      { rule: 'metric.change', text: '快于经济增速1个百分点', start: 15, end: 26, fields: { subject: '农村居民收入', value: 1, kind: 'CHANGE', base: '经济增速' } },
    ],
  },
  {
    name: 'a year as the benchmark (山西省)',
    text: '全年GDP增长4%，快于2024年1.8个百分点，',
    expected: [
      { rule: 'metric.change', text: 'GDP增长4%', start: 2, end: 9, fields: { subject: 'GDP', value: 4 } },
      { rule: 'metric.change', text: '快于2024年1.8个百分点', start: 10, end: 24, fields: { subject: 'GDP', value: 1.8, kind: 'CHANGE', direction: 'up', base: '2024年' } },
    ],
  },
  {
    name: 'a gap with its own subject (湖北省)',
    text: '民间投资增速高于全国3.7个百分点。',
    expected: [
      { rule: 'metric.change', text: '民间投资增速高于全国3.7个百分点', start: 0, end: 17, fields: { subject: '民间投资增速', value: 3.7, kind: 'CHANGE' } },
    ],
  },
];

describe('MetricChangeRule', () => {
  it.each(gaps)('reads a gap to a benchmark: $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
  it.each(matches)('extracts $name', ({ text, report, expected }) => expectMetrics(text, expected, report));
  it.each(nonMatches)('ignores %s', (text) => expectMetrics(text, []));
  it('prefixes a bare 增加值 with the indicator before it in the clause (corpus 2026 广东省)', () =>
    expectMetrics('规模以上工业企业达7.6万家、增加值增长3%。', [
      { rule: 'metric.amount', text: '规模以上工业企业达7.6万家', start: 0, end: 14, fields: { subject: '规模以上工业企业', value: 7.6, unit: '万家', kind: 'COUNT' } },
      { rule: 'metric.change', text: '增加值增长3%', start: 15, end: 22, fields: { subject: '规模以上工业企业增加值', value: 3, unit: '%', kind: 'YOY_GROWTH' } },
    ], { year: 2026, period: null }));
});

describe('figures too large to be figures', () => {
  const values = (text: string) =>
    extractCandidates(text, { id: 'x', region: '重庆市', year: 2023 })
      .results.flatMap((r) => r.entities)
      .filter((c) => c.kind === 'metric')
      .map((c) => c.fields.value);
  it.each([
    ['增长' + '9'.repeat(400) + '%', [], 'a number that is Infinity to JavaScript'],
    ['完成投资12345678901234567亿元', [], 'a number beyond 1e15'],
    ['同比分别增长5%、' + '9'.repeat(30) + '%', [], 'a 分别 list it breaks (no pairing is safe then)'],
  ])('refuses the giant in %s', (text, expected) => expect(values(text)).toEqual(expected));
});
