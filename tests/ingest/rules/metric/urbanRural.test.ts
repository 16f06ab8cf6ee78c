import { loadLexicon } from '../../../../src/ingest';
import { metricLexicon } from '../../../../src/ingest/rules/metric/metricLexicon';
import { urbanRuralPair } from '../../../../src/ingest/rules/metric/urbanRural';

const ml = metricLexicon(loadLexicon());

// Subjects written before two values in the 2026 provincial work reports, and the urban and rural series they name.
const rows: { report: string; subject: string; expected: [string, string] | null }[] = [
  // must split: one measure for the urban and the rural side, urban first
  { report: '内蒙古自治区 城乡低保标准提高到每月815元和615元', subject: '城乡低保标准提高到每月', expected: ['城镇低保标准提高到每月', '农村低保标准提高到每月'] },
  { report: '新疆维吾尔自治区 城乡居民人均可支配收入年均增长5.3%、8.1%', subject: '城乡居民人均可支配收入', expected: ['城镇居民人均可支配收入', '农村居民人均可支配收入'] },
  { report: '陕西省 城乡居民人均收入年均增长5.3％、7.7％', subject: '城乡居民人均收入', expected: ['城镇居民人均收入', '农村居民人均收入'] },
  // must not split: one scheme for urban and rural residents alike, or no 城乡 subject
  { report: '贵州省 城乡居民基础养老金最低标准从98元/月提高到178元/月', subject: '城乡居民基础养老金最低标准', expected: null },
  { report: '宁夏回族自治区 城乡居民基本医保人均补助标准提高到700元', subject: '城乡居民基本医保人均补助标准', expected: null },
  { report: '新疆维吾尔自治区 其中农村居民人均可支配收入首次突破2万元', subject: '农村居民人均可支配收入', expected: null },
];

describe('urbanRuralPair', () => {
  it.each(rows)('$report: $subject', ({ subject, expected }) => expect(urbanRuralPair(subject, ml)).toEqual(expected));
});
