import fs from 'node:fs';
import path from 'node:path';
import { structuredPeriod, type PeriodInput, type StructuredPeriod } from '../../../src/ingest';

const REPORTS = path.join(__dirname, '../../../seeds/reports');
const SEED = 'chongqing-2023-h1-plan-execution-report.txt';
const report = (province: string): string => `2026-${province}-government-work-report.txt`;

/** The report-level inputs as extractReport infers them (a 2026 work report; the seed, a half-year report). */
const work2026 = (publishDate: string): Pick<PeriodInput, 'reportYear' | 'reportPeriod' | 'publishDate'> => ({
  reportYear: 2026,
  reportPeriod: '2026年',
  publishDate,
});
const seed: Pick<PeriodInput, 'reportYear' | 'reportPeriod' | 'publishDate'> = { reportYear: 2023, reportPeriod: '2023年1—6月', publishDate: null };

/**
 * One row: a real sentence (checked to be in the file), the metric in it (its offset is where the sentence holds
 * it), where the sentence stands (section period and titles, as text/sectionPeriods.ts gives them), the metric's
 * period text and kind, and the structured period expected.
 */
interface Row {
  file: string;
  sentence: string;
  metric: string;
  input: Omit<PeriodInput, 'sentence' | 'offset'>;
  expected: StructuredPeriod;
}

