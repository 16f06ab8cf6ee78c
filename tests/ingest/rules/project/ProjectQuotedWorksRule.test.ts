import { ProjectQuotedWorksRule } from '../../../../src/ingest/rules/project/ProjectQuotedWorksRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text from seeds/reports. Offsets are relative to the fragment.
const matches: TableRow[] = [
  // 山东 2026: a double dash sets off an apposition, so the name is what follows it
  {"fragment":"国内首个风光火储一体化工程——陇东到山东特高压直流工程投运。鲁豫","expected":[{"text":"陇东到山东特高压直流工程","start":15,"end":27,"name":"陇东到山东特高压直流工程","fields":{"kind":"OTHER","status":"IN_OPERATION","statusText":"投运","section":null}}]},
  // 黑龙江 2026: a phase between the quote and 工程 is part of the works' name
  {"fragment":"和修复。推进“三北”六期工程建设，科学开","expected":[{"text":"“三北”六期工程","start":6,"end":14,"name":"“三北”六期工程","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}}]},
  // corpus 2026 青海: built and put into service right after the name → works, not a programme
  {"fragment": "玉树3县5乡“大电网建设+微电网改造”工程建成投运，新改建农村公路4000公里", "expected": [{"text": "“大电网建设+微电网改造”工程", "start": 6, "end": 21, "name": "“大电网建设+微电网改造”工程", "fields": {"kind": "OTHER", "status": "COMPLETED", "statusText": "建成", "section": null}}]},
  // seed line 44: building measured in land → ecological works without 工程
  {"fragment": "加强生态修复和系统治理,完成“两岸青山·千里林带”建设38.3万亩,统筹推进", "expected": [{"text": "“两岸青山·千里林带”", "start": 14, "end": 25, "name": "“两岸青山·千里林带”", "fields": {"kind": "OTHER", "status": null, "statusText": null, "section": null}}]},
  // corpus 2026 吉林 and 青海: works under construction (建设 right after the name, here measured in land) or in phases
  // (六期) are works too
  {
    fragment: '科学开展国土绿化，推进“三北”工程建设10万亩、沙化土地治理9万亩。',
    expected: [{ text: '“三北”工程', start: 11, end: 17, name: '“三北”工程', fields: { kind: 'OTHER', status: 'UNDER_CONSTRUCTION', statusText: '建设', section: null } }],
  },
  {
    fragment: '护支持体系建设，“三北”工程六期完成年度攻坚任务',
    expected: [{ text: '“三北”工程', start: 8, end: 14, name: '“三北”工程', fields: { kind: 'OTHER', status: null, statusText: null, section: null } }],
  },
  // 甘肃 2026: unquoted works with a status right after the name, each its own project
  {
    fragment: '水蓄能电站，陇电入鲁工程建成投运，陇电入浙工程开工建设，陇',
    expected: [
      { text: '陇电入鲁工程', start: 6, end: 12, name: '陇电入鲁工程', fields: { kind: 'OTHER', status: 'COMPLETED', statusText: '建成', section: null } },
      { text: '陇电入浙工程', start: 17, end: 23, name: '陇电入浙工程', fields: { kind: 'OTHER', status: 'STARTED', statusText: '开工建设', section: null } },
    ],
  },
  // 江苏 2026: a phase before 工程 makes works whatever follows
  {
    fragment: '座，改扩建一批机场，淮河入海水道二期工程启动实施，苏',
    expected: [{ text: '淮河入海水道二期工程', start: 10, end: 20, name: '淮河入海水道二期工程', fields: { kind: 'OTHER', status: null, statusText: null, section: null } }],
  },
  // 新疆 2026: an ordinal corridor of a quoted programme is one line of it, whatever follows
  {"fragment":"加快推进“疆电外送”第四通道、将军庙至淖毛湖铁路增建二线","expected":[{"text":"“疆电外送”第四通道","start":4,"end":14,"name":"“疆电外送”第四通道","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"加快推进","section":null}}]},
];

const nonMatches: string[] = [
  // 北京 2026: an ordinal batch of a programme's villages is no corridor
  '进和美乡村建设。开展“百千工程”第三批示范村、示范片区',
  // 陕西 2026: an unquoted 工程 carried out (实施), no status after it: a programme
  '实施陕南污水处理提质增效工程。',
  "高质量推进“两重”建设，", // corpus 2026: a programme's 建设 with no land or length measured
  "有序推进“好房子”建设和现房销售制，提", // corpus 2026: the same, followed by another item
  "深入实施“东数西算”工程，优化调整“算力券”政策", // corpus 2026: a programme is carried out (实施), not built
  "持续实施青少年“筑基”工程，讲好中华民族共同体故事", // corpus 2026: no status word after the name
  "加快推进胶东地区清洁供暖“一张网”工程。", // corpus 2026 山东: 推进 before the name is no built status
];

describe('ProjectQuotedWorksRule', () => ruleTable(ProjectQuotedWorksRule, refinersOf('project'), { matches, nonMatches, verb: 'extracts' }));
