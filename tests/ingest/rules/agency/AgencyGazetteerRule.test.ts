import { expectExtracts, expectNothing } from '../../harness';
import { AgencyGazetteerRule } from '../../../../src/ingest/rules/agency/AgencyGazetteerRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports. Offsets are relative to the fragment (passage.start = 0).
const matches: TableRow[] = [
  // 新疆 2026: the Production and Construction Corps by its short name
  {"fragment":"树立“兵地一盘棋”思想，全力支持兵团改革发展，完善兵","expected":[{"text":"兵团","start":16,"end":18,"name":"新疆生产建设兵团","fields":{"kind":"GOVERNMENT"}}]},
  // 河南 2026, 广东 2026: the national exchanges by their short names
  {"fragment":"设国家数据要素综合试验区，支持郑商所品种工具创新，促进要","expected":[{"text":"郑商所","start":15,"end":18,"name":"郑州商品交易所","fields":{"kind":"OTHER"}}]},
  {"fragment":"区域股权交易市场扩容提质，支持广期所完善期货品种体系，鼓","expected":[{"text":"广期所","start":15,"end":18,"name":"广州期货交易所","fields":{"kind":"OTHER"}}]},
  // 吉林 2026, 云南 2026: international organisations that act on a province, by full name or short form
  { fragment: '个国家公园之一。长白山获联合国教科文组织批准列入世界地质公园网络名录', expected: [{ text: '联合国教科文组织', start: 12, end: 20, name: '联合国教科文组织', fields: { kind: 'OTHER' } }] },
  { fragment: '盟最大的铁路口岸、首个经世卫组织认可的国际卫生机场', expected: [{ text: '世卫组织', start: 12, end: 16, name: '世界卫生组织', fields: { kind: 'OTHER' } }] },
  // seed line 3: 市政府 → 重庆市人民政府 with the report region
  {"fragment": "受市政府委托,现将", "expected": [{"text": "市政府", "start": 1, "end": 4, "name": "重庆市人民政府", "fields": {"kind": "GOVERNMENT"}}]},
  // seed line 2
  {"fragment": "市人大常委会:", "expected": [{"text": "市人大常委会", "start": 0, "end": 6, "name": "重庆市人大常委会", "fields": {"kind": "LEGISLATURE"}}]},
  // seed line 5
  {"fragment": "深入贯彻落实党中央、国务院的决策部署和市委工作安排", "expected": [{"text": "党中央", "start": 6, "end": 9, "name": "党中央", "fields": {"kind": "PARTY"}}, {"text": "国务院", "start": 10, "end": 13, "name": "国务院", "fields": {"kind": "GOVERNMENT"}}, {"text": "市委", "start": 19, "end": 21, "name": "中共重庆市委员会", "fields": {"kind": "PARTY"}}]},
  // seed line 21
  {"fragment": "总体方案获国家发展改革委批复", "expected": [{"text": "国家发展改革委", "start": 5, "end": 12, "name": "国家发展改革委", "fields": {"kind": "COMMISSION"}}]},
  // seed line 41: leftmost-longest, not 国务院
  {"fragment": "与国务院国资委签署战略合作框架协议", "expected": [{"text": "国务院国资委", "start": 1, "end": 7, "name": "国务院国资委", "fields": {"kind": "COMMISSION"}}]},
  // seed line 13: companies
  {"fragment": "中科曙光先进数据中心和华为人工智能计算中心", "expected": [{"text": "中科曙光", "start": 0, "end": 4, "name": "中科曙光", "fields": {"kind": "COMPANY"}}, {"text": "华为", "start": 11, "end": 13, "name": "华为", "fields": {"kind": "COMPANY"}}]},
  // seed line 26: SOE
  {"fragment": "国铁集团已完成", "expected": [{"text": "国铁集团", "start": 0, "end": 4, "name": "国铁集团", "fields": {"kind": "SOE"}}]},
  // the ministry stays when 部 ends the word (only 部门, 部分 … run on): 教育部、科技部 side by side
  {"fragment": "会同教育部、科技部联合认定", "expected": [{"text": "教育部", "start": 2, "end": 5, "name": "教育部", "fields": {"kind": "MINISTRY"}}, {"text": "科技部", "start": 6, "end": 9, "name": "科技部", "fields": {"kind": "MINISTRY"}}]},
  // bodies named by kind: corpus 2026 (中央企业 by its full name, a union list, the parties thanked)
  {"fragment": "深化与中央企业产业合作", "expected": [{"text": "中央企业", "start": 3, "end": 7, "name": "中央企业", "fields": {"kind": "SOE"}}]},
  {"fragment": "支持工会、共青团、妇联等开展", "expected": [{"text": "工会", "start": 2, "end": 4, "name": "工会", "fields": {"kind": "OTHER"}}, {"text": "共青团", "start": 5, "end": 8, "name": "共青团", "fields": {"kind": "OTHER"}}, {"text": "妇联", "start": 9, "end": 11, "name": "妇联", "fields": {"kind": "OTHER"}}]},
  // 宁夏 2026, 广西 2026: the government after its party committee, the shared level left out (these fragments run
  // as the seed report, a 市 report: both forms are kept as written)
  {"fragment": "方针，自治区党委、政府制定加快建设", "expected": [{"text": "自治区党委", "start": 3, "end": 8, "name": "自治区党委", "fields": {"kind": "PARTY"}}, {"text": "政府", "start": 9, "end": 11, "name": "自治区政府", "fields": {"kind": "GOVERNMENT"}}]},
  {"fragment": "激活创新动能。自治区党委、政府主要领导挂帅", "expected": [{"text": "自治区党委", "start": 7, "end": 12, "name": "自治区党委", "fields": {"kind": "PARTY"}}, {"text": "政府", "start": 13, "end": 15, "name": "自治区政府", "fields": {"kind": "GOVERNMENT"}}]},
  {"fragment": "向各民主党派、各人民团体", "expected": [{"text": "民主党派", "start": 2, "end": 6, "name": "民主党派", "fields": {"kind": "PARTY"}}, {"text": "人民团体", "start": 8, "end": 12, "name": "人民团体", "fields": {"kind": "OTHER"}}]},

  // 江苏 2026 and 天津 2026: the armed forces a report thanks
  {"fragment": "向驻苏人民解放军指战员、武警部队官兵", "expected": [{"text": "人民解放军", "start": 3, "end": 8, "name": "中国人民解放军", "fields": {"kind": "OTHER"}}, {"text": "武警部队", "start": 12, "end": 16, "name": "中国人民武装警察部队", "fields": {"kind": "OTHER"}}]},
  // 福建 2026: the fire and rescue service the same list thanks; 新疆 2026: the delegation the centre sends
  {"fragment": "部队官兵、公安干警和消防救援队伍，向", "expected": [{"text": "消防救援队伍", "start": 10, "end": 16, "name": "国家综合性消防救援队伍", "fields": {"kind": "OTHER"}}]},
  {"fragment": "习近平总书记亲率中央代表团出席自治区成立7", "expected": [{"text": "中央代表团", "start": 8, "end": 13, "name": "中央代表团", "fields": {"kind": "OTHER"}}]},
  // 宁夏 2026 (and fifteen other 2026 reports): the same forces written short, 解放军 and 武警官兵
  {"fragment":"界，向中央驻宁单位、驻宁解放军指战员、武警官兵和消防救援","expected":[{"text":"解放军","start":12,"end":15,"name":"中国人民解放军","fields":{"kind":"OTHER"}},{"text":"武警","start":19,"end":21,"name":"中国人民武装警察部队","fields":{"kind":"OTHER"}}]},
  // 安徽 2026, 辽宁 2026: the province's government by its level (kept as written in the seed report, a 市 report)
  {"fragment": "我代表省人民政府，向大会报告政府工作", "expected": [{"text": "省人民政府", "start": 3, "end": 8, "name": "省人民政府", "fields": {"kind": "GOVERNMENT"}}]},
  // 黑龙江 2026, 安徽 2026: with its level the congress or conference acts on its members' business
  {"fragment": "高质量办理省人大代表建议396件、省政协提案876件", "expected": [{"text": "省人大", "start": 5, "end": 8, "name": "省人大", "fields": {"kind": "LEGISLATURE"}}, {"text": "省政协", "start": 17, "end": 20, "name": "省政协", "fields": {"kind": "OTHER"}}]},
  // 吉林 2026, 青海 2026: a company's short name opening the name of what it builds
  {"fragment": "进中核汇能通榆、华电榆树、天楹辽", "expected": [{"text": "华电", "start": 8, "end": 10, "name": "中国华电", "fields": {"kind": "SOE"}}]},
  {"fragment": "云智算中心、新华三青海图灵小镇等相", "expected": [{"text": "新华三", "start": 6, "end": 9, "name": "新华三", "fields": {"kind": "COMPANY"}}]},
  // 宁夏 2026: 政府系统 opening its clause before a verb (past adverbs) is the government acting (the table reads fragments
  // as the seed report: its region names the government)
  {"fragment": "识示范区的意见。政府系统创建“五个纳入”决策机制", "expected": [{"text": "政府系统", "start": 8, "end": 12, "name": "重庆市人民政府", "fields": {"kind": "GOVERNMENT"}}]},
  {"fragment": "定局面持续巩固。政府系统牢牢把握铸牢中华", "expected": [{"text": "政府系统", "start": 8, "end": 12, "name": "重庆市人民政府", "fields": {"kind": "GOVERNMENT"}}]},
];

