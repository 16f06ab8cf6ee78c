import { PolicyQuotedRule } from '../../../../src/ingest/rules/policy/PolicyQuotedRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports. Offsets are relative to the fragment (passage.start = 0).
const matches: TableRow[] = [
  // 浙江 2026, 福建 2026: building what a quoted slogan names is the programme, 建设 right after the quote
  {"fragment":"结对帮扶等机制，提升双向“发展飞地”建设质效。高质量推进","expected":[{"text":"“发展飞地”建设","start":12,"end":20,"name":"“发展飞地”建设","fields":{"kind":"PROGRAM","title":"“发展飞地”建设","yearRange":null,"count":null,"draft":false}}]},
  {"fragment":"水面积比例达94.6%，“无废城市”建设全域推进。福州获","expected":[{"text":"“无废城市”建设","start":12,"end":20,"name":"“无废城市”建设","fields":{"kind":"PROGRAM","title":"“无废城市”建设","yearRange":null,"count":null,"draft":false}}]},
  // 陕西 2026: unless a plan follows that the building only qualifies
  {"fragment":"科技人才一体化发展。实施“双一流”建设突破计划和优质本科扩容工","expected":[{"text":"“双一流”建设突破计划","start":12,"end":23,"name":"“双一流”建设突破计划","fields":{"kind":"PROGRAM","title":"“双一流”建设突破计划","yearRange":null,"count":null,"draft":false}}]},
  // 山东 2026, 贵州 2026: a priority's rank names the programme it ranks; 做强 ends the qualifier as 做实 does
  {"fragment":"更好统筹发展和安全，持续做强工业经济“头号工程”，组织实施“十大工","expected":[{"text":"工业经济“头号工程”","start":14,"end":24,"name":"工业经济“头号工程”","fields":{"kind":"PROGRAM","title":"工业经济“头号工程”","yearRange":null,"count":null,"draft":false}}]},
  {"fragment":"进大抓产业、大抓项目、大抓招商经济工作“头号工程”，创新实施重大项目","expected":[{"text":"“头号工程”","start":19,"end":25,"name":"头号工程","fields":{"kind":"PROGRAM","title":"头号工程","yearRange":null,"count":null,"draft":false}}]},
  // seed line 8: a quoted name ending in 政策措施
  {"fragment": "出台“支持市场主体发展36条政策措施”,更新发布", "expected": [{"text": "“支持市场主体发展36条政策措施”", "start": 2, "end": 19, "name": "支持市场主体发展36条政策措施", "fields": {"kind": "MEASURES", "title": "支持市场主体发展36条政策措施", "yearRange": null, "count": 36, "draft": false}}]},
  // seed line 8: slogan + 系列政策文件
  {"fragment": "制定11大类36项“提信心、稳增长、强主体”系列政策文件,出台", "expected": [{"text": "“提信心、稳增长、强主体”系列政策文件", "start": 9, "end": 28, "name": "“提信心、稳增长、强主体”系列政策文件", "fields": {"kind": "DOCUMENT", "title": "“提信心、稳增长、强主体”系列政策文件", "yearRange": null, "count": null, "draft": false}}]},
  // seed line 13: slogan + 行动计划
  {"fragment": "实施软件和信息服务业“满天星”行动计划,评选", "expected": [{"text": "“满天星”行动计划", "start": 10, "end": 19, "name": "“满天星”行动计划", "fields": {"kind": "PROGRAM", "title": "“满天星”行动计划", "yearRange": null, "count": null, "draft": false}}]},
  // seed line 10: listed slogans share the programme noun
  {"fragment": "深入实施“就在山城”“渝创渝新”等就业创业促进计划,组织", "expected": [{"text": "“就在山城”", "start": 4, "end": 10, "name": "“就在山城”", "fields": {"kind": "PROGRAM", "title": "“就在山城”", "yearRange": null, "count": null, "draft": false, "category": "就业创业促进计划"}}, {"text": "“渝创渝新”", "start": 10, "end": 16, "name": "“渝创渝新”", "fields": {"kind": "PROGRAM", "title": "“渝创渝新”", "yearRange": null, "count": null, "draft": false, "category": "就业创业促进计划"}}]},
  // 黑龙江 2026, 福建 2026: quotes joined by 和 share the noun as quotes side by side do
  {"fragment":"政务服务增值化改革，拓展“免证办”“全程网办”和“全省通办”服务事项，加快","expected":[{"text":"“免证办”","start":12,"end":17,"name":"“免证办”服务","fields":{"kind":"PROGRAM","title":"“免证办”服务","yearRange":null,"count":null,"draft":false}},{"text":"“全程网办”","start":17,"end":23,"name":"“全程网办”服务","fields":{"kind":"PROGRAM","title":"“全程网办”服务","yearRange":null,"count":null,"draft":false}},{"text":"“全省通办”服务","start":24,"end":32,"name":"“全省通办”服务","fields":{"kind":"PROGRAM","title":"“全省通办”服务","yearRange":null,"count":null,"draft":false}}]},
  {"fragment":"实现台胞在闽“一网通查”和“全网通办”服务，设立","expected":[{"text":"“一网通查”","start":6,"end":12,"name":"“一网通查”服务","fields":{"kind":"PROGRAM","title":"“一网通查”服务","yearRange":null,"count":null,"draft":false}},{"text":"“全网通办”服务","start":13,"end":21,"name":"“全网通办”服务","fields":{"kind":"PROGRAM","title":"“全网通办”服务","yearRange":null,"count":null,"draft":false}}]},
  // 福建 2026: but across a 、 building (建设) is the last item's own, not the others'
  {"fragment":"扎实抓好“高效办成一件事”、“数据最多采一次”、“无证明省份”建设等改革，持续","expected":[{"text":"“无证明省份”建设","start":24,"end":33,"name":"“无证明省份”建设","fields":{"kind":"PROGRAM","title":"“无证明省份”建设","yearRange":null,"count":null,"draft":false}}]},
  // seed line 28
  {"fragment": "深入实施“抓项目促投资”专项行动。", "expected": [{"text": "“抓项目促投资”专项行动", "start": 4, "end": 16, "name": "“抓项目促投资”专项行动", "fields": {"kind": "PROGRAM", "title": "“抓项目促投资”专项行动", "yearRange": null, "count": null, "draft": false}}]},
  // seed line 42: slogan + descriptor + 行动
  {"fragment": "实施“百团千企”国际市场开拓行动,推动", "expected": [{"text": "“百团千企”国际市场开拓行动", "start": 2, "end": 16, "name": "“百团千企”国际市场开拓行动", "fields": {"kind": "PROGRAM", "title": "“百团千企”国际市场开拓行动", "yearRange": null, "count": null, "draft": false}}]},
  // seed line 49: the quoted name itself ends in 专项行动
  {"fragment": "持续开展“健康中国重庆行动15+2专项行动”,开工", "expected": [{"text": "“健康中国重庆行动15+2专项行动”", "start": 4, "end": 22, "name": "健康中国重庆行动15+2专项行动", "fields": {"kind": "PROGRAM", "title": "健康中国重庆行动15+2专项行动", "yearRange": null, "count": null, "draft": false}}]},
  // corpus: slogan + 政策 → MEASURES
  {"fragment": "落实“两新”政策", "expected": [{"text": "“两新”政策", "start": 2, "end": 8, "name": "“两新”政策", "fields": {"kind": "MEASURES", "title": "“两新”政策", "yearRange": null, "count": null, "draft": false}}]},
  // corpus 浙江省: listed programmes
  {"fragment": "深入开展“走找想促”“送解优”等行动", "expected": [{"text": "“走找想促”", "start": 4, "end": 10, "name": "“走找想促”", "fields": {"kind": "PROGRAM", "title": "“走找想促”", "yearRange": null, "count": null, "draft": false, "category": "行动"}}, {"text": "“送解优”", "start": 10, "end": 15, "name": "“送解优”", "fields": {"kind": "PROGRAM", "title": "“送解优”", "yearRange": null, "count": null, "draft": false, "category": "行动"}}]},
  // corpus 2026 浙江: two nouns that overlap (支持政策 + 政策体系) make one
  {"fragment": "健全“婚生养教”一体化支持政策体系，", "expected": [{"text": "“婚生养教”一体化支持政策体系", "start": 2, "end": 17, "name": "“婚生养教”一体化支持政策体系", "fields": {"kind": "DOCUMENT", "title": "“婚生养教”一体化支持政策体系", "yearRange": null, "count": null, "draft": false}}]},
  // corpus 2026 甘肃: a count before the quotes, but the programme has a subject (甘肃)
  {"fragment": "6676家企业参与“万企兴万村”甘肃行动。", "expected": [{"text": "“万企兴万村”甘肃行动", "start": 9, "end": 20, "name": "“万企兴万村”甘肃行动", "fields": {"kind": "PROGRAM", "title": "“万企兴万村”甘肃行动", "yearRange": null, "count": null, "draft": false}}]},
  // 青海 2026, 内蒙古 2026: inside quotes a count before a descriptor is part of the name
  {"fragment":"”“补偿心理”，倾力推动“七项惠民行动”，动真碰硬","expected":[{"text":"“七项惠民行动”","start":12,"end":20,"name":"七项惠民行动","fields":{"kind":"PROGRAM","title":"七项惠民行动","yearRange":null,"count":null,"draft":false}}]},
  {"fragment":"京蒙协作“六个倍增计划”成效显著","expected":[{"text":"“六个倍增计划”","start":4,"end":12,"name":"六个倍增计划","fields":{"kind":"PROGRAM","title":"六个倍增计划","yearRange":null,"count":null,"draft":false}}]},
  // corpus 2026 新疆: an era with a subject is a document
  {"fragment": "编制实施“十五五”碳达峰行动方案，完善碳排放双控制度机制", "expected": [{"text": "“十五五”碳达峰行动方案", "start": 4, "end": 16, "name": "“十五五”碳达峰行动方案", "fields": {"kind": "PLAN", "title": "“十五五”碳达峰行动方案", "yearRange": null, "count": null, "draft": false}}]},
  // corpus 2026 贵州: the qualifier before the quote is part of the name, from the lead verb 实施 on
  {"fragment": "持续实施农村义务教育学生营养改善计划“提质行动”，营养餐质量明显提升。", "expected": [{"text": "农村义务教育学生营养改善计划“提质行动”", "start": 4, "end": 24, "name": "农村义务教育学生营养改善计划“提质行动”", "fields": {"kind": "PROGRAM", "title": "农村义务教育学生营养改善计划“提质行动”", "yearRange": null, "count": null, "draft": false}}]},
  // corpus 2026: 升级 closes the noun phrase and is no lead verb
  {"fragment": "实施产业提质升级“1+9”行动和12个重点产业稳增长方案", "expected": [{"text": "产业提质升级“1+9”行动", "start": 2, "end": 15, "name": "产业提质升级“1+9”行动", "fields": {"kind": "PROGRAM", "title": "产业提质升级“1+9”行动", "yearRange": null, "count": null, "draft": false}}]},
  // corpus 2026: the housing trade-in policy is not the consumer-goods one
  {"fragment": "推进“好房子”建设，落实住房“以旧换新”政策，开展物业服务质量提升行动", "expected": [{"text":"“好房子”建设","start":2,"end":9,"name":"“好房子”建设","fields":{"kind":"PROGRAM","title":"“好房子”建设","yearRange":null,"count":null,"draft":false}}, {"text": "住房“以旧换新”政策", "start": 12, "end": 22, "name": "住房“以旧换新”政策", "fields": {"kind": "MEASURES", "title": "住房“以旧换新”政策", "yearRange": null, "count": null, "draft": false}}]},
  // corpus 2026 湖南: a lead verb right before the quote leaves no qualifier
  {"fragment": "纵深推进“智赋万企”行动，新增智能制造企业1585家", "expected": [{"text": "“智赋万企”行动", "start": 4, "end": 12, "name": "“智赋万企”行动", "fields": {"kind": "PROGRAM", "title": "“智赋万企”行动", "yearRange": null, "count": null, "draft": false}}]},
  // corpus 2026 甘肃: a qualifier ending in a facility word is the project's own name (天水机场), not the programme's
  {"fragment": "开工建设平凉机场，完成天水机场“盖被子”工程，推进兰州铁路枢纽优化提升工程", "expected": [{"text": "“盖被子”工程", "start": 15, "end": 22, "name": "“盖被子”工程", "fields": {"kind": "PROGRAM", "title": "“盖被子”工程", "yearRange": null, "count": null, "draft": false}}]},
  // 云南 2026 and seed line 65: a named service right after its quote (服务, an after-quote noun); a gloss in brackets
  // inside the quote is left out of the name
  {
    fragment: '做好“一老一小”普惠服务。统筹医',
    expected: [{ text: '“一老一小”普惠服务', start: 2, end: 12, name: '“一老一小”普惠服务', fields: { kind: 'PROGRAM', title: '“一老一小”普惠服务', yearRange: null, count: null, draft: false } }],
  },
  {
    fragment: ',开展高校毕业生“113(至少1次政策宣传、1次职业指导、推荐3个就业岗位)”就业服务,确保今',
    expected: [{ text: '高校毕业生“113(至少1次政策宣传、1次职业指导、推荐3个就业岗位)”就业服务', start: 3, end: 43, name: '高校毕业生“113”就业服务', fields: { kind: 'PROGRAM', title: '高校毕业生“113”就业服务', yearRange: null, count: null, draft: false } }],
  },
  // 湖北 and 山西 2026: several quoted names on one noun are several policies, each named with the noun (a national
  // policy of policy-names.txt before it, “人工智能+”“数据要素×”行动, keeps its own name: PolicyGazetteerRule's)
  {
    fragment: '作机制，深化“拨改投”“补转股”改革，健',
    expected: [
      { text: '“拨改投”', start: 6, end: 11, name: '“拨改投”改革', fields: { kind: 'PROGRAM', title: '“拨改投”改革', yearRange: null, count: null, draft: false } },
      { text: '“补转股”改革', start: 11, end: 18, name: '“补转股”改革', fields: { kind: 'PROGRAM', title: '“补转股”改革', yearRange: null, count: null, draft: false } },
    ],
  },
  {
    fragment: '据市场。实施“人工智能+”“数据要素×”行动',
    expected: [{ text: '“数据要素×”行动', start: 13, end: 22, name: '“数据要素×”行动', fields: { kind: 'PROGRAM', title: '“数据要素×”行动', yearRange: null, count: null, draft: false } }],
  },
  // 辽宁 2026: a noun that must stand right after the quote (改革) is passed over further on; the name reads on
  {"fragment":"省以下财政体制改革。开展国企“三能”机制改革攻坚专项行动，省属","expected":[{"text":"国企“三能”机制改革攻坚专项行动","start":12,"end":28,"name":"国企“三能”机制改革攻坚专项行动","fields":{"kind":"PROGRAM","title":"国企“三能”机制改革攻坚专项行动","yearRange":null,"count":null,"draft":false}}]},
];

