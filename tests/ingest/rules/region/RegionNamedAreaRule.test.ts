import { RegionNamedAreaRule } from '../../../../src/ingest/rules/region/RegionNamedAreaRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (the seed report and the 2026 provincial reports). Offsets are relative
// to the fragment (passage.start = 0).
const area = (text: string, start: number) => ({ text, start, end: start + text.length, name: text, fields: { level: 'functional_area', parent: null, code: null } });

const matches: TableRow[] = [
  // 江苏 2026, 宁夏 2026: a zone named by a macro-region is an area it plans
  { fragment: '发展，高质量建设长三角生态绿色一体化发展示范区。强化', expected: [area('长三角生态绿色一体化发展示范区', 8)] },
  { fragment: '宁夏加快建设黄河流域生态保护和高质量发展先行区、努力创', expected: [area('黄河流域生态保护和高质量发展先行区', 6)] },
  // 辽宁 2026: an area that modifies the noun after it is still an area
  { fragment: '目131个。辽东绿色经济区中药材等特色产', expected: [area('辽东绿色经济区', 6)] },
  // 浙江 2026: the verbs before the name are no part of it; two areas of a list
  { fragment: '高质量发展，提升优化杭州都市圈、宁波都市圈、温州', expected: [area('杭州都市圈', 10), area('宁波都市圈', 16)] },
  // 湖北 2026: 打造 bounds the name; the place inside it is part of it
  { fragment: '城化理念超常规打造广域武汉大都市圈，健全', expected: [area('广域武汉大都市圈', 9)] },
];

const nonMatches: string[] = [
  // 广西 2026: an area of the gazetteer is the gazetteer's
  '展格局，优先发展北部湾经济区，建设',
  // 山西 2026: a kind of zone
  '等平台能级，打造临空经济区。推',
  // seed line 44: the gazetteer's area (长江经济带) after a date word
  '出问题整改,五年度长江经济带生态环',
];

describe('RegionNamedAreaRule', () => ruleTable(RegionNamedAreaRule, refinersOf('region'), { matches, nonMatches, verb: 'finds' }));