const nonMatches: string[] = [
  // 辽宁 2026, 云南 2026: elsewhere 政府系统 is the scope of a task or a qualifier, no acting body
  '，纵深推进政府系统党风廉政建设和反腐败斗争',
  '展的硬担当；政府系统一些干部创新意识不足',
  "召开重庆与央企携手合作", // seed line 41: 央企 is the category of firms, none of them acting (驻区央企, 无央企总部)
  "向各位人大代表、政协委员，向各民主", // 江苏 2026: the deputies and members, persons
  "向全体人大代表、政协委员，向各民主", // 北京 2026
  "资助残疾人大学生和困难残疾人家庭子女大学生", // 山西 2026: 人大 of 残疾人/大学生, a piece of two words
  "超大城市政府", // 城市政府 is not 市政府
  "北京东城区", // 京东 is not an alias
  "全国网上办事", // 国网 is not an alias
  "到期政府债券全部按时足额兑付，全省政府债务指标保持在合理区间。", // corpus 2026 湖北: 全省 + 政府债务, not 省政府
  "14所省属高职院校划转为省级教育部门主管", // corpus 2026 贵州: 教育部门 (education departments), not 教育部
  "推动科技部门、高校院所、产业部门共同", // corpus 2026 山西: 科技部门, not 科技部
  "落实市委农村工作会议精神", // seed line 34: the committee names the conference it holds, no agency of the sentence
  "按照省委经济工作会议部署", // 山东 2026, 江西 2026
];

