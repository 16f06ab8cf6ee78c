import { expectMetrics, type ExpectedMetric } from './expectMetrics';

// Run through the metric pipeline (every metric rule, then the metric refiners): expectMetrics. Seed report lines
// are seeds/reports/chongqing-2023-h1-plan-execution-report.txt; the corpus rows are 2026 reports of seeds/reports,
// read here as passages of the seed report (their periods are not what these rows check).
const matches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'the topic of a milestone clause, the milestone no figure (2026 安徽省)',
    text: '地区生产总值连跨两个万亿元台阶，年均增长5.7%、高于全国0.3个百分点。',
    expected: [
      { rule: 'metric.change', text: '年均增长5.7%', start: 16, end: 24, fields: { subject: '地区生产总值', value: 5.7 } },
      { rule: 'metric.change', text: '高于全国0.3个百分点', start: 25, end: 36, fields: { subject: '地区生产总值', value: 0.3 } },
    ],
  },
  {
    name: 'the topic of a milestone clause after its own figure (2026 湖北省)',
    text: '经济规模稳步壮大，地区生产总值迈上6万亿元台阶，达到62661亿元。',
    expected: [
      { rule: 'metric.amount', text: '地区生产总值迈上6万亿元', start: 9, end: 21, fields: { subject: '地区生产总值', value: 6 } },
      { rule: 'metric.amount', text: '达到62661亿元', start: 24, end: 33, fields: { subject: '地区生产总值', value: 62661 } },
    ],
  },
  {
    name: 'the topic of a milestone clause, then carried along its 、 list (2026 江苏省)',
    text: '地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%，',
    expected: [
      { rule: 'metric.amount', text: '达14.2万亿元', start: 18, end: 26, fields: { subject: '地区生产总值', value: 14.2 } },
      { rule: 'metric.change', text: '年均增长5.7%', start: 27, end: 35, fields: { subject: '地区生产总值', value: 5.7 } },
    ],
  },
  {
    name: 'a verb-led predicate with no figure between two values keeps the subject (2026 湖南省)',
    text: '全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%，',
    expected: [
      { rule: 'metric.amount', text: '地区生产总值达到5.53万亿元', start: 2, end: 17, fields: { subject: '地区生产总值', value: 5.53 } },
      { rule: 'metric.change', text: '增长4.8%', start: 26, end: 32, fields: { subject: '地区生产总值', value: 4.8 } },
    ],
  },
  {
    name: 'a share of the whole, in tenths, takes the subject before it (2026 广东省)',
    text: '无人机产量增长39%、占全国9成，工业机器人产量增长31.2%、占全国4成，',
    expected: [
      { rule: 'metric.change', text: '无人机产量增长39%', start: 0, end: 10, fields: { subject: '无人机产量', value: 39 } },
      { rule: 'metric.share', text: '占全国9成', start: 11, end: 16, fields: { subject: '无人机产量占全国', value: 9, unit: '成', kind: 'SHARE' } },
      { rule: 'metric.change', text: '工业机器人产量增长31.2%', start: 17, end: 31, fields: { subject: '工业机器人产量', value: 31.2 } },
      { rule: 'metric.share', text: '占全国4成', start: 32, end: 37, fields: { subject: '工业机器人产量占全国', value: 4, unit: '成', kind: 'SHARE' } },
    ],
  },
  {
    name: 'a share of the whole after a level (2026 新疆维吾尔自治区)',
    text: '棉花总产616.5万吨、占全国92.8%，',
    expected: [
      { rule: 'metric.amount', text: '棉花总产616.5万吨', start: 0, end: 11, fields: { subject: '棉花总产', value: 616.5 } },
      { rule: 'metric.share', text: '占全国92.8%', start: 12, end: 20, fields: { subject: '棉花总产占全国', value: 92.8, kind: 'SHARE' } },
    ],
  },
  {
    name: 'the growth and the plan share of an investment take its subject (seed line 28)',
    text: '市级重点建设项目完成投资2411亿元、同比增长17.3%,完成年度计划的54.7%',
    expected: [
      { rule: 'metric.amount', text: '市级重点建设项目完成投资2411亿元', start: 0, end: 18, fields: { subject: '市级重点建设项目完成投资', value: 2411, unit: '亿元' } },
      { rule: 'metric.change', text: '同比增长17.3%', start: 19, end: 28, fields: { subject: '市级重点建设项目完成投资', value: 17.3, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.share', text: '完成年度计划的54.7%', start: 29, end: 41, fields: { subject: '市级重点建设项目完成投资', value: 54.7, unit: '%', kind: 'SHARE' } },
    ],
  },
  {
    name: 'a generic 完成率 prefixed with the subject before it (seed line 18)',
    text: '新增科技型企业7616家、同比增长130.5%,完成率达107.8%',
    expected: [
      { rule: 'metric.amount', text: '新增科技型企业7616家', start: 0, end: 12, fields: { subject: '新增科技型企业', value: 7616, unit: '家' } },
      { rule: 'metric.change', text: '同比增长130.5%', start: 13, end: 23, fields: { subject: '新增科技型企业', value: 130.5 } },
      { rule: 'metric.share', text: '完成率达107.8%', start: 24, end: 34, fields: { subject: '新增科技型企业完成率', value: 107.8 } },
    ],
  },
  {
    name: 'a 分别 list without subjects takes those of the metrics before it, in order (seed line 35)',
    text: '蔬菜播种面积628.6万亩,收获产量1222.2万吨,同比分别增长3%、3.7%',
    expected: [
      { rule: 'metric.amount', text: '蔬菜播种面积628.6万亩', start: 0, end: 13, fields: { subject: '蔬菜播种面积', value: 628.6, unit: '万亩' } },
      { rule: 'metric.amount', text: '收获产量1222.2万吨', start: 14, end: 26, fields: { subject: '蔬菜收获产量', value: 1222.2, unit: '万吨' } },
      { rule: 'metric.respectively', text: '3%', start: 33, end: 35, fields: { subject: '蔬菜播种面积', value: 3, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.respectively', text: '3.7%', start: 36, end: 40, fields: { subject: '蔬菜收获产量', value: 3.7, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'same, with counts of two kinds of firms (seed line 18)',
    text: ',新增在孵企业和团队1520个、毕业企业352家,同比分别增长8.5%、9.3%',
    expected: [
      { rule: 'metric.amount', text: '新增在孵企业和团队1520个', start: 1, end: 15, fields: { subject: '新增在孵企业和团队', value: 1520, unit: '个' } },
      { rule: 'metric.amount', text: '毕业企业352家', start: 16, end: 24, fields: { subject: '毕业企业', value: 352, unit: '家' } },
      { rule: 'metric.respectively', text: '8.5%', start: 31, end: 35, fields: { subject: '新增在孵企业和团队', value: 8.5 } },
      { rule: 'metric.respectively', text: '9.3%', start: 36, end: 40, fields: { subject: '毕业企业', value: 9.3 } },
    ],
  },
  {
    name: 'a stock total drops the flow verb of the metric before it (2026 北京市)',
    text: '开通3条地铁新线、新增运营里程30公里，总里程达909公里',
    expected: [
      { rule: 'metric.count', text: '3条地铁新线', start: 2, end: 8, fields: { subject: '地铁新线', value: 3, unit: '条' } },
      { rule: 'metric.amount', text: '新增运营里程30公里', start: 9, end: 19, fields: { subject: '新增运营里程', value: 30, unit: '公里' } },
      { rule: 'metric.amount', text: '总里程达909公里', start: 20, end: 29, fields: { subject: '运营总里程', value: 909, unit: '公里' } },
    ],
  },
  {
    name: 'a total of investment names the projects it totals (2026 云南省)',
    text: '向民间资本推介项目325个、总投资近2400亿元',
    expected: [
      { rule: 'metric.amount', text: '民间资本推介项目325个', start: 1, end: 13, fields: { subject: '民间资本推介项目', value: 325, unit: '个' } },
      { rule: 'metric.amount', text: '总投资近2400亿元', start: 14, end: 24, fields: { subject: '民间资本推介项目总投资', value: 2400, unit: '亿元', qualifier: '近' } },
    ],
  },
  {
    name: 'a running total after a count takes the noun the count names (2026 上海市)',
    text: '长三角生态绿色一体化发展示范区新推出7项制度创新成果、累计达到161项，',
    expected: [
      { rule: 'metric.count', text: '7项制度创新成果', start: 18, end: 26, fields: { subject: '制度创新成果', value: 7, unit: '项' } },
      { rule: 'metric.amount', text: '累计达到161项', start: 27, end: 35, fields: { subject: '制度创新成果', value: 161, unit: '项' } },
    ],
  },
  {
    name: 'a running total after a count, 累计达 (2026 北京市)',
    text: '新增1000处信号灯联网、累计达8000处，',
    expected: [
      { rule: 'metric.count', text: '1000处信号灯联网', start: 2, end: 12, fields: { subject: '信号灯联网', value: 1000, unit: '处' } },
      { rule: 'metric.amount', text: '累计达8000处', start: 13, end: 21, fields: { subject: '信号灯联网', value: 8000, unit: '处' } },
    ],
  },
];

const nonMatches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'a clause with a subject of its own between two values (no verb opens it) is no predicate of the first (2026 陕西省)',
    text: '对中亚五国、东盟进出口分别增长37.2％、19％，全省进出口总值创历史新高，达到5379亿元、增长18.5％。',
    expected: [
      { rule: 'metric.respectively', text: '37.2％', start: 15, end: 20, fields: { subject: '对中亚五国进出口' } },
      { rule: 'metric.respectively', text: '19％', start: 21, end: 24, fields: { subject: '东盟进出口' } },
    ],
  },
  {
    name: 'a subject-less 1% that is part of a name (1%人口抽样调查) has nothing to take and is dropped (2026 上海市)',
    text: '生育友好岗等生育支持政策，完成1%人口抽样调查',
    expected: [],
  },
  {
    name: 'metrics with subjects of their own keep them (2026 北京市)',
    text: '今年经济社会发展主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4%左右',
    expected: [
      { rule: 'metric.change', text: '地区生产总值增长5%左右', start: 16, end: 28, fields: { subject: '地区生产总值', value: 5 } },
      { rule: 'metric.change', text: '一般公共预算收入增长4%左右', start: 29, end: 43, fields: { subject: '一般公共预算收入', value: 4 } },
    ],
  },
  {
    name: 'a lone metric keeps its subject (seed line 44)',
    text: '争取中央专项资金约5.2亿元支持锰污染治理',
    expected: [
      { rule: 'metric.amount', text: '争取中央专项资金约5.2亿元', start: 0, end: 14, fields: { subject: '争取中央专项资金', value: 5.2, unit: '亿元' } },
    ],
  },
  {
    name: 'a bare value after a count may count another noun: not given the count\'s, it counts its own (2026 海南省)',
    text: '有效应对50个热带气旋、67次区域暴雨，',
    expected: [
      { rule: 'metric.count', text: '50个热带气旋', start: 4, end: 11, fields: { subject: '热带气旋', value: 50, unit: '个' } },
      { rule: 'metric.count', text: '67次区域暴雨', start: 12, end: 19, fields: { subject: '区域暴雨', value: 67, unit: '次' } },
    ],
  },
  {
    name: 'a count after a count-led clause keeps to its own clause (2026 青海省)',
    text: '连续5年提高企业退休人员基本养老金、4次提高城乡居民基础养老金，',
    expected: [
      { rule: 'metric.count', text: '连续5年提高企业退休人员基本养老金', start: 0, end: 17, fields: { subject: '提高企业退休人员基本养老金', value: 5, unit: '年' } },
      { rule: 'metric.count', text: '4次提高城乡居民基础养老金', start: 18, end: 31, fields: { subject: '提高城乡居民基础养老金', value: 4, unit: '次' } },
    ],
  },
];

// 2026 provincial work reports: a lone growth rate right after a level carries the level's subject
const valueLists: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'a lone growth rate after a level is still that level\'s (河南省)',
    text: '全省县级“三保”支出3534.6亿元、增长6%。',
    expected: [
      { rule: 'metric.amount', text: '县级“三保”支出3534.6亿元', start: 2, end: 18, fields: { subject: '县级“三保”支出', value: 3534.6, unit: '亿元', kind: 'LEVEL' } },
      { rule: 'metric.change', text: '增长6%', start: 19, end: 23, fields: { subject: '县级“三保”支出', value: 6, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
];

describe('MetricSubjectCarryRefiner', () => {
  it.each(matches)('carries: $name', ({ text, expected }) => expectMetrics(text, expected));
  it.each(nonMatches)('does not carry: $name', ({ text, expected }) => expectMetrics(text, expected));
  it.each(valueLists)('value lists: $name', ({ text, expected }) => expectMetrics(text, expected, { year: 2026, period: null }));
});
