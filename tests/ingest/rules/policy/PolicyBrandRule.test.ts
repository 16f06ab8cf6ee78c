import { PolicyBrandRule } from '../../../../src/ingest/rules/policy/PolicyBrandRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const brand = (text: string, start: number) => ({ text, start, end: start + text.length, name: text, fields: { kind: 'PROGRAM' } });

const matches: TableRow[] = [
  // 北京 2026 (贵州 2026 the same): the schools and hospitals of the safety campaign
  {"fragment":"出违法犯罪，持续推进平安校园、平安医院建设，严防","expected":[{"text":"平安校园","start":10,"end":14,"name":"平安校园","fields":{"kind":"PROGRAM"}},{"text":"平安医院","start":15,"end":19,"name":"平安医院","fields":{"kind":"PROGRAM"}}]},
  // 北京 2026: the clause ends after the brand
  { fragment: '加快绿色转型，全面建设美丽北京；', expected: [brand('美丽北京', 11)] },
  // 黑龙江 2026: a province's literary name (policy-brand-places.txt)
  { fragment: '建设高水平健康龙江，推动人民生活品质', expected: [brand('健康龙江', 5)] },
  // 浙江 2026: 品牌 after it
  { fragment: '全力推进绿色低碳发展，美丽浙江品牌进一步擦亮。', expected: [brand('美丽浙江', 11)] },
  // 吉林 2026: two brands joined by 和
  { fragment: '建设更高水平平安吉林和法治吉林。', expected: [brand('平安吉林', 6), brand('法治吉林', 11)] },
  // 浙江 2026: a brand right after another
  { fragment: '（六）聚焦统筹发展和安全，打造更高水平平安浙江法治浙江。', expected: [brand('平安浙江', 19), brand('法治浙江', 23)] },
  // 海南 2026: kinds of place national campaigns build (policy-brand-settings.txt), in a list closed by 建设
  { fragment: '高质量推进美丽海湾、美丽河湖、幸福河湖建设，争创国家优秀案例。', expected: [brand('美丽海湾', 5), brand('美丽河湖', 10), brand('幸福河湖', 15)] },
  // 青海 2026: 建设 after a kind of place
  { fragment: '美丽城镇建设覆盖全省93%的建制镇，', expected: [brand('美丽城镇', 0)] },
];

const nonMatches: string[] = [
  // 广东 2026: 安康 is a city, not a province: a wish, no programme
  '人民幸福安康、社会和谐稳定',
  // 福建 2026: a brand running on into an event's name
  '办好第九届数字中国建设峰会',
  // 上海 2026: a zone's name (PolicyNamedRule's), the brand runs on
  '打造长三角美丽中国先行区。',
  // 吉林 2026: rivers counted, not the campaign
  '建设幸福河湖10条（段）',
  // 宁夏 2026: a rate's subject, and a zone's name
  '美丽河湖建成率达到30%以上',
  '“两山”实践创新基地和美丽乡村先行区',
];

describe('PolicyBrandRule', () => ruleTable(PolicyBrandRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