// a report's own place before its local form is part of the body's name (the place is no mention of its own)
const ownNames: [string, string, string, string][] = [
  ['在中共湖南省委坚强领导下，锚定', '湖南省', '中共湖南省委', '中共湖南省委员会'], // 湖南 2026
  ['在中共上海市委的坚强领导下，攻坚', '上海市', '中共上海市委', '中共上海市委员会'], // 上海 2026
];

describe('AgencyGazetteerRule', () => {
  ruleTable(AgencyGazetteerRule, refinersOf('agency'), { matches, nonMatches, verb: 'finds' });
  it.each(ownNames)('reads %s in a %s report as %s', (text, region, span, name) => {
    expectExtracts(AgencyGazetteerRule, text, [{ text: span, start: text.indexOf(span), name }], { meta: { region } });
  });
  // 天津 2026: a congress and its standing committee, two bodies
  it('reads 市人大及其常委会 as the congress and its standing committee', () => {
    expectExtracts(AgencyGazetteerRule, '严格执行市人大及其常委会制定的法规', [
      { text: '市人大', start: 4, name: '天津市人民代表大会' },
      { text: '常委会', start: 9, name: '天津市人大常委会', fields: { kind: 'LEGISLATURE' } },
    ], { meta: { region: '天津市' } });
  });
  // the genre's title is place + 政府工作报告: the place is the mention, no body acts (新疆 2026, 山东 2026, line 1)
  it.each([['2026年新疆维吾尔自治区政府工作报告', '新疆维吾尔自治区'], ['2026年山东省政府工作报告', '山东省']])('ignores %s in a %s report', (text, region) => {
    expectNothing(AgencyGazetteerRule, text, { meta: { region } });
  });
});
