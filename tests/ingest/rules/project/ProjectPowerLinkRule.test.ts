import { ProjectPowerLinkRule } from '../../../../src/ingest/rules/project/ProjectPowerLinkRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Offsets are relative to the fragment (passage.start = 0).
const matches: TableRow[] = [
  // 湖南 2026: the link with its works word, and bare (named with 工程)
  {"fragment":"背靠背联网工程开工建设，宁电入湘工程投产送电","expected":[{"text":"宁电入湘工程","start":12,"end":18,"name":"宁电入湘工程","fields":{"kind":"POWER","status":"IN_OPERATION","statusText":"投产"}}]},
  {"fragment":"系统，扩大绿电应用，推进疆电入湘、湘粤和湘黔","expected":[{"text":"疆电入湘","start":12,"end":16,"name":"疆电入湘工程","fields":{"kind":"POWER","status":"UNDER_CONSTRUCTION","statusText":"推进"}}]},
  // 上海 2026: a crossing's works word
  {"fragment":"加快构建新型能源体系，启动蒙电入沪过江工程","expected":[{"text":"蒙电入沪过江工程","start":13,"end":21,"name":"蒙电入沪过江工程","fields":{"kind":"POWER","status":null,"statusText":null}}]},
  // seed line 53: the power sources built for the link
  {"fragment":"00千伏特高压交流工程、“疆电入渝”配套电源建设","expected":[{"text":"“疆电入渝”配套电源","start":12,"end":22,"name":"“疆电入渝”配套电源","fields":{"kind":"POWER","status":"UNDER_CONSTRUCTION","statusText":"建设"}}]},
];

const nonMatches: string[] = [
  // 山东 2026, 河南 2026: power from outside, a goal (外 is no province)
  '持续提高外电入鲁绿电比重',
  '积极推进外电入豫',
];

describe('ProjectPowerLinkRule', () => ruleTable(ProjectPowerLinkRule, refinersOf('project'), { matches, nonMatches, verb: 'finds' }));
