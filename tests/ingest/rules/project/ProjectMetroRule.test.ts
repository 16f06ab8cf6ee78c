import { ProjectMetroRule } from '../../../../src/ingest/rules/project/ProjectMetroRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';
import { passageContext, runPassage } from '../../harness';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports. Offsets are relative to the fragment (passage.start = 0).
const matches: TableRow[] = [
  // seed line 32: three lines, IN_OPERATION via 开通
  {"fragment": "开通轨道交通9号线二期、10号线二期和5号线北延伸段等3条(段)", "expected": [{"text": "轨道交通9号线二期", "start": 2, "end": 11, "name": "重庆轨道交通9号线", "fields": {"kind": "METRO", "status": "IN_OPERATION", "statusText": "开通", "section": "二期"}}, {"text": "10号线二期", "start": 12, "end": 18, "name": "重庆轨道交通10号线", "fields": {"kind": "METRO", "status": "IN_OPERATION", "statusText": "开通", "section": "二期"}}, {"text": "5号线北延伸段", "start": 19, "end": 26, "name": "重庆轨道交通5号线", "fields": {"kind": "METRO", "status": "IN_OPERATION", "statusText": "开通", "section": "北延伸段"}}]},
  // 山西 2026, 陕西 2026: the city written before the line names it, not the report's province
  {"fragment":"太原地铁1号线开通运营。","expected":[{"text":"地铁1号线","start":2,"end":7,"name":"太原轨道交通1号线","fields":{"kind":"METRO","status":"IN_OPERATION","statusText":"开通","section":null}}]},
  {"fragment":"西安地铁15号线通车运营，东庄水利枢纽下闸蓄水","expected":[{"text":"地铁15号线","start":2,"end":8,"name":"西安轨道交通15号线","fields":{"kind":"METRO","status":"COMPLETED","statusText":"通车","section":null}}]},
  // 天津 2026: a section after the phase (一期南段) and a bare section (北段) keep the list going, and a lettered line
  // (Z4线) is a line as a numbered one is
  {"fragment":"城市交通有序改善，地铁4号线北段、7号线一期南段、Z4线一期北段建成通车","expected":[{"text":"地铁4号线北段","start":9,"end":16,"name":"重庆轨道交通4号线","fields":{"kind":"METRO","status":"COMPLETED","statusText":"建成通车","section":"北段"}},{"text":"7号线一期南段","start":17,"end":24,"name":"重庆轨道交通7号线","fields":{"kind":"METRO","status":"COMPLETED","statusText":"建成通车","section":"一期南段"}},{"text":"Z4线一期北段","start":25,"end":32,"name":"重庆轨道交通Z4线","fields":{"kind":"METRO","status":"COMPLETED","statusText":"建成通车","section":"一期北段"}}]},
  // 北京 2026: a lettered line after 轨道交通, planned (规划)
  {"fragment":"推动轨道交通M102线规划建设，完成","expected":[{"text":"轨道交通M102线","start":2,"end":11,"name":"重庆轨道交通M102线","fields":{"kind":"METRO","status":"PLANNED","statusText":"规划","section":null}}]},
];

const nonMatches: string[] = [
  "加快12条(段)、304公里轨道交通、“5桥7隧”", // seed line 61: track length, no line number
  "建设10条生产线", // not a metro line
];

describe('ProjectMetroRule', () => {
  ruleTable(ProjectMetroRule, refinersOf('project'), { matches, nonMatches, verb: 'extracts' });

  // 上海 2026: lines listed bare, numbered or named, that 等轨道交通线 closes; the clause's verbs open the first item
  const shanghai = (text: string) => runPassage([ProjectMetroRule], refinersOf('project'), passageContext(text, { meta: { region: '上海市' } })).map((c) => [c.text, c.name, c.fields.section, c.fields.status]);
  it('reads a list of lines that 等轨道交通线 closes', () => {
    expect(shanghai('重大产业项目47个，建成2号线西延伸、18号线二期等轨道交通线，全市运营线路总长达到906公里。')).toEqual([
      ['2号线西延伸', '上海轨道交通2号线', '西延伸', 'COMPLETED'],
      ['18号线二期', '上海轨道交通18号线', '二期', 'COMPLETED'],
    ]);
    expect(shanghai('加快建设崇明线、上海示范区线、南枫线、13号线东延伸、19号线、20号线、21号线、23号线等轨道交通线。').map((r) => r[1])).toEqual([
      '上海轨道交通崇明线', '上海轨道交通上海示范区线', '上海轨道交通南枫线', '上海轨道交通13号线', '上海轨道交通19号线', '上海轨道交通20号线', '上海轨道交通21号线', '上海轨道交通23号线',
    ]);
  });
  it('needs the line word to close the list', () => {
    // 天津 2026: bare lines after another line's extension, with no 等轨道交通线 after them
    expect(shanghai('建成地铁8号线一期及延伸线，加快推进7号线一期北段、11号线延伸线、东北角').map((r) => r[0])).toEqual(['地铁8号线一期']);
  });
});
