import { ProjectNationalRoadRule } from '../../../../src/ingest/rules/project/ProjectNationalRoadRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of the 2026 provincial reports (seeds/reports). Offsets are relative to the fragment.
const matches: TableRow[] = [
  // 西藏 2026: numbered roads in a list before their works, and a section whose works are named after it
  {"fragment":"段铁路建设。有序实施G109、G219、G318、G695提质改造和G214加卡至邦达机场段建设。","expected":[{"text":"G109","start":10,"end":14,"name":"G109","fields":{"kind":"HIGHWAY","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}},{"text":"G219","start":15,"end":19,"name":"G219","fields":{"kind":"HIGHWAY","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}},{"text":"G318","start":20,"end":24,"name":"G318","fields":{"kind":"HIGHWAY","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}},{"text":"G695","start":25,"end":29,"name":"G695","fields":{"kind":"HIGHWAY","status":"UNDER_CONSTRUCTION","statusText":"建设","section":null}},{"text":"G214加卡至邦达机场段","start":34,"end":46,"name":"G214","fields":{"kind":"HIGHWAY","status":"UNDER_CONSTRUCTION","statusText":"建设","section":"加卡至邦达机场段"}}]},
  // 吉林 2026: a road opened to traffic; 新疆 2026: a route after 线; 海南 2026: a section before a quote
  {"fragment":".6亿元。沈白高铁、G331通车，通化、白山结束不通高铁历史","expected":[{"text":"G331","start":10,"end":14,"name":"G331","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"通车","section":null}}]},
  {"fragment":"吉克普林）至喀纳斯、G314线喀什至塔什库尔干等一批重大项目开","expected":[{"text":"G314线喀什至塔什库尔干","start":10,"end":23,"name":"G314","fields":{"kind":"HIGHWAY","status":null,"statusText":null,"section":"喀什至塔什库尔干"}}]},
  {"fragment":"建成G225乐东至三亚段“五网合一”［20］","expected":[{"text":"G225乐东至三亚段","start":2,"end":12,"name":"G225","fields":{"kind":"HIGHWAY","status":"COMPLETED","statusText":"建成","section":"乐东至三亚段"}}]},
];

const nonMatches: string[] = [
  '群联盟，制定实施G60科创走廊策源地建设支持措', // 上海 2026: a corridor of science parks named by the road
  '速公路续建项目，开工G334文旅大通道改造升级项目，抓好', // 吉林 2026: a tourist route named by the road
  '环”旅游公路［6］、G9812高速延长线等建成，双向8车道', // 海南 2026: the motorway, ProjectSuffixRule's if any
];

describe('ProjectNationalRoadRule', () => ruleTable(ProjectNationalRoadRule, refinersOf('project'), { matches, nonMatches, verb: 'finds' }));
