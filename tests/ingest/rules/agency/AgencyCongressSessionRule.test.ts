import { AgencyCongressSessionRule } from '../../../../src/ingest/rules/agency/AgencyCongressSessionRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports): the heading of each report names the session.
const matches: TableRow[] = [
  // 海南 2026: the term is no part of the body's name
  {"fragment":"1月27日在海南省第七届人民代表大会第五次会议上","expected":[{"text":"海南省第七届人民代表大会","start":6,"end":18,"name":"海南省人民代表大会","fields":{"kind":"LEGISLATURE"}}]},
  // 新疆 2026: an autonomous region's congress
  {"fragment":"月27日在新疆维吾尔自治区第十四届人民代表大会第四次会议","expected":[{"text":"新疆维吾尔自治区第十四届人民代表大会","start":5,"end":23,"name":"新疆维吾尔自治区人民代表大会","fields":{"kind":"LEGISLATURE"}}]},
  // 甘肃 2026: the term without 第
  {"fragment":"七日在甘肃省十四届人民代表大会第四次会议","expected":[{"text":"甘肃省十四届人民代表大会","start":3,"end":15,"name":"甘肃省人民代表大会","fields":{"kind":"LEGISLATURE"}}]},
];

const nonMatches: string[] = [
  // 上海 2026: a short form with no place written whole (the gazetteer's local forms read 人大)
  '项工作，完成了市十六届人大三次会议确定的目',
];

describe('AgencyCongressSessionRule', () => ruleTable(AgencyCongressSessionRule, refinersOf('agency'), { matches, nonMatches, verb: 'finds' }));
