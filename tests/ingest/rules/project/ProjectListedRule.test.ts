import { ProjectListedRule } from '../../../../src/ingest/rules/project/ProjectListedRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Offsets are relative to the fragment (passage.start = 0).
const project = (text: string, start: number, status: string | null, statusText: string | null) => ({
  text, start, end: start + text.length, name: text, fields: { kind: 'OTHER', status, statusText },
});

const matches: TableRow[] = [
  // seed line 53: a place and a site before 等 + a count + the kind of project
  { fragment: '顺利开工,永川松溉等6个新型储能项目预计8月初投产', expected: [project('永川松溉', 5, 'IN_OPERATION', '投产')] },
  // seed line 21: a cross-border park named by its two towns
  { fragment: '投产77户,合江·江津(珞璜)等产业合作示范园区建设有序推进', expected: [project('合江·江津(珞璜)', 6, 'UNDER_CONSTRUCTION', '建设')] },
  // 湖南 2026: every listed item that names a place
  {
    fragment: '工建设，株洲中车IGBT、永州紫金锂业、邵阳邵虹基板玻璃等重大项目建成',
    expected: [project('永州紫金锂业', 13, 'COMPLETED', '建成'), project('邵阳邵虹基板玻璃', 20, 'COMPLETED', '建成')],
  },
];

const nonMatches: string[] = [
  // 青海 2026: places summed up (等地), not projects
  '同步推动海东、海西等地零碳园区',
  // 广西 2026: half a route is no item (合浦至湛江)
  '道建设。续建黄桶至百色、合浦至湛江等7个铁路项目',
  // 北京 2026: sectors listed before the kind of base, no place or suffix in them
  '得重大进展，医疗、制造、科学等应用中试基地在京落',
];

describe('ProjectListedRule', () => ruleTable(ProjectListedRule, refinersOf('project'), { matches, nonMatches, verb: 'finds' }));
