import { RegionProvincePartRule } from '../../../../src/ingest/rules/region/RegionProvincePartRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of the 2026 provincial reports (seeds/reports). Offsets are relative to the fragment.
const part = (text: string, start: number, name: string, parent: string | null) => ({ text, start, end: start + text.length, name, fields: { level: 'functional_area', parent, code: null } });

const matches: TableRow[] = [
  // 湖南 2026: three directions and an area word (not 湘西, the prefecture, inside it); two provinces' border area
  { fragment: '支持湘西北地区对接成渝双城经济圈，完善湘鄂渝黔毗邻地区协同机制，深化湘赣边区域合作', expected: [part('湘西北地区', 2, '湘西北地区', '湖南省'), part('湘赣边区域', 34, '湘赣边区域', null)] },
  // 湖南 2026: a part run together with the next (湘西 stays the gazetteer's prefecture)
  { fragment: '色发展指数稳步提升，湘南湘西承接产业转移能力', expected: [part('湘南', 10, '湘南地区', '湖南省')] },
  // 江西 2026: a set phrase jieba tags as an idiom (扩大开放/l) is the part's predicate, as a verb is
  { fragment: '极建设，促进赣东北扩大开放合作、赣西转型升级，强化', expected: [part('赣东北', 6, '赣东北地区', '江西省')] },
  // 山西 2026: an item of a list (晋北 is the curated area, 晋东南 opens a named area)
  { fragment: '共同发展。支持晋北、晋南、晋东南城镇圈高质量', expected: [part('晋南', 10, '晋南地区', '山西省')] },
  // 山东 2026: before 等
  { fragment: '旧小区15万户。提高鲁西南等潜力地区城镇化水平', expected: [part('鲁西南', 10, '鲁西南地区', '山东省')] },
];

const nonMatches: string[] = [
  '利用率均达100%。宁东基地等4个单位荣获首', // 宁夏 2026: the base's name
  '提高京西古道保护水平', // 北京 2026: the old road's name
  '京东消费金融稳健运营', // 天津 2026: the firm
  '持续促进闽都文化、闽南文化、客家文化', // 福建 2026: a culture
  '完成琼西北供水工程建设', // 海南 2026: the works' name
  '琼中女足“冲超”成功', // 海南 2026: 琼中 opens a county's name (琼中黎族苗族自治县)
  '在富民兴陇中开创未来。', // 甘肃 2026: 中 is "in"
  '湘西州“四好农村路”', // 湖南 2026: the prefecture
  '以旧换新，推进南京东路、陆家嘴、徐家汇、南京西路、北外滩等', // 上海 2026: no word starts at 京 (南京/东路)
  '众如期搬进新居；陇西5.6级地震', // 甘肃 2026: 陇西 is a county, the gazetteer's
];

describe('RegionProvincePartRule', () => ruleTable(RegionProvincePartRule, refinersOf('region'), { matches, nonMatches, verb: 'extracts' }));