const rows: Row[] = [
  // the seed: a half-year report, its own period is 2023 H1; without a date it speaks at the end of June
  {
    file: SEED,
    sentence: '地区生产总值同比增长4.6%',
    metric: '地区生产总值同比增长4.6%',
    input: { ...seed, period: '2023年1—6月', sectionTitles: ['1—6月计划执行情况'], kind: 'YOY_GROWTH' },
    expected: { year: 2023, part: 'H1', months: [1, 6], status: 'ACTUAL' },
  },
  {
    file: SEED,
    sentence: '电煤实现中长协签约全覆盖,截至6月底,全市主力燃煤电厂存煤442.3万吨',
    metric: '全市主力燃煤电厂存煤442.3万吨',
    input: { ...seed, period: '截至6月底', sectionTitles: ['1—6月计划执行情况'], kind: 'LEVEL' },
    expected: { year: 2023, part: 'H1', months: [1, 6], status: 'ACTUAL' },
  },
  {
    file: SEED,
    sentence: '严格执行阶段性减征小规模纳税人增值税政策,预计全年为市场主体减税129亿元。',
    metric: '减税129亿元',
    input: { ...seed, period: '全年', sectionTitles: ['1—6月计划执行情况'], kind: 'LEVEL' },
    expected: { year: 2023, part: 'FULL_YEAR', status: 'ESTIMATE' },
  },
  // the plan section of the seed sets no period: its title tells it is a plan; 确保 marks the goal
  {
    file: SEED,
    sentence: '免费培训婴幼儿照护服务人才1000人次,确保全年新增3岁以下婴幼儿托位1.6万个。',
    metric: '新增3岁以下婴幼儿托位1.6万个',
    input: { ...seed, period: '全年', sectionTitles: ['下一步工作打算', '全力惠民生'], kind: 'COUNT' },
    expected: { year: 2023, part: 'FULL_YEAR', status: 'TARGET' },
  },
  {
    file: SEED,
    sentence: '今年以来,面对严峻复杂的国际环境',
    metric: '今年以来',
    input: { ...seed, period: '今年以来', kind: 'LEVEL' },
    expected: { year: 2023, part: 'H1', months: [1, 6], status: 'ACTUAL' },
  },
  // 2026 北京市: review, five-year review, plan
  {
    file: report('北京市'),
    sentence: '全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点',
    metric: '增长5.4%',
    input: { ...work2026('2026-01-12'), period: '2025年', sectionPeriod: '2025年', sectionTitles: ['2025年工作回顾'], kind: 'YOY_GROWTH' },
    expected: { year: 2025, part: 'FULL_YEAR', status: 'ACTUAL' },
  },
  {
    file: report('北京市'),
    sentence: '过去五年，我们坚定疏解非首都功能，城乡建设用地规模减量约50平方公里，地区生产总值年均增长5.2%',
    metric: '地区生产总值年均增长5.2%',
    input: { ...work2026('2026-01-12'), period: '过去五年', sectionPeriod: '“十四五”时期', kind: 'YOY_GROWTH' },
    expected: { year: null, part: 'PLAN_PERIOD', plan: '十四五', status: 'ACTUAL' },
  },
  {
    file: report('北京市'),
    sentence: '今年经济社会发展主要预期目标是：地区生产总值增长5%左右',
    metric: '地区生产总值增长5%左右',
    input: { ...work2026('2026-01-12'), period: '2026年', sectionPeriod: '2026年', sectionTitles: ['2026年重点工作'], kind: 'TARGET' },
    expected: { year: 2026, part: 'FULL_YEAR', status: 'TARGET' },
  },
  // a period-less metric takes its section's period (the 2025 review), not the report's
  {
    file: report('天津市'),
    sentence: '全市地区生产总值增长4.8%，一般公共预算收入增长4.1%。',
    metric: '全市地区生产总值增长4.8%',
    input: { ...work2026('2026-01-25'), period: null, sectionPeriod: '2025年', kind: 'YOY_GROWTH' },
    expected: { year: 2025, part: 'FULL_YEAR', status: 'ACTUAL' },
  },
  // 左右 in a review is a result, not a goal
  {
    file: report('辽宁省'),
    sentence: '沿海经济带协同效应显现，海洋生产总值增长6%左右，大连迈入万亿级城市。',
    metric: '海洋生产总值增长6%左右',
    input: { ...work2026('2026-01-21'), period: '2025年', sectionPeriod: '2025年', sectionTitles: ['2025年和“十四五”时期工作回顾'], kind: 'YOY_GROWTH' },
    expected: { year: 2025, part: 'FULL_YEAR', status: 'ACTUAL' },
  },
  // 全年 in the 2025 review is 2025; 预计 before the metric makes it a forecast
  {
    file: report('广东省'),
    sentence: '预计全年接待游客9.6亿人次、增长10.3%，旅游总收入1.24万亿元、增长12',
    metric: '旅游总收入1.24万亿元',
    input: { ...work2026('2026-01-26'), period: '全年', sectionPeriod: '2025年', kind: 'LEVEL' },
    expected: { year: 2025, part: 'FULL_YEAR', status: 'ESTIMATE' },
  },
  // 预计 after the metric is about something else
  {
    file: SEED,
    sentence: '下达支持学前教育发展资金11.3亿元,预计今年新增77所公办幼儿园',
    metric: '下达支持学前教育发展资金11.3亿元',
    input: { ...seed, period: '2023年1—6月', sectionTitles: ['1—6月计划执行情况'], kind: 'LEVEL' },
    expected: { year: 2023, part: 'H1', months: [1, 6], status: 'ACTUAL' },
  },
  // the five-year plan ahead: a target by date even without a goal word
  {
    file: report('新疆维吾尔自治区'),
    sentence: '建议“十五五”时期地区生产总值增速目标设定为年均增长5.5%—6%',
    metric: '年均增长5.5%—6%',
    input: { ...work2026('2026-01-26'), period: '“十五五”时期', sectionPeriod: '“十五五”时期', kind: 'YOY_GROWTH' },
    expected: { year: null, part: 'PLAN_PERIOD', plan: '十五五', status: 'TARGET' },
  },
  {
    file: report('浙江省'),
    sentence: '到2030年，我省经济实力、科技实力、综合竞争力大幅跃升，人均地区生产总值接近发达经济体水平，全社会研发投入强度达到3.5%以上',
    metric: '全社会研发投入强度达到3.5%以上',
    input: { ...work2026('2026-01-27'), period: '2030年', sectionPeriod: '“十五五”时期', kind: 'SHARE' },
    expected: { year: 2030, part: 'FULL_YEAR', status: 'TARGET' },
  },
  // a plan-section figure for the report's own year without any goal word: not over yet, so a plan
  {
    file: report('辽宁省'),
    sentence: '全省经济社会发展的主要预期目标是：地区生产总值增长4.5%左右，在实际工作中努力争取更好结果，一般公共预算收入增长2.5%左右，城镇新增就业45万人以上',
    metric: '城镇新增就业45万人以上',
    input: { ...work2026('2026-01-21'), period: '2026年', sectionPeriod: '2026年', kind: 'LEVEL' },
    expected: { year: 2026, part: 'FULL_YEAR', status: 'TARGET' },
  },
  // 累计: a running total
  {
    file: report('内蒙古自治区'),
    sentence: '单位GDP能耗累计下降18%',
    metric: '单位GDP能耗累计下降18%',
    input: { ...work2026('2026-01-27'), period: '累计', sectionPeriod: '“十四五”时期', kind: 'YOY_GROWTH' },
    expected: { year: null, part: 'CUMULATIVE', status: 'ACTUAL' },
  },
  // relative words count from the report year
  {
    file: report('辽宁省'),
    sentence: '去年常住人口省际净流入4.5万人',
    metric: '常住人口省际净流入4.5万人',
    input: { ...work2026('2026-01-21'), period: '去年', kind: 'LEVEL' },
    expected: { year: 2025, part: 'FULL_YEAR', status: 'ACTUAL' },
  },
  // parts of a year written without a year belong to the section's year
  {
    file: report('云南省'),
    sentence: '接续实施一季度良好开局、夏季攻势、百日攻坚等行动',
    metric: '一季度',
    input: { ...work2026('2026-02-03'), period: '一季度', sectionPeriod: '2025年', kind: 'LEVEL' },
    expected: { year: 2025, part: 'Q1', months: [1, 3], status: 'ACTUAL' },
  },
  {
    file: report('贵州省'),
    sentence: '针对三季度经济增速回落的情况',
    metric: '三季度',
    input: { ...work2026('2026-01-28'), period: '三季度', sectionPeriod: '2025年', kind: 'LEVEL' },
    expected: { year: 2025, part: 'Q3', months: [7, 9], status: 'ACTUAL' },
  },
];

