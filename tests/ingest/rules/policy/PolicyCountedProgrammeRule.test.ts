import { PolicyCountedProgrammeRule } from '../../../../src/ingest/rules/policy/PolicyCountedProgrammeRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const matches: TableRow[] = [
  // 广东 2026: the count is part of the programme's name
  {"fragment":"难愁盼问题，办好十件民生实事，发展好","expected":[{"text":"十件民生实事","start":8,"end":14,"name":"十件民生实事","fields":{"kind":"PROGRAM"}}]},
  // 湖北 2026: with 项目 after the head the count counts projects and stays a figure
  {"fragment":"。今年将继续实施10大类60项民生实事项目，涵盖就","expected":[{"text":"民生实事项目","start":15,"end":21,"name":"民生实事项目","fields":{"kind":"PROGRAM"}}]},
];

const nonMatches: string[] = [
  // 安徽 2026: the bare head names no one programme
  '六）用心用情办好民生实事，民生保',
  // 湖南 2026: quoted, it is PolicySloganRule's
  '署推进“十大重点民生实事”、近五年累',
  // 西藏, 山东 2026: a count in digits is a figure (MetricCountRule's), not a name
  '安排资金136亿元，办好34项民生实事。',
  '扎实办好20项重点民生实事。促进就业增',
];

describe('PolicyCountedProgrammeRule', () => ruleTable(PolicyCountedProgrammeRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
