import { PolicyTitleRule } from '../../../../src/ingest/rules/policy/PolicyTitleRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports. Offsets are relative to the fragment (passage.start = 0).
const matches: TableRow[] = [
  // seed line 20: year range kept in the title
  {"fragment": "印发实施《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》,在唱好", "expected": [{"text": "《重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)》", "start": 4, "end": 38, "name": "重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)", "fields": {"kind": "PLAN", "title": "重庆市推动成渝地区双城经济圈建设行动方案(2023—2027年)", "yearRange": "2023—2027", "count": null, "draft": false}}]},
  // seed line 15: ends in 政策, 十条 → count 10
  {"fragment": "出台《重庆市支持食品及农产品加工产业高质量发展十条政策》,签约", "expected": [{"text": "《重庆市支持食品及农产品加工产业高质量发展十条政策》", "start": 2, "end": 28, "name": "重庆市支持食品及农产品加工产业高质量发展十条政策", "fields": {"kind": "MEASURES", "title": "重庆市支持食品及农产品加工产业高质量发展十条政策", "yearRange": null, "count": 10, "draft": false}}]},
  // seed line 8: 政策包
  {"fragment": "更新发布《重庆市稳经济政策包》,惠企金额", "expected": [{"text": "《重庆市稳经济政策包》", "start": 4, "end": 15, "name": "重庆市稳经济政策包", "fields": {"kind": "MEASURES", "title": "重庆市稳经济政策包", "yearRange": null, "count": null, "draft": false}}]},
  // seed line 27
  {"fragment": "贯彻落实《扩大内需战略规划纲要(2022—2035年)》,推动", "expected": [{"text": "《扩大内需战略规划纲要(2022—2035年)》", "start": 4, "end": 28, "name": "扩大内需战略规划纲要(2022—2035年)", "fields": {"kind": "PLAN", "title": "扩大内需战略规划纲要(2022—2035年)", "yearRange": "2022—2035", "count": null, "draft": false}}]},
  // seed line 21: a title that closes on a quoted nickname
  {"fragment": "印发《重庆市先进制造业发展“渝西跨越计划”(2023—2027年)》《渝西地区", "expected": [{"text": "《重庆市先进制造业发展“渝西跨越计划”(2023—2027年)》", "start": 2, "end": 34, "name": "重庆市先进制造业发展“渝西跨越计划”(2023—2027年)", "fields": {"kind": "PLAN", "title": "重庆市先进制造业发展“渝西跨越计划”(2023—2027年)", "yearRange": "2023—2027", "count": null, "draft": false}}]},
  // seed line 40: LIST
  {"fragment": "激发市场活力,印发《重庆市2023年优化营商环境激发市场活力重点任务清单》,推出", "expected": [{"text": "《重庆市2023年优化营商环境激发市场活力重点任务清单》", "start": 9, "end": 37, "name": "重庆市2023年优化营商环境激发市场活力重点任务清单", "fields": {"kind": "LIST", "title": "重庆市2023年优化营商环境激发市场活力重点任务清单", "yearRange": null, "count": null, "draft": false}}]},
  // seed line 60: REGULATION
  {"fragment": "完成《市属国有重点企业主要负责人经营业绩考核办法》和", "expected": [{"text": "《市属国有重点企业主要负责人经营业绩考核办法》", "start": 2, "end": 25, "name": "市属国有重点企业主要负责人经营业绩考核办法", "fields": {"kind": "REGULATION", "title": "市属国有重点企业主要负责人经营业绩考核办法", "yearRange": null, "count": null, "draft": false}}]},
  // corpus 山东省: full-width brackets normalised, draft
  {"fragment": "审议《山东省国民经济和社会发展第十五个五年规划纲要（草案）》", "expected": [{"text": "《山东省国民经济和社会发展第十五个五年规划纲要（草案）》", "start": 2, "end": 30, "name": "山东省国民经济和社会发展第十五个五年规划纲要(草案)", "fields": {"kind": "PLAN", "title": "山东省国民经济和社会发展第十五个五年规划纲要(草案)", "yearRange": null, "count": null, "draft": true}}]},
  // corpus: a law
  {"fragment": "贯彻《民营经济促进法》", "expected": [{"text": "《民营经济促进法》", "start": 2, "end": 11, "name": "民营经济促进法", "fields": {"kind": "LAW", "title": "民营经济促进法", "yearRange": null, "count": null, "draft": false}}]},
  // corpus 浙江省
  {"fragment": "出台《关于支持浙江大学加快迈向世界一流大学前列的若干措施》", "expected": [{"text": "《关于支持浙江大学加快迈向世界一流大学前列的若干措施》", "start": 2, "end": 29, "name": "关于支持浙江大学加快迈向世界一流大学前列的若干措施", "fields": {"kind": "MEASURES", "title": "关于支持浙江大学加快迈向世界一流大学前列的若干措施", "yearRange": null, "count": null, "draft": false}}]},
];

const nonMatches: string[] = [
  "《人民日报》", // a newspaper: no policy noun
  "《长津湖》", // a film
  "《现代汉语词典》", // a book
  "审查《纲要（草案）》和《建议》", // corpus: back-references with no name of their own
  "《政府工作报告》", // the report itself: 报告 is not a policy noun
  "《实施办法》", // corpus: generic, on policy-non-policy-titles.txt
];

describe('PolicyTitleRule', () => ruleTable(PolicyTitleRule, refinersOf('policy'), { matches, nonMatches, verb: 'keeps' }));
