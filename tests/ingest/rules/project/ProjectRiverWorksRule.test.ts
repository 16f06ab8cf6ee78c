import { ProjectRiverWorksRule } from '../../../../src/ingest/rules/project/ProjectRiverWorksRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const matches: TableRow[] = [
  // 吉林 2026: emergency works on the main stream, built
  {"fragment":"东部两江三期工程，全面建成嫩江干流应急治理工程。","expected":[{"text":"嫩江干流应急治理工程","start":13,"end":23,"name":"嫩江干流应急治理工程","fields":{"kind":"WATER","status":"COMPLETED","statusText":"建成"}}]},
  // 辽宁 2026: a major river's main stream and its embankments
  {"fragment":"辽河干流堤防全线达标。","expected":[{"text":"辽河干流堤防","start":0,"end":6,"name":"辽河干流堤防","fields":{"kind":"WATER","status":null,"statusText":null}}]},
  // 山东 2026: a river jieba knows as a name (小清河/nr) made navigable again
  {"fragment":"小清河复航实现“河海直达”，内河","expected":[{"text":"小清河复航","start":0,"end":5,"name":"小清河复航","fields":{"kind":"WATER","status":null,"statusText":null}}]},
  // 天津 2026: a canal and the reach worked on, in brackets
  {"fragment":"加快大运河（天津段）综合治理，集中力量","expected":[{"text":"大运河（天津段）综合治理","start":2,"end":14,"name":"大运河(天津段)综合治理","fields":{"kind":"WATER","status":null,"statusText":null}}]},
  // 内蒙古, 宁夏 2026: a reach by its province, and the 工程 that follows
  {"fragment":"实施黄河内蒙古段河道治理工程，","expected":[{"text":"黄河内蒙古段河道治理工程","start":2,"end":14,"name":"黄河内蒙古段河道治理工程","fields":{"kind":"WATER","status":null,"statusText":null}}]},
  {"fragment":"九是黄河宁夏段河道治理工程全面贯通","expected":[{"text":"黄河宁夏段河道治理工程","start":2,"end":13,"name":"黄河宁夏段河道治理工程","fields":{"kind":"WATER","status":"UNDER_CONSTRUCTION","statusText":"贯通"}}]},
  // 海南 2026: flood control on a river, still planned
  {"fragment":"南渡江防洪治理等工程前期工作","expected":[{"text":"南渡江防洪治理","start":0,"end":7,"name":"南渡江防洪治理","fields":{"kind":"WATER","status":"PLANNED","statusText":"前期工作"}}]},
];

const nonMatches: string[] = [
  // 天津 2026: works no water names
  '深化市容环境综合治理，维修改造',
  // 广东 2026: 江海 is no river, and a rate follows
  '江海堤防达标率提高到80%以上',
  // 湖南 2026: a lake's area (洞庭湖区) and its polders, no works right after the water
  '推进洞庭湖区重点垸堤防加固二期',
];

describe('ProjectRiverWorksRule', () => ruleTable(ProjectRiverWorksRule, refinersOf('project'), { matches, nonMatches, verb: 'finds' }));