/** Period texts as written, read alone (the seed: a 2023 half-year report). */
const texts: [string, Partial<StructuredPeriod>][] = [
  ['2023年1—6月', { year: 2023, part: 'H1', months: [1, 6] }],
  ['2023年上半年', { year: 2023, part: 'H1', months: [1, 6] }],
  ['1—3月', { year: 2023, part: 'Q1', months: [1, 3] }],
  ['4-6月', { year: 2023, part: 'Q2', months: [4, 6] }],
  ['前三季度', { year: 2023, part: 'MONTHS', months: [1, 9] }],
  ['下半年', { year: 2023, part: 'MONTHS', months: [7, 12] }],
  ['10月', { year: 2023, part: 'MONTHS', months: [10, 10] }],
  ['四季度', { year: 2023, part: 'Q4', months: [10, 12] }],
  ['2022年', { year: 2022, part: 'FULL_YEAR' }],
  ['2023年年底', { year: 2023, part: 'FULL_YEAR' }],
  ['1—12月', { year: 2023, part: 'FULL_YEAR' }],
  ['“十四五”时期', { year: null, part: 'PLAN_PERIOD', plan: '十四五' }],
  ['十三五期间', { year: null, part: 'PLAN_PERIOD', plan: '十三五' }],
  ['累计', { year: null, part: 'CUMULATIVE' }],
];

describe('structuredPeriod', () => {
  it.each(rows)('quotes $file verbatim: $sentence', ({ file, sentence, metric }) => {
    expect(fs.readFileSync(path.join(REPORTS, file), 'utf8')).toContain(sentence);
    expect(sentence).toContain(metric);
  });

  it.each(rows)('reads $metric as $expected.year $expected.part $expected.status', ({ sentence, metric, input, expected }) => {
    expect(structuredPeriod({ ...input, sentence, offset: sentence.indexOf(metric) })).toEqual(expected);
  });

  it.each(texts)('reads %s', (period, expected) => {
    expect(structuredPeriod({ ...seed, period })).toMatchObject(expected);
  });

  it('uses the report period when neither the metric nor its section has one', () => {
    expect(structuredPeriod({ ...seed, period: null })).toEqual({ year: 2023, part: 'H1', months: [1, 6], status: 'ACTUAL' });
    expect(structuredPeriod({ reportYear: 2026, period: null })).toEqual({ year: 2026, part: 'FULL_YEAR', status: 'TARGET' });
  });

  it('reads 五年来 as the plan that just ended only in a year that opens a new one', () => {
    expect(structuredPeriod({ reportYear: 2026, period: '五年来' })).toMatchObject({ part: 'PLAN_PERIOD', plan: '十四五', status: 'ACTUAL' });
    expect(structuredPeriod({ reportYear: 2024, period: '五年来' })).toMatchObject({ year: null, part: 'CUMULATIVE' });
  });

  it('without a date treats a whole-year report as given when its year opens', () => {
    expect(structuredPeriod({ reportYear: 2026, reportPeriod: '2026年', period: '2025年' }).status).toBe('ACTUAL');
    expect(structuredPeriod({ reportYear: 2026, reportPeriod: '2026年', period: '2026年上半年' }).status).toBe('TARGET');
  });

  it('takes a goal word for a target only in a plan section (the seed, 二、下一步工作打算)', () => {
    // the extractor dates these plans with the report's own period; 确保 and the plan title make them goals
    const sentence = '抓好高校毕业生等青年群体就业,增加高校毕业生岗位供给,重点筹集适合高校毕业生的市场化岗位100万个以上、政策性岗位11万个以上,开展高校毕业生“113(至少1次政策宣传、1次职业指导、推荐3个就业岗位)”就业服务,确保今年年底高校毕业生就业率达到90%以上。';
    expect(fs.readFileSync(path.join(REPORTS, SEED), 'utf8')).toContain(sentence);
    const base = { ...seed, period: '2023年1—6月', kind: 'COUNT', sentence, offset: sentence.indexOf('市场化岗位100万个以上') };
    expect(structuredPeriod({ ...base, sectionTitles: ['下一步工作打算', '全力稳就业'] }).status).toBe('TARGET');
    expect(structuredPeriod({ ...base, sectionTitles: ['1—6月计划执行情况'] }).status).toBe('ACTUAL');
  });
});
