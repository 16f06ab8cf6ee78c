import { PolicyPerUnitRule } from '../../../../src/ingest/rules/policy/PolicyPerUnitRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const measure = (text: string, start: number, name: string) => ({ text, start, end: start + text.length, name, fields: { kind: 'MEASURES' } });

const matches: TableRow[] = [
  // seed line 22: quoted, the quotes join the mention
  { fragment: '二是“一县一策”推进山区库区高质量发展。', expected: [measure('“一县一策”', 2, '一县一策')] },
  // 北京 2026: bare
  { fragment: '动重点区域发展，一区一策提升平原新城', expected: [measure('一区一策', 8, '一区一策')] },
  // 吉林 2026: a unit of two characters
  { fragment: '水安全保供工程，“一断面一策”治理饮马河流', expected: [measure('“一断面一策”', 8, '一断面一策')] },
  // 福建 2026: a second unit after 一策 joins the name
  { fragment: '，开展“一链一策一行”融资服', expected: [measure('“一链一策一行”', 3, '一链一策一行')] },
];

const nonMatches: string[] = [
  // 云南 2026: one product per county is a product line, not a measure
  '，建设“一县一品”供应',
];

describe('PolicyPerUnitRule', () => ruleTable(PolicyPerUnitRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
