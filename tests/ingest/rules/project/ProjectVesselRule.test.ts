import { ProjectVesselRule } from '../../../../src/ingest/rules/project/ProjectVesselRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const matches: TableRow[] = [
  // 云南 2026: two names share 等 and the head; each mention is its quote
  {"fragment":"成功开行“郑和号”“昆明陆港号”等国际多式联运班列。","expected":[{"text":"“郑和号”","start":4,"end":9,"name":"“郑和号”国际多式联运班列","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":null}},{"text":"“昆明陆港号”","start":9,"end":16,"name":"“昆明陆港号”国际多式联运班列","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":null}}]},
  // 广东 2026: 号 right after the quote; a single name takes its head
  {"fragment":"破国外垄断，“梦想”号大洋钻探船等大国重器建成入列","expected":[{"text":"“梦想”号大洋钻探船","start":6,"end":16,"name":"“梦想”号大洋钻探船","fields":{"kind":"OTHER","status":"COMPLETED","statusText":"建成","section":null}}]},
  // 新疆 2026: the quote without 号 before 和 is a brand; the 号 name is the train
  {"fragment":"开行首列“粤新快线”和“天山号”集结中转运输班列，开通首","expected":[{"text":"“天山号”","start":11,"end":16,"name":"“天山号”集结中转运输班列","fields":{"kind":"RAILWAY","status":null,"statusText":null,"section":null}}]},
];

const nonMatches: string[] = [
  // 青海 2026: named roads, not trains (no head of project-vessel-heads.txt)
  '建成“青海湖1号”“柴达木1号”交旅融合生态景观大道，加密开行',
];

describe('ProjectVesselRule', () => ruleTable(ProjectVesselRule, refinersOf('project'), { matches, nonMatches, verb: 'extracts' }));
