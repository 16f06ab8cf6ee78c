import { PolicyDesignationRule } from '../../../../src/ingest/rules/policy/PolicyDesignationRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Offsets are relative to the fragment (passage.start = 0).
const pilot = (text: string, start: number, noun: string) => ({ text, start, end: start + text.length, name: text, fields: { kind: 'PILOT', noun } });

const matches: TableRow[] = [
  // 福建 2026: a street given a national title
  { fragment: '挂牌，兴化府历史文化街区获批国家级旅游休闲街区，福鼎', expected: [pilot('国家级旅游休闲街区', 14, '街区')] },
  // 青海 2026: a national designation for ecological compensation, given to counties
  {"fragment":"湟中区、祁连县、玛沁县入选全国生态综合补偿重点区域，青海","expected":[{"text":"全国生态综合补偿重点区域","start":13,"end":25,"name":"全国生态综合补偿重点区域","fields":{"kind":"PILOT","noun":"重点区域"}}]},
  // seed line 15: a counted list under one verb: every item is a designation, the level word only on some
  {
    fragment: '色产业提质增效,新获批创建国家现代农业产业园2个、优势特色产业集群2个、全国农业产业强镇4个。召开',
    expected: [pilot('国家现代农业产业园', 13, '产业园'), pilot('优势特色产业集群', 25, '集群'), pilot('全国农业产业强镇', 36, '强镇')],
  },
  // seed line 46: a batch word between verb and level
  { fragment: '点项目加快推进,入选首批国家绿色出行城市,新能源巡游出租', expected: [pilot('国家绿色出行城市', 12, '城市')] },
  // 广西 2026: a count closes the name
  { fragment: '出增长8.7%。创建全国示范性老年友好型社区52个。发放', expected: [pilot('全国示范性老年友好型社区', 10, '社区')] },
  // 吉林 2026: the list the designation was put on (建设名单) is not part of its name
  { fragment: '平新开区入选首批国家级零碳园区建设名单。全国首列', expected: [pilot('国家级零碳园区', 8, '零碳园区')] },
  // seed line 22 and 河南 2026: after a naming verb the title runs to the punctuation, whatever its head
  { fragment: '蒲盖片区命名为市级“绿水青山就是金山银山”实践创新基地。深', expected: [pilot('市级“绿水青山就是金山银山”实践创新基地', 7, '')] },
  { fragment: '步推行，11个县被认定为国家义务教育优质均衡发展县，完成', expected: [pilot('国家义务教育优质均衡发展县', 12, '')] },
];

const nonMatches: string[] = [
  // seed line 49: a building verb: national centres are projects
  '+2专项行动”,开工建设3个国家区域医疗中心,三级医院达94',
  // 江苏 2026: a goal, no verb confers a title; and 争创 a zone, PolicyNamedRule's head (示范区)
  '来产业，建设一批世界级先进制造业集群，争创国家新型工',
  // 云南 and 山西 2026: a case or a ranking, not a designation
  '、独龙江、阳宗海入选全国美丽河湖优秀案例，六大水系出境跨',
  '在前列，连续4年获评全国营商环境最佳口碑省份。全面建立国土空',
  // 2026: 评为 ranks, it does not name a designation (…典型案例)
  '重组整合被评为全国国企改革典型案例，财',
  // 云南 2026: applying is not being designated
  '用。推动石屏申报国家历史文化名城，拓展省级传统村',
];

describe('PolicyDesignationRule', () => ruleTable(PolicyDesignationRule, refinersOf('policy'), { matches, nonMatches, verb: 'extracts' }));
