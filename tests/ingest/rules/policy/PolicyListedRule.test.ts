import { PolicyListedRule } from '../../../../src/ingest/rules/policy/PolicyListedRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Offsets are relative to the fragment (passage.start = 0).
const policy = (text: string, start: number, name: string, kind: string, noun: string) => ({
  text, start, end: start + text.length, name, fields: { kind, noun },
});

const matches: TableRow[] = [
  // 宁夏 2026: 工程 (flag acts) joins items that are acts, each a programme
  {"fragment":"深入推进中华优秀传统文化传承发展、文艺精品创优等工程，支持","expected":[{"text":"中华优秀传统文化传承发展","start":4,"end":16,"name":"中华优秀传统文化传承发展工程","fields":{"kind":"PROGRAM","noun":"工程"}},{"text":"文艺精品创优","start":17,"end":23,"name":"文艺精品创优工程","fields":{"kind":"PROGRAM","noun":"工程"}}]},
  // 河南 2026: an item between two 、 is whole though the segmenter cuts it inside (设备更新贷款)
  {"fragment":"大民间投资支持力度，优化实施服务业经营主体贷款、设备更新贷款、中小微企业贷款等贴息政策，进一步降低","expected":[{"text":"服务业经营主体贷款","start":14,"end":23,"name":"服务业经营主体贷款","fields":{"kind":"MEASURES","noun":"政策"}},{"text":"设备更新贷款","start":24,"end":30,"name":"设备更新贷款","fields":{"kind":"MEASURES","noun":"政策"}},{"text":"中小微企业贷款","start":31,"end":38,"name":"中小微企业贷款","fields":{"kind":"MEASURES","noun":"政策"}}]},
  // 黑龙江 2026: 行动计划 joins each item; 云南 2026: 开局 and 攻坚 end items, though 攻坚 also leads names
  {"fragment":"促进高质量充分就业。实施稳岗扩容提质、产业就业协同联动、创业带动就业扩容等行动计划。","expected":[{"text":"稳岗扩容提质","start":12,"end":18,"name":"稳岗扩容提质行动计划","fields":{"kind":"PROGRAM","noun":"行动计划"}},{"text":"产业就业协同联动","start":19,"end":27,"name":"产业就业协同联动行动计划","fields":{"kind":"PROGRAM","noun":"行动计划"}},{"text":"创业带动就业扩容","start":28,"end":36,"name":"创业带动就业扩容行动计划","fields":{"kind":"PROGRAM","noun":"行动计划"}}]},
  {"fragment":"增长政策32项，接续实施一季度良好开局、夏季攻势、百日攻坚等行动，经济向好","expected":[{"text":"一季度良好开局","start":12,"end":19,"name":"一季度良好开局行动","fields":{"kind":"PROGRAM","noun":"行动"}},{"text":"夏季攻势","start":20,"end":24,"name":"夏季攻势行动","fields":{"kind":"PROGRAM","noun":"行动"}},{"text":"百日攻坚","start":25,"end":29,"name":"百日攻坚行动","fields":{"kind":"PROGRAM","noun":"行动"}}]},
  // 广东 2026, 广西 2026: 领域 says the items are fields, so short ones count, each the reform of its field
  { fragment: '置综合改革试点。数字政府、财政等重点领域改革走在前列', expected: [policy('数字政府', 8, '数字政府改革', 'REFORM', '重点领域改革'), policy('财政', 13, '财政改革', 'REFORM', '重点领域改革')] },
  { fragment: '与管理运营，深化土地、户籍等重点领域改革，促进城', expected: [policy('土地', 8, '土地改革', 'REFORM', '重点领域改革'), policy('户籍', 11, '户籍改革', 'REFORM', '重点领域改革')] },
  // seed line 17: science programmes by field, the head joined to each item
  {"fragment":"技创新中心行动方案》,策划实施汽车软件、先进制造、先进材料等重大(重点)专项。推进重大","expected":[{"text":"汽车软件","start":15,"end":19,"name":"汽车软件重大(重点)专项","fields":{"kind":"PROGRAM","noun":"重大(重点)专项"}},{"text":"先进制造","start":20,"end":24,"name":"先进制造重大(重点)专项","fields":{"kind":"PROGRAM","noun":"重大(重点)专项"}},{"text":"先进材料","start":25,"end":29,"name":"先进材料重大(重点)专项","fields":{"kind":"PROGRAM","noun":"重大(重点)专项"}}]},
  // 浙江 2026: 机制 joins each item (守信激励机制); 和 joins the last
  {"fragment": "完善守信激励、失信惩戒和信用修复等机制。", "expected": [{"text": "守信激励", "start": 2, "end": 6, "name": "守信激励机制", "fields": {"kind": "SYSTEM", "noun": "机制"}}, {"text": "失信惩戒", "start": 7, "end": 11, "name": "失信惩戒机制", "fields": {"kind": "SYSTEM", "noun": "机制"}}, {"text": "信用修复", "start": 12, "end": 16, "name": "信用修复机制", "fields": {"kind": "SYSTEM", "noun": "机制"}}]},
  // 上海 2026: a quoted item is an item too; a verb after the head (进一步完善) leaves it the end of the name
  {"fragment": "信访工作法治化扎实推进，“三所联动”、市民热线等机制进一步完善。", "expected": [{"text": "“三所联动”", "start": 12, "end": 18, "name": "“三所联动”机制", "fields": {"kind": "SYSTEM", "noun": "机制"}}, {"text": "市民热线", "start": 19, "end": 23, "name": "市民热线机制", "fields": {"kind": "SYSTEM", "noun": "机制"}}]},
  // 上海 2026: an item may hold a quote (出入境便利“服务包”)
  {"fragment": "完善高潜力青年科技人才发现培养、出入境便利“服务包”、事业单位科研人员创新创业等政策，新集聚", "expected": [{"text": "高潜力青年科技人才发现培养", "start": 2, "end": 15, "name": "高潜力青年科技人才发现培养", "fields": {"kind": "MEASURES", "noun": "政策"}}, {"text": "出入境便利“服务包”", "start": 16, "end": 26, "name": "出入境便利“服务包”", "fields": {"kind": "MEASURES", "noun": "政策"}}, {"text": "事业单位科研人员创新创业", "start": 27, "end": 39, "name": "事业单位科研人员创新创业", "fields": {"kind": "MEASURES", "noun": "政策"}}]},
  // 北京 2026: three measures of one list, opened by 落实
  {
    fragment: '张家庭养老床位；落实育儿补贴、生育保险、生育休假等政策，支持',
    expected: [
      policy('育儿补贴', 10, '育儿补贴', 'MEASURES', '政策'),
      policy('生育保险', 15, '生育保险', 'MEASURES', '政策'),
      policy('生育休假', 20, '生育休假', 'MEASURES', '政策'),
    ],
  },
  // 江苏 2026: the programme head completes each item's name
  {
    fragment: '域综合治理。实施土壤污染源头防控、固体废物综合治理等行动，深化',
    expected: [
      policy('土壤污染源头防控', 8, '土壤污染源头防控行动', 'PROGRAM', '行动'),
      policy('固体废物综合治理', 17, '固体废物综合治理行动', 'PROGRAM', '行动'),
    ],
  },
  // 西藏 2026: reforms
  {
    fragment: '常态化沟通协商机制。深化零基预算、基层财政能力提升等改革。支持',
    expected: [
      policy('零基预算', 12, '零基预算改革', 'REFORM', '改革'),
      policy('基层财政能力提升', 17, '基层财政能力提升改革', 'REFORM', '改革'),
    ],
  },
  // 广东 2026: one item; 落实好 is one lead verb, no 好 on the name
  // 上海 2026: a purpose between 等 and the noun, every item a measure that hands out money or relief
  { fragment: '。实施育儿补贴、女职工产假社保补贴、生育友好岗等生育支持政策，完成', expected: [policy('育儿补贴', 3, '育儿补贴', 'MEASURES', '政策'), policy('女职工产假社保补贴', 8, '女职工产假社保补贴', 'MEASURES', '政策'), policy('生育友好岗', 18, '生育友好岗', 'MEASURES', '政策')] },
  // 山东 2026: and before a pilot, the pilot of each item
  { fragment: '深化科技企业并购贷款等国家试点。实施', expected: [policy('科技企业并购贷款', 2, '科技企业并购贷款试点', 'PILOT', '试点')] },
  { fragment: '方面加大研发投入。落实好研发费用加计扣除等政策，提升', expected: [policy('研发费用加计扣除', 12, '研发费用加计扣除', 'MEASURES', '政策')] },
];

