import { RegionNaturalFeatureRule } from '../../../../src/ingest/rules/region/RegionNaturalFeatureRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of the 2026 provincial reports. Offsets are relative to the fragment (passage.start = 0).
const feature = (text: string, start: number) => ({ text, start, end: start + text.length, name: text, fields: { level: 'natural_area', parent: null, code: null } });

const matches: TableRow[] = [
  // 陕西, 吉林 and 甘肃 2026: major mountain ranges named on their own (长白山 the range, not 白山市)
  {"fragment":"万座增加到14.3万座。秦岭、黄河流域、南水","expected":[{"text":"秦岭","start":12,"end":14,"name":"秦岭","fields":{"level":"natural_area","parent":null,"code":null}}]},
  {"fragment":"首批5个国家公园之一。长白山获联合国教科文组","expected":[{"text":"长白山","start":11,"end":14,"name":"长白山","fields":{"level":"natural_area","parent":null,"code":null}}]},
  {"fragment":"深化生态保护修复。加强祁连山生态保护常态长效","expected":[{"text":"祁连山","start":11,"end":14,"name":"祁连山","fields":{"level":"natural_area","parent":null,"code":null}}]},
  // 云南 2026: lakes jieba does not know, set off as a list; a river before its stretch
  { fragment: '居全国第1位。杞麓湖、异龙湖实现脱劣，赤水河（云南省段）入选', expected: [feature('杞麓湖', 7), feature('异龙湖', 11), feature('赤水河', 19)] },
  // seed line 43, 甘肃 2026, 山西 2026: a reach of a river is an area, whether jieba reads it as one word or two
  { fragment: '建设,进一步筑牢长江上游重要生态屏障。召', expected: [feature('长江上游', 8)] },
  { fragment: '复工程全面完成，黄河上游水源涵养补给量增', expected: [feature('黄河上游', 8)] },
  { fragment: '和综合交通枢纽、黄河中游和华北地区生态屏', expected: [feature('黄河中游', 8)] },
  // 湖南 2026: a lake jieba tags as a place
  { fragment: '推进洞庭湖总磷污染控制与削减', expected: [feature('洞庭湖', 2)] },
  // 河北 2026: a lake of the north China plain, named 淀
  { fragment: '巩固提升白洋淀生态环境治理成效', expected: [feature('白洋淀', 4)] },
  // 黑龙江 2026: the province and the city 牡丹江 are the gazetteer's
  { fragment: '战胜黑龙江、乌苏里江、牡丹江等流域洪水', expected: [feature('乌苏里江', 6)] },
  // 北京 2026: 母亲河 names no one river
  { fragment: '永定河入选全国母亲河复苏行动', expected: [feature('永定河', 0)] },
  // 吉林 2026
  { fragment: '建设松花江等主要江河砂基砂', expected: [feature('松花江', 2)] },
  // 陕西, 贵州 and 安徽 2026: a major river or lake jieba reads as one word counts at two characters
  { fragment: '保持黄河干流Ⅱ类水质，开展渭河、无定河等环境治理提升。', expected: [feature('黄河', 2), feature('渭河', 13), feature('无定河', 16)] },
  { fragment: '全面推进乌江、清水江、赤水河、都柳江、草海等重点', expected: [feature('乌江', 4), feature('清水江', 7), feature('赤水河', 11), feature('都柳江', 15), feature('草海', 19)] },
  { fragment: '深入推进长江、淮河、新安江、大运河等保护治理', expected: [feature('长江', 4), feature('淮河', 7), feature('新安江', 10)] },
  // 湖北 2026: rivers listed with rivers
  { fragment: '深化长江、汉江、清江等重点流域跨区域', expected: [feature('长江', 2), feature('汉江', 5), feature('清江', 8)] },
  // 云南 2026, 新疆 2026: lakes and seas named 海 (阳宗海, 波罗的海); 海南 2026: the poles by their two-character names
  {"fragment":"（昭通段）、独龙江、阳宗海入选全国美丽河湖","expected":[{"text":"独龙江","start":6,"end":9,"name":"独龙江","fields":{"level":"natural_area","parent":null,"code":null}},{"text":"阳宗海","start":10,"end":13,"name":"阳宗海","fields":{"level":"natural_area","parent":null,"code":null}}]},
  {"fragment":"输班列，开通首条直通波罗的海、南非的国际货运","expected":[{"text":"波罗的海","start":10,"end":14,"name":"波罗的海","fields":{"level":"natural_area","parent":null,"code":null}}]},
  {"fragment":"“探索三号”科考船搭载“奋斗者”号在北极载人深潜科考成功","expected":[{"text":"北极","start":18,"end":20,"name":"北极","fields":{"level":"natural_area","parent":null,"code":null}}]},
];

const nonMatches: string[] = [
  '四五”时期的发展积淀', // 甘肃 2026: 积淀 (accumulation) is a word, no lake
  // 内蒙古 2026, 山东 2026: 上游 after no river is a rank, and 海上游 is a boat tour
  '区生产总值稳居全国上游、居民收',
  '车、“半岛1号”海上游等旅游产',
  // 江苏, 江西 and 福建 2026: a major lake or river that names laboratories, a new area or a college
  '苏州实验室获批全面展开建设，紫金山、太湖、钟山、云龙湖等实验室加快建',
  '系基本形成。南昌、赣江新区、九江三地联席会议',
  '大学获批设置临床医学本科专业，闽江学院更名大学工作顺利推进',
  // 北京 2026: the feature opens the name of a site
  '推进琉璃河遗址申遗',
  // 云南 2026: two-character common words
  '宗海入选全国美丽河湖优秀案例',
];

describe('RegionNaturalFeatureRule', () => ruleTable(RegionNaturalFeatureRule, refinersOf('region'), { matches, nonMatches, verb: 'finds' }));
