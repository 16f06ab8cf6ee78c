import { AgencyListedCompanyRule } from '../../../../src/ingest/rules/agency/AgencyListedCompanyRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Offsets are relative to the fragment (passage.start = 0).
const company = (text: string, start: number) => ({ text, start, end: start + text.length, name: text, fields: { kind: 'COMPANY' } });

const matches: TableRow[] = [
  // seed line 18: two brands listed on a board
  { fragment: '完成率达81.2%。西山科技、智翔金泰在科创板正式发行上市,科创板上市企业达3家。', expected: [company('西山科技', 10), company('智翔金泰', 15)] },
  // 黑龙江 2026: 成功上市
  { fragment: '融服务实体经济工作机制。天有为、大鹏工业成功上市。', expected: [company('天有为', 12), company('大鹏工业', 16)] },
];

const nonMatches: string[] = [
  // 上海 2026: the name does not open its clause
  '完成国泰海通证券重组更名上市，在沪持牌',
  // 广东 2026, 安徽 2026: products approved for sale
  '新能源汽车年产量近70万辆，34款创新药械获批上市，国际医药',
  '实现“玛舒拉沙韦片”“莫米司特片”获批上市，实现我省',
  // 吉林 2026: a list closed by 等 names new models
  '奥迪一汽新能源、红旗天工等一批新车型投产上市，新能源汽',
  // 浙江 2026, 西藏 2026: a kind of firm and a call to act
  '计划，支持优质科技企业上市。深入实施',
  '。支持企业高质量上市，新增上市企业1家。',
  // 上海 2026: 上市 that goes on into a noun
  '国有控股上市公司市值管理',
];

describe('AgencyListedCompanyRule', () => ruleTable(AgencyListedCompanyRule, refinersOf('agency'), { matches, nonMatches, verb: 'finds' }));