const nonMatches: string[] = [
  // 天津 and 山东 2026: works listed before 等工程 (a phase, a railway, an irrigation district) are the project rules'
  '推动机场三期、京滨城际南段、津潍高铁等工程，加快',
  '水利方面，开工位山灌区现代化改造等工程，稳步推进',
  // 北京 2026, 湖北 2026: with a purpose between, items that are not measures are what the policies serve
  '完善文创园区建设、文化科技融合等支持政策',
  '推动贸易和投融资便利化、数据跨境流动等创新政策',
  // 山西 2026: a year and a level between 等 and the head; one-word fields (煤炭) name no programme
  '技项目。积极争取煤炭、智能电网等2030国家科技重大专项，实施',
  // seed line 10: the list's head noun runs on (政策补助), and 6585家 counts the employers
  '向6585家用人单位发放社保补贴等政策补助6亿元',
  // seed line 41: titles are PolicyTitleRule's, and the head runs on (政策文件)
  '印发《推动成渝地区双城经济圈市场一体化建设行动方案》等政策文件',
  // seed line 59: a quoted item is PolicyQuotedRule's
  '开展“支持市场主体发展36条”等政策评估问效',
  // 宁夏 2026: bare field words make a list of fields
  '深化住房公积金制度改革。优化社会保险、救助、福利、优抚等政策',
  // 贵州 2026: 支持 opens a list of what the policies serve
  '全面落实支持批发业、零售业、住宿业、餐饮业发展等政策措施。',
  // 河北 2026: 工程 is not a policy head (works)
  '推动机场三期、京滨城际南段、津潍高铁等工程',
];

describe('PolicyListedRule', () => ruleTable(PolicyListedRule, refinersOf('policy'), { matches, nonMatches, verb: 'finds' }));
