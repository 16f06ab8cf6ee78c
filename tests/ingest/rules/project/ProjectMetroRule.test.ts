import { ProjectMetroRule } from '../../../../src/ingest/rules/project/ProjectMetroRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports. Offsets are relative to the fragment (passage.start = 0).
const matches: TableRow[] = [
  // seed line 32: three lines, IN_OPERATION via 开通
  {"fragment": "开通轨道交通9号线二期、10号线二期和5号线北延伸段等3条(段)", "expected": [{"text": "轨道交通9号线二期", "start": 2, "end": 11, "name": "重庆轨道交通9号线", "fields": {"kind": "METRO", "status": "IN_OPERATION", "statusText": "开通", "section": "二期"}}, {"text": "10号线二期", "start": 12, "end": 18, "name": "重庆轨道交通10号线", "fields": {"kind": "METRO", "status": "IN_OPERATION", "statusText": "开通", "section": "二期"}}, {"text": "5号线北延伸段", "start": 19, "end": 26, "name": "重庆轨道交通5号线", "fields": {"kind": "METRO", "status": "IN_OPERATION", "statusText": "开通", "section": "北延伸段"}}]},
];

const nonMatches: string[] = [
  "加快12条(段)、304公里轨道交通、“5桥7隧”", // seed line 61: track length, no line number
  "建设10条生产线", // not a metro line
];

describe('ProjectMetroRule', () => ruleTable(ProjectMetroRule, refinersOf('project'), { matches, nonMatches, verb: 'extracts' }));
