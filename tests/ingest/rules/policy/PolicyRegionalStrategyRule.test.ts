import { PolicyRegionalStrategyRule } from '../../../../src/ingest/rules/policy/PolicyRegionalStrategyRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const strategy = (text: string, start: number) => ({ text, start, end: start + text.length, name: text, fields: { kind: 'STRATEGY' }, work: { holdsPlace: true } });

const matches: TableRow[] = [
  // 江苏 2026: two strategies joined by 和
  { fragment: '更好融入和服务长三角一体化发展和长江经济带发展，深化', expected: [strategy('长三角一体化发展', 7), strategy('长江经济带发展', 16)] },
  // 北京 2026: a field between the region and its development
  { fragment: '获国家批复。深化京津冀重点领域协同发展，扎实推进', expected: [strategy('京津冀重点领域协同发展', 8)] },
];

const nonMatches: string[] = [
  // seed report: building the region is the region (the seed annotators' reading), not a strategy
  '(四)积极推动成渝地区双城经济圈建设,携手唱',
  // 贵州 2026: a noun after 发展 makes it the modifier of another name (…发展战略)
  '西部大开发和长江经济带发展战略',
];

describe('PolicyRegionalStrategyRule', () => ruleTable(PolicyRegionalStrategyRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
