import { ProjectPhaseRule } from '../../../../src/ingest/rules/project/ProjectPhaseRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const matches: TableRow[] = [
  // 上海 2026: a phase reported in service; the district inside the name is no place of its own
  {"fragment":"机214万千瓦，金山海上风电一期建成投运，新","expected":[{"text":"金山海上风电一期","start":8,"end":16,"name":"金山海上风电一期","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成","section":null}}]},
  // 海南 2026: a phase being built (加快建设)
  {"fragment":"万人次以上。陵水黎安国际教育创新试验区二期加快建设，在","expected":[{"text":"陵水黎安国际教育创新试验区二期","start":6,"end":21,"name":"陵水黎安国际教育创新试验区二期","fields":{"kind":"OTHER","status":"UNDER_CONSTRUCTION","statusText":"加快建设","section":null}}]},
  // 湖南 2026: a port's phase started, after 及
  {"fragment":"工程、宜常高铁及虞公港二期开工建设，桑","expected":[{"text":"虞公港二期","start":8,"end":13,"name":"虞公港二期","fields":{"kind":"OTHER","status":"STARTED","statusText":"开工建设","section":null}}]},
];

const nonMatches: string[] = [
  // 上海 2026: a phase of a fund, no status after it
  '资基金、上海产业转型升级二期基金，成功落',
  // 上海 2026: a project suffix inside the name leaves it to ProjectSuffixRule (罗泾港区)
  '系，罗泾港区改造二期启动建设，',
  // 山西 2026: a counted round, not a phase of works
  '院校入选国家第二期“双高计',
];

describe('ProjectPhaseRule', () => ruleTable(ProjectPhaseRule, refinersOf('project'), { matches, nonMatches, verb: 'finds' }));
