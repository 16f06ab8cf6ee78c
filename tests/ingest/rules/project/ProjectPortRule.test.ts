import { ProjectPortRule } from '../../../../src/ingest/rules/project/ProjectPortRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of the 2026 provincial reports. Offsets are relative to the fragment (passage.start = 0).
const port = (text: string, start: number) => ({ text, start, end: start + text.length, name: text, fields: { kind: 'PORT', status: null, statusText: null } });

const matches: TableRow[] = [
  // 山东 2026: a city's port, two in a list
  { fragment: '链头部企业做大做强，建好青岛港、日照港国家大宗商品资', expected: [port('青岛港', 12), port('日照港', 16)] },
  // 广西 2026: an area's port
  { fragment: '部湾区综合科考正式启动。北部湾港通达全球', expected: [port('北部湾港', 12)] },
  // 浙江 2026: two cities side by side name one port
  { fragment: '吨级条帚门航道建成投运，宁波舟山港集装箱吞吐量', expected: [port('宁波舟山港', 12)] },
  // 天津 2026: a municipality's port
  { fragment: '合发展，更好发挥天津港牵引作用，扩', expected: [port('天津港', 8)] },
];

const nonMatches: string[] = [
  // 江苏 2026, 广西 2026: a city whose own name ends in 港 (连云港, 防城港) is the gazetteer's, no port follows it
  '实施连云港徐圩港区疏港航道',
  '新增梧州、北海、防城港跨境电商综合试验',
  // 上海 2026: a port area (港区) is another name
  '料供应体系，罗泾港区改造二期',
  // 广东 2026: 港澳 is Hong Kong and Macao
  '式现代化在粤港澳大湾区的',
];

describe('ProjectPortRule', () => ruleTable(ProjectPortRule, refinersOf('project'), { matches, nonMatches, verb: 'finds' }));
