import { ProjectWaterTransferRule } from '../../../../src/ingest/rules/project/ProjectWaterTransferRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const matches: TableRow[] = [
  // 安徽 2026: with its works word, in operation (通水通航)
  {"fragment":"江淮儿女期盼多年的引江济淮工程通水通航","expected":[{"text":"引江济淮工程","start":9,"end":15,"name":"引江济淮工程","fields":{"kind":"WATER","status":"IN_OPERATION","statusText":"通水通航"}}]},
  // 陕西 2026: a phase, named with 工程; 内蒙古 2026: bare before 及, named with 工程
  {"fragment":"水利枢纽、蒋家窑则水库、引汉济渭二期、宝鸡峡灌区","expected":[{"text":"引汉济渭二期","start":12,"end":18,"name":"引汉济渭二期工程","fields":{"kind":"WATER","status":null,"statusText":null}}]},
  {"fragment":"建成引绰济辽及二期工程","expected":[{"text":"引绰济辽","start":2,"end":6,"name":"引绰济辽工程","fields":{"kind":"WATER","status":"COMPLETED","statusText":"建成"}}]},
];

const nonMatches: string[] = [
  // 河南 2026, 贵州 2026: bringing visitors and capital in, campaigns (no 济)
  '加大“引客入豫”力度',
  '加大“引金入黔”力度',
];

describe('ProjectWaterTransferRule', () => ruleTable(ProjectWaterTransferRule, refinersOf('project'), { matches, nonMatches, verb: 'finds' }));
