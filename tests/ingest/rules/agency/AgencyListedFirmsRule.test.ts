import { AgencyListedFirmsRule } from '../../../../src/ingest/rules/agency/AgencyListedFirmsRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text from seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const firm = (text: string, start: number, kind = 'COMPANY') => ({ text, start, end: start + text.length, name: text, fields: { kind } });

const matches: TableRow[] = [
  // 河南 2026: a lead verb before the first name, a count of firms after the list
  { fragment: '国资国企改革全面深化，实现中国平煤神马、中国河南国际、中豫航空集团等19家企业战略性重组', expected: [firm('中国平煤神马', 13), firm('中国河南国际', 20), firm('中豫航空集团', 27)] },
  // 河南 2026: brands with no suffix, 一批 and a description before 企业
  { fragment: '新增经营主体370万户，牧原、宇通、华兰等一批龙头企业向强而跃', expected: [firm('牧原', 12), firm('宇通', 15), firm('华兰', 18)] },
  // 河南 2026: 了 closes the verb, whatever the segmenter tags the name after it (超/v)
  { fragment: '掘进机成功下线，培育了超聚变、中创智领等一批行业领军企业', expected: [firm('超聚变', 11), firm('中创智领', 15)] },
  // 贵州 2026: state firms by their short names; 青海 2026: a place-like brand (西部矿业) is the firm
  { fragment: '推动磷化集团战略转型，完成能源集团、大数据集团、民航集团、贵旅集团、黔晟国资等一批企业战略性重组', expected: [firm('能源集团', 13), firm('大数据集团', 18), firm('民航集团', 24), firm('贵旅集团', 29), firm('黔晟国资', 34)] },
  { fragment: '国有企业改革深化提升，西部矿业、能源发展集团等6家企业入选', expected: [firm('西部矿业', 11), firm('能源发展集团', 16)] },
  // 天津 2026: no count, a word for firms of an ownership (央企, 外企, 民企); a one-character verb jieba reads opens a
  // name (合源生物: 合/v), not the clause
  { fragment: '融服务港产城深度融合质效提升。中远海运、招商局、国能航运等央企新业务板块', expected: [firm('中远海运', 15, 'SOE'), firm('招商局', 20, 'SOE'), firm('国能航运', 24, 'SOE')] },
  { fragment: '务，促进诺和诺德、碧迪等重点外企，华润、招商局、国投等央企业务板块，合源生物、瑞普生物等民企深化布局', expected: [firm('诺和诺德', 4), firm('碧迪', 9), firm('华润', 17, 'SOE'), firm('招商局', 20, 'SOE'), firm('国投', 24, 'SOE'), firm('合源生物', 34), firm('瑞普生物', 39)] },
];

const nonMatches: string[] = [
  // 天津 2026: a firm's sites before 央企资源 are no firms
  '协和天津基地建设顺利推进，中资信创总部、中汽新能总部、国家管网科学试验基地等央企资源实质性落地',
  // 内蒙古 2026: items before 等 + a platform noun are no firms
  '乳业技术创新中心、稀土功能材料创新中心、巴彦淖尔农高区等一批国家级创新平台获批落地',
  // 海南 2026: places before a count of centres (家, but no firm noun)
  '依托海口、三亚、儋州、琼海、五指山等5家市疾控中心',
  // 安徽 2026: bodies before a count with no firm noun
  '新组建省实验室、产业创新研究院等10家以上',
];

describe('AgencyListedFirmsRule', () => ruleTable(AgencyListedFirmsRule, refinersOf('agency'), { matches, nonMatches, verb: 'finds' }));
