import { PolicyBrandRule } from '../../../../src/ingest/rules/policy/PolicyBrandRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const brand = (text: string, start: number) => ({ text, start, end: start + text.length, name: text, fields: { kind: 'PROGRAM' } });

const matches: TableRow[] = [
  // 北京 2026: the clause ends after the brand
  { fragment: '加快绿色转型，全面建设美丽北京；', expected: [brand('美丽北京', 11)] },
  // 黑龙江 2026: a province's literary name (policy-brand-places.txt)
  { fragment: '建设高水平健康龙江，推动人民生活品质', expected: [brand('健康龙江', 5)] },
  // 浙江 2026: 品牌 after it
  { fragment: '全力推进绿色低碳发展，美丽浙江品牌进一步擦亮。', expected: [brand('美丽浙江', 11)] },
  // 吉林 2026: two brands joined by 和
  { fragment: '建设更高水平平安吉林和法治吉林。', expected: [brand('平安吉林', 6), brand('法治吉林', 11)] },
];

const nonMatches: string[] = [
  // 广东 2026: 安康 is a city, not a province: a wish, no programme
  '人民幸福安康、社会和谐稳定',
  // 福建 2026: a brand running on into an event's name
  '办好第九届数字中国建设峰会',
  // 上海 2026: a zone's name (PolicyNamedRule's), the brand runs on
  '打造长三角美丽中国先行区。',
];

describe('PolicyBrandRule', () => ruleTable(PolicyBrandRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
