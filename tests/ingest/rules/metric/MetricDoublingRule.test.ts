import { expectMetrics, type ExpectedMetric } from './expectMetrics';

const workReport2026 = { year: 2026, period: null };

// Corpus: 2026 work reports (province in the name).
const matches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: '翻一番 after its subject (新疆维吾尔自治区)',
    text: '研发投入翻一番，高新技术企业',
    expected: [{ rule: 'metric.doubling', text: '研发投入翻一番', start: 0, end: 7, fields: { subject: '研发投入', value: 1, unit: '番', kind: 'CHANGE', valueText: '翻一番' } }],
  },
  {
    name: 'a base year before it (上海市)',
    text: '人均地区生产总值比2020年翻一番，基本建成',
    expected: [{ rule: 'metric.doubling', text: '人均地区生产总值比2020年翻一番', start: 0, end: 17, fields: { subject: '人均地区生产总值', value: 1, unit: '番', base: '2020年' } }],
  },
  {
    name: '翻两番 is two doublings (天津市)',
    text: '每千人口托位数较2020年翻两番，新增医疗',
    expected: [{ rule: 'metric.doubling', text: '每千人口托位数较2020年翻两番', start: 0, end: 16, fields: { subject: '每千人口托位数', value: 2, unit: '番', base: '2020年' } }],
  },
  {
    name: 'a base period in quotes (吉林省)',
    text: '营业收入较“十三五”末期翻一番',
    expected: [{ rule: 'metric.doubling', text: '营业收入较“十三五”末期翻一番', start: 0, end: 15, fields: { subject: '营业收入', value: 1, unit: '番', base: '“十三五”末期' } }],
  },
  {
    name: 'a target under 力争 (甘肃省)',
    text: '贸易结构趋于优化，力争外贸进出口总值翻一番。',
    expected: [{ rule: 'metric.doubling', text: '外贸进出口总值翻一番', start: 11, end: 21, fields: { subject: '外贸进出口总值', value: 1, unit: '番', kind: 'TARGET' } }],
  },
  {
    name: 'a bare 翻番 lends its subject to the figure after it and is none itself (湖南省)',
    text: '突破9000家，高新技术企业数量实现翻番、达1.8万家。',
    expected: [{ rule: 'metric.amount', text: '达1.8万家', start: 21, end: 27, fields: { subject: '高新技术企业数量', value: 1.8, unit: '万家' } }],
  },
];

const nonMatches = [
  '实施“收入翻番”计划', // inside a quoted name
  '翻一番', // no subject before it
  '升至第9位，对外投资总额实现翻番，开放型', // 安徽省: a bare 翻番 writes no number
  '力争储能规模实现翻番。', // 宁夏回族自治区
  '省属规上企业工业总产值、利润均实现翻一番', // 甘肃省: a list before it; the last item alone would be a wrong subject
];

describe('MetricDoublingRule', () => {
  it.each(matches)('extracts $name', ({ text, expected }) => expectMetrics(text, expected, workReport2026));
  it.each(nonMatches)('ignores %s', (text) => expectMetrics(text, [], workReport2026));
});
