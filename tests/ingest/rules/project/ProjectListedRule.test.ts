import { ProjectListedRule } from '../../../../src/ingest/rules/project/ProjectListedRule';
import { refinersOf } from '../../../../src/ingest/rules';
import { ruleTable, type TableRow } from '../../ruleTable';

// Fragments are real text of seeds/reports (2026 provincial reports). Offsets are relative to the fragment.
const listed = (text: string, start: number, name: string, status: string | null, statusText: string | null) => ({
  text, start, end: start + text.length, name, fields: { kind: 'OTHER', status, statusText }, ...(name !== text ? { work: { sharedHead: true } } : {}),
});

const matches: TableRow[] = [
  // 贵州 2026: the kind after 等 completes each name; the status word opening the list is not part of the first item
  {
    fragment: '役煤电机组改造，建成投产大湾、盘南等煤电项目，优化风光资',
    expected: [listed('大湾', 12, '大湾煤电项目', 'IN_OPERATION', '投产'), listed('盘南', 15, '盘南煤电项目', 'IN_OPERATION', '投产')],
  },
  // 宁夏 2026: organisations' data centres; an organisation is a proper name
  {
    fragment: '选国家高质量数据集试点。最高法、海关总署等数据中心建成，新华三',
    expected: [listed('最高法', 12, '最高法数据中心', 'COMPLETED', '建成'), listed('海关总署', 16, '海关总署数据中心', 'COMPLETED', '建成')],
  },
];

const nonMatches: string[] = [
  // 海南, 宁夏, 吉林 and 河南 2026: lists of fields or kinds of project, not named projects
  '。推动集成电路封装测试、传感器研发制造等项目落地，壮大以半导体为重点的',
  '划，深入推进中华优秀传统文化传承发展、文艺精品创优等工程，支持“西',
  '上而下凝练一批重点产业、新型基础设施等高质量项目，充实省级重',
  '微电网。加快双千兆网络、量子通信等项目建设，完善数',
];

describe('ProjectListedRule', () => ruleTable(ProjectListedRule, refinersOf('project'), { matches, nonMatches, verb: 'extracts' }));
