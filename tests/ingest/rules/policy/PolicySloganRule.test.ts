import { PolicySloganRule } from '../../../../src/ingest/rules/policy/PolicySloganRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Offsets are relative to the fragment (passage.start = 0).
const measure = (inner: string, start: number) => ({
  text: `“${inner}”`, start, end: start + inner.length + 2, name: inner, fields: { kind: 'MEASURES' },
});

const matches: TableRow[] = [
  // seed line 5: the body named right before the quote gives the programme, no verb needed (a priority's rank names it)
  {"fragment":",坚持以成渝地区双城经济圈建设市委“一号工程”为总抓手","expected":[{"text":"“一号工程”","start":17,"end":23,"name":"一号工程","fields":{"kind":"PROGRAM"}}]},
  // 辽宁 2026, 河南 2026: 坚持和发展 keeps a named practice in force
  {"fragment":"坚持和发展新时代“枫桥经验”，纵深推进信访工作法治化。","expected":[{"text":"“枫桥经验”","start":8,"end":14,"name":"枫桥经验","fields":{"kind":"MEASURES"}}]},
  {"fragment":"坚持和发展新时代“枫桥经验”，加强矛盾纠纷源头治理","expected":[{"text":"“枫桥经验”","start":8,"end":14,"name":"枫桥经验","fields":{"kind":"MEASURES"}}]},
  // seed line 10: a run of two quoted measures after 实现 gives two policies
  { fragment: '落实稳岗就业政策,8项政策实现“免申即享”“直补快办”,为28', expected: [measure('免申即享', 15), measure('直补快办', 21)] },
  // 新疆 2026: one measure after 推进
  { fragment: '持续推进“高效办成一件事”，办件量达302.8', expected: [measure('高效办成一件事', 4)] },
  // 安徽 2026: three quoted reforms in a run closed by 等
  {
    fragment: '深化“高效办成一件事”“综合查一次”“跨域通办”等改革，',
    expected: [measure('高效办成一件事', 2), measure('综合查一次', 11), measure('跨域通办', 18)],
  },
  // 湖南 2026: a place before the quote does not stop it; the later quote has no verb of its own
  { fragment: '江大保护三年行动，持续实施长江“十年禁渔”，保护好“千年鸟道”', expected: [measure('十年禁渔', 15)] },
  // 海南 2026: a reform of approval; the quote after the comma has no verb in its clause
  { fragment: '成海政通、海易办平台，全省实现“一枚印章管审批”，“高效办成一件事”', expected: [measure('一枚印章管审批', 15)] },
  // 湖南 and 宁夏 2026: a slogan ending in a programme or strategy head is of that kind
  { fragment: '进乡村全面振兴。大力实施“五千工程”，持之以恒', expected: [{ ...measure('五千工程', 12), fields: { kind: 'PROGRAM' } }] },
  { fragment: '步提升。全面实施“五大战略”，大力发', expected: [{ ...measure('五大战略', 8), fields: { kind: 'STRATEGY' } }] },
  // 黑龙江 2026, 甘肃 2026: a development goal that counts its parts, built (建设, 打造, 建好建强)
  {"fragment":"建好建强“三基地一屏障一高地”，因地制宜发展新质生产力","expected":[{"text":"“三基地一屏障一高地”","start":4,"end":15,"name":"三基地一屏障一高地","fields":{"kind":"MEASURES"}}]},
  {"fragment":"加快建设“六个龙江”、推进“八个振兴”，实现“十五五”良好开局","expected":[{"text":"“六个龙江”","start":4,"end":10,"name":"六个龙江","fields":{"kind":"MEASURES"}},{"text":"“八个振兴”","start":13,"end":19,"name":"八个振兴","fields":{"kind":"MEASURES"}}]},
  {"fragment":"委工作要求，致力建设“七地一屏一通道”，顶压前行、","expected":[{"text":"“七地一屏一通道”","start":10,"end":19,"name":"七地一屏一通道","fields":{"kind":"MEASURES"}}]},
];

const nonMatches: string[] = [
  // 安徽 2026, 青海 2026: built slogans that do not open with a count are rhetoric or brands
  '创新格局中的话语权。打造“世界一流、百年不衰”的合肥滨湖科',
  '体验游，打造祁连山岗什卡“人生第一座雪山”等核心IP，',
  // 福建 2026: a span of years in quotes is a time
  '保持社会和谐稳定，以昂扬奋进的“头年”推动实现稳中向好的“五年”。',
  // 河北 2026: an award a body gives is a result won, not a measure it puts in force
  '采补平衡，塞罕坝林场荣获联合国“土地生命奖”。',
  // 浙江 2026: the kind after 等 and a count makes the quote an app (project-quoted-list-heads.txt)
  '迭代建设“基层报表数据只报一次”等35个省级重大应用，关闭压缩“僵尸”应用',
  // 上海 2026, 福建 2026: the kind after the list's 等 says the quotes name places or facilities, not measures
  '推动张江科学城、“大零号湾”功能提升，深化“模速空间”、“模力社区”等创新生态示范区建设。',
  '务体系，深度优化“闽政通”、“闽执法”等平台，扎实',
  // 黑龙江 and 天津 2026: results achieved, not measures (a tally of good years, a milestone)
  '再创历史新高，实现“二十二连丰”。加快',
  '功，实现我区世界文化遗产“零的突破”；五',
  '外到位资金、常住人口实现“四个翻番”，磨憨',
  // 云南 and 福建 2026: principles upheld, not instruments
  '嘱托，坚决贯彻落实党中央“六个坚持”的重大原则',
  '务合作区。坚持和落实“两个毫不动摇”，深化国',
  // 黑龙江 2026: after the body that gives it the quote still modifies a noun (工作要求)
  '规律性认识，深入贯彻省委“六个坚持”工作要求',
  // 福建 2026: a principle the body upholds (the non-policy list), given by it or not
  '个坚持”的重大原则和省委“六个必须”的基本要求，突出抓好',
  // 云南 2026: a five-year-plan era, and a noun phrase follows the quote
  '谐稳定，确保“十五五”开好局起好步',
  // 吉林 2026: the quote modifies the next noun (白名单)
  '费管理，推行“无事不扰”白名单，实施无',
  // 北京 2026: the quote modifies 联动发展
  '技园区。深化“三城一区”联动发展，支持',
  // 云南 2026: 打造 makes a brand, not a measure in force
  '区品质。打造“彩云市集”，建设“一',
  // 上海 2026: 建设 builds a goal, not a measure in force
  '展，加快建设“五个中心”，统筹抓好',
  // seed line 42: a case a practice was chosen as is a result (policy-outcome-words.txt: 案例)
  '贸易创新发展试点“最佳实践案例”。着力',
  // seed line 63: a quoted platform is a project, not a measure in force
  '区总部支持政策,升级“外商投资企业智慧服务云平台”,举办进博会',
];

describe('PolicySloganRule', () => ruleTable(PolicySloganRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
