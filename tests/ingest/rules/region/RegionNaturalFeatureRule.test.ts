import { RegionNaturalFeatureRule } from '../../../../src/ingest/rules/region/RegionNaturalFeatureRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of the 2026 provincial reports. Offsets are relative to the fragment (passage.start = 0).
const feature = (text: string, start: number) => ({ text, start, end: start + text.length, name: text, fields: { level: 'natural_area', parent: null, code: null } });

const matches: TableRow[] = [
  // 云南 2026: lakes jieba does not know, set off as a list; a river before its stretch
  { fragment: '居全国第1位。杞麓湖、异龙湖实现脱劣，赤水河（云南省段）入选', expected: [feature('杞麓湖', 7), feature('异龙湖', 11), feature('赤水河', 19)] },
  // seed line 43, 甘肃 2026, 山西 2026: a reach of a river is an area, whether jieba reads it as one word or two
  { fragment: '建设,进一步筑牢长江上游重要生态屏障。召', expected: [feature('长江上游', 8)] },
  { fragment: '复工程全面完成，黄河上游水源涵养补给量增', expected: [feature('黄河上游', 8)] },
  { fragment: '和综合交通枢纽、黄河中游和华北地区生态屏', expected: [feature('黄河中游', 8)] },
  // 湖南 2026: a lake jieba tags as a place
  { fragment: '推进洞庭湖总磷污染控制与削减', expected: [feature('洞庭湖', 2)] },
  // 黑龙江 2026: the province and the city 牡丹江 are the gazetteer's
  { fragment: '战胜黑龙江、乌苏里江、牡丹江等流域洪水', expected: [feature('乌苏里江', 6)] },
  // 北京 2026: 母亲河 names no one river
  { fragment: '永定河入选全国母亲河复苏行动', expected: [feature('永定河', 0)] },
  // 吉林 2026
  { fragment: '建设松花江等主要江河砂基砂', expected: [feature('松花江', 2)] },
  // 湖北 2026: rivers listed with rivers
  { fragment: '深化长江、汉江、清江等重点流域跨区域', expected: [feature('汉江', 5), feature('清江', 8)] },
];

const nonMatches: string[] = [
  // 内蒙古 2026, 山东 2026: 上游 after no river is a rank, and 海上游 is a boat tour
  '区生产总值稳居全国上游、居民收',
  '车、“半岛1号”海上游等旅游产',
  // 北京 2026: the feature opens the name of a site
  '推进琉璃河遗址申遗',
  // 云南 2026: two-character common words
  '宗海入选全国美丽河湖优秀案例',
];

describe('RegionNaturalFeatureRule', () => ruleTable(RegionNaturalFeatureRule, refinersOf('region'), { matches, nonMatches, verb: 'finds' }));