const nonMatches: string[] = [
  // 福建 2026: building a facility the slogan names is the facility's works (a project); 甘肃 2026: building a
  // national policy is that policy (“两重”, PolicyGazetteerRule's)
  '历史展示溯源工程，完善“台胞寻根平台”建设，强化闽台',
  '年度计划28%。争取国家“两重”建设任务162项',
  // 贵州, 北京 and 陕西 2026: 服务 ending a quote is a slogan's word; after a long descriptor it is a new clause's
  '再层层举办，围绕“资源、客源、服务”三大要素',
  '造更有温度的“北京服务”。扩大“高效',
  '以实干出政绩。以“高效办成一件事”为抓手优化政务服务，真心实',
  // 内蒙古 2026: 服务 inside a word (服务站) names the station, a project
  '40万人次，新建“家门口”就业服务站500个',
  // corpus 2026 吉林, 新疆: a quoted 工程 under construction, its building measured in land, is works (ProjectQuotedWorksRule's)
  '科学开展国土绿化，推进“三北”工程建设10万亩、沙化土地治理9万亩。',
  '生态环境不断改善，完成“三北”工程建设任务6063万亩，全长',
  // 青海 2026: a college's field of study (专业群), not a works programme
  '12所，青海职业技术大学“道路与桥梁工程”专业群入选国家级',
  "8项政策实现“免申即享”“直补快办”,为", // seed line 10: slogans without a noun
  "以成渝地区双城经济圈建设市委“一号工程”为总抓手", // seed line 5: no noun after the quote (PolicySloganRule's)
  "打表推进“十项行动”“四重清单”。", // seed line 21: counts, not names
  "制定出台“技改贷”等支持政策,促进", // seed line 61: a loan product listed before a policy noun
  "深入实施“风光水火”等多能互补工程", // corpus: 工程 after 等 lists energy sources
  "“九五”普法", // corpus: 法 after a slogan is a campaign, not a law
  "《重庆市高新技术企业和科技型企业“双倍增”行动计划(2023—2027年)》", // seed line 18: quotes inside a title belong to the title rule
  "建成20个高速公路“开口子”工程。", // corpus 2026 甘肃: counted works, not the programme
  "先后荣获“五个一工程”奖、文华奖", // corpus 2026 宁夏: an award named after a programme
  "13部作品获全国“五个一工程”奖。", // corpus 2026 山东
  "新增46家高新技术“精英行动”企业，", // corpus 2026 海南: counted firms
  "严格落实“全国一张清单”管理模式，加强公平竞争审查刚性约束", // corpus 2026 福建: the noun modifies 管理模式
  "坚持全区“一张图”统一规划管理、“一盘棋”", // corpus 2026 宁夏: the noun modifies 管理
  "“四级”为省、市、县、乡，“三类”指总体规划、详细规划和专项规划。", // corpus 2026 江西: 指 is a gloss's verb
  "工作主要是围绕自治区党委“1571”工作部署细化举措、抓好落实。", // corpus 2026 内蒙古: 细化举措 is a verb phrase
  "今年是实施“十五五”规划的开局之年。", // corpus 2026 贵州: the era's plan by reference
  "高质量编制“十五五”专项规划。", // corpus 2026 青海: the era's special plans, a generic head
  "抓好“三北”六期等重大生态工程，完成", // corpus 2026 河北: 等 closes a list, the noun names a kind
  "玉树3县5乡“大电网建设+微电网改造”工程建成投运", // corpus 2026 青海: works built and put into service, ProjectQuotedWorksRule's
];

describe('PolicyQuotedRule', () => ruleTable(PolicyQuotedRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
