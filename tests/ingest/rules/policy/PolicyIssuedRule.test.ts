import { PolicyIssuedRule } from '../../../../src/ingest/rules/policy/PolicyIssuedRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports. Offsets are relative to the fragment (passage.start = 0).
const matches: TableRow[] = [
  // 浙江 2026, 贵州 2026: a purpose (促进…, 支持…), 的 and a policy noun name the package, whatever verb stands before
  {"fragment":"会救助体系。完善促进人口长期均衡发展的政策措施。实","expected":[{"text":"促进人口长期均衡发展的政策措施","start":8,"end":23,"name":"促进人口长期均衡发展的政策措施","fields":{"kind":"MEASURES","title":"促进人口长期均衡发展的政策措施","yearRange":null,"count":null,"draft":false}}]},
  {"fragment":"实国务院关于支持贵州在新时代西部大开发上闯新路的意见，将围","expected":[{"text":"支持贵州在新时代西部大开发上闯新路的意见","start":6,"end":26,"name":"支持贵州在新时代西部大开发上闯新路的意见","fields":{"kind":"OPINION","title":"支持贵州在新时代西部大开发上闯新路的意见","yearRange":null,"count":null,"draft":false}}]},
  // seed line 7
  {"fragment": "召开推动民营经济高质量发展大会,出台促进民营经济高质量发展实施意见,努力", "expected": [{"text": "促进民营经济高质量发展实施意见", "start": 18, "end": 33, "name": "促进民营经济高质量发展实施意见", "fields": {"kind": "OPINION", "title": "促进民营经济高质量发展实施意见", "yearRange": null, "count": null, "draft": false}}]},
  // seed line 12: unquoted N条政策措施 → count 23
  {"fragment": "印发实施加力振作工业经济23条政策措施,持续", "expected": [{"text": "加力振作工业经济23条政策措施", "start": 4, "end": 19, "name": "加力振作工业经济23条政策措施", "fields": {"kind": "MEASURES", "title": "加力振作工业经济23条政策措施", "yearRange": null, "count": 23, "draft": false}}]},
  // seed line 41
  {"fragment": "制定出台重庆推进基础设施REITs产业发展12条措施,两江新区", "expected": [{"text": "重庆推进基础设施REITs产业发展12条措施", "start": 4, "end": 26, "name": "重庆推进基础设施REITs产业发展12条措施", "fields": {"kind": "MEASURES", "title": "重庆推进基础设施REITs产业发展12条措施", "yearRange": null, "count": 12, "draft": false}}]},
  // seed line 22
  {"fragment": "印发推进以区县城为重要载体的城镇化建设实施方案,持续", "expected": [{"text": "推进以区县城为重要载体的城镇化建设实施方案", "start": 2, "end": 23, "name": "推进以区县城为重要载体的城镇化建设实施方案", "fields": {"kind": "PLAN", "title": "推进以区县城为重要载体的城镇化建设实施方案", "yearRange": null, "count": null, "draft": false}}]},
  // seed line 63
  {"fragment": "研究制定鼓励跨国公司设立地区总部支持政策,升级", "expected": [{"text": "鼓励跨国公司设立地区总部支持政策", "start": 4, "end": 20, "name": "鼓励跨国公司设立地区总部支持政策", "fields": {"kind": "MEASURES", "title": "鼓励跨国公司设立地区总部支持政策", "yearRange": null, "count": null, "draft": false}}]},
  // seed line 63: 支持政策 closes an untitled name without a count
  {"fragment": "研究制定鼓励跨国公司设立地区总部支持政策,升级", "expected": [{"text": "鼓励跨国公司设立地区总部支持政策", "start": 4, "end": 20, "name": "鼓励跨国公司设立地区总部支持政策", "fields": {"kind": "MEASURES", "title": "鼓励跨国公司设立地区总部支持政策", "yearRange": null, "count": null, "draft": false}}]},
  // corpus 2026 辽宁: counted 政策举措
  {"fragment": "出台促进高质量充分就业18条政策举措，开展", "expected": [{"text": "促进高质量充分就业18条政策举措", "start": 2, "end": 18, "name": "促进高质量充分就业18条政策举措", "fields": {"kind": "MEASURES", "title": "促进高质量充分就业18条政策举措", "yearRange": null, "count": 18, "draft": false}}]},
];

const nonMatches: string[] = [
  // 上海 2026, 内蒙古 2026: a purpose and 的 before no policy noun
  '链长”作用，支持高水平研究型大学和科研院所探索使命导向的组织管理体系，支持科',
  '各界人士，向所有关心支持内蒙古发展的朋友们，表',
  "全面落实稳岗就业政策,8项政策", // seed line 10: 落实 is not a lead verb
  "制定通道产业发展策略,推动", // seed line 58: no policy noun
  "出台一批政策措施,", // a generic object
  "出台的存量政策和增量政策", // corpus: generic head 的…
  "制定《数字重庆建设总体方案》和8个子方案", // seed line 39: titles belong to the title rule
  "研究制定城乡居民增收政策，增强居民消费能力", // corpus 2026 北京: an uncounted bare 政策 is policies of a sort
  "实施消费品以旧换新，出台节假日促进消费政策，清理消费领域", // corpus 2026 陕西: same
  "出台促进外贸稳增长等措施，出口增长", // corpus 2026 天津: 等 closes a list of examples
  "雪旅游“百日行动”，出台支持演艺和赛事经济发展等增量政策。", // corpus 2026 黑龙江: same
  "有序发展低空经济，制定各行业场景应用推广方案，完善", // corpus 2026 内蒙古: 各 (one per trade) is generic
];

describe('PolicyIssuedRule', () => ruleTable(PolicyIssuedRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
