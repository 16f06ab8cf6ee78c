import { expectMetrics, type ExpectedMetric } from './expectMetrics';

// Fragments of 2026 provincial work reports (seeds/reports/2026-<province>-government-work-report.txt), run through
// every metric rule and refiner: a 城乡 subject with two values and no 分别 is the urban and the rural series.
const workReport2026 = { year: 2026, period: null };

const matches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'two levels after 和 (内蒙古)',
    text: '城乡低保标准提高到每月815元和615元',
    expected: [
      { rule: 'metric.amount', text: '城乡低保标准提高到每月815元', start: 0, end: 15, fields: { subject: '城镇低保标准提高到每月', value: 815, unit: '元', kind: 'LEVEL' } },
      { rule: 'metric.amount', text: '和615元', start: 15, end: 20, fields: { subject: '农村低保标准提高到每月', value: 615, unit: '元', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'two growth rates after 、: the second takes the growth kind of the first (新疆)',
    text: '城乡居民人均可支配收入年均增长5.3%、8.1%',
    expected: [
      { rule: 'metric.change', text: '城乡居民人均可支配收入年均增长5.3%', start: 0, end: 19, fields: { subject: '城镇居民人均可支配收入', value: 5.3, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.share', text: '8.1%', start: 20, end: 24, fields: { subject: '农村居民人均可支配收入', value: 8.1, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
  {
    name: 'full-width percent signs (陕西)',
    text: '城乡居民人均收入年均增长5.3％、7.7％',
    expected: [
      { rule: 'metric.change', text: '城乡居民人均收入年均增长5.3％', start: 0, end: 16, fields: { subject: '城镇居民人均收入', value: 5.3, unit: '%', kind: 'YOY_GROWTH' } },
      { rule: 'metric.share', text: '7.7％', start: 17, end: 21, fields: { subject: '农村居民人均收入', value: 7.7, unit: '%', kind: 'YOY_GROWTH' } },
    ],
  },
];

const nonMatches: { name: string; text: string; expected: ExpectedMetric[] }[] = [
  {
    name: 'a from–to pair of one scheme is one series (贵州)',
    text: '城乡居民基础养老金最低标准从98元/月提高到178元/月',
    expected: [
      { rule: 'metric.amount', text: '城乡居民基础养老金最低标准从98元/月', start: 0, end: 19, fields: { subject: '城乡居民基础养老金最低标准', value: 98, unit: '元/月', kind: 'LEVEL' } },
      { rule: 'metric.amount', text: '提高到178元/月', start: 19, end: 28, fields: { subject: '城乡居民基础养老金最低标准', value: 178, unit: '元/月', kind: 'LEVEL' } },
    ],
  },
  {
    name: 'one value of a 城乡 subject is one number for both (宁夏)',
    text: '城乡居民基本医保人均补助标准提高到700元',
    expected: [
      { rule: 'metric.amount', text: '城乡居民基本医保人均补助标准提高到700元', start: 0, end: 21, fields: { subject: '城乡居民基本医保人均补助标准', value: 700, unit: '元', kind: 'LEVEL' } },
    ],
  },
];

describe('MetricUrbanRuralRefiner', () => {
  it.each(matches)('splits $name', ({ text, expected }) => expectMetrics(text, expected, workReport2026));
  it.each(nonMatches)('leaves whole $name', ({ text, expected }) => expectMetrics(text, expected, workReport2026));
});
