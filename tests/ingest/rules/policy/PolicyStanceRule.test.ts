import { PolicyStanceRule } from '../../../../src/ingest/rules/policy/PolicyStanceRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const stance = (text: string, start: number) => ({ text, start, end: start + text.length, name: text, fields: { kind: 'MEASURES', noun: '政策' } });

const matches: TableRow[] = [
  // 广西 2026
  { fragment: '全面落实更加积极的财政政策，实施促进经济高质量发展财政奖励。', expected: [stance('更加积极的财政政策', 4)] },
  // 甘肃 2026: two stances, two policies
  { fragment: '用好政策。落实好更加积极的财政政策、适度宽松的货币政策，', expected: [stance('更加积极的财政政策', 8), stance('适度宽松的货币政策', 18)] },
  // 青海 2026
  { fragment: '精准落实更加积极有为的宏观政策，全省以招商', expected: [stance('更加积极有为的宏观政策', 4)] },
];

const nonMatches: string[] = [
  // 海南 2026: what stands before 政策 is a longer phrase than a field (出入境管理), not a stance's macro policy
  '推动实施更加便利的出入境管理政策，扩大免签国家范围。',
];

describe('PolicyStanceRule', () => ruleTable(PolicyStanceRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
