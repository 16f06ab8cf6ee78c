import { ProjectOverlapRefiner } from '../../../../src/ingest/rules/project/ProjectOverlapRefiner';
import { overlapTable, type OverlapRow } from '../overlapTable';

// Run through the project pipeline (every project rule, then the project refiners). Fragments are real text; the
// seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus seeds/reports (2026
// provincial reports). Offsets are relative to the fragment (passage.start = 0).
const collapses: OverlapRow[] = [
  // 西藏 2026: equal spans of the suffix and named rules; the suffix rule (registered first) stays
  { fragment: '“雅江1号”智算中心建成运营。', expected: [{ rule: 'project.suffix', text: '“雅江1号”智算中心', start: 0, name: '“雅江1号”智算中心', fields: { kind: 'DATA_CENTER' } }] },
  // 山东 2026: same; the model before it is no project
  { fragment: '动，建好齐鲁文化大模型、山东文化数据中心。', expected: [{ rule: 'project.suffix', text: '山东文化数据中心', start: 12, name: '山东文化数据中心', fields: { kind: 'DATA_CENTER' } }] },
  // 安徽 2026: the Anhui centre of the national centre, not the national centre inside its name
  {
    fragment: '”建设重点平台，挂牌成立长三角国家技术创新中心安徽中心，',
    expected: [{ rule: 'project.named', text: '长三角国家技术创新中心安徽中心', start: 12, name: '长三角国家技术创新中心安徽中心' }],
  },
];

const keeps: OverlapRow[] = [
  // 海南 2026: an airport phase closes its own item, so the list after it does not read it again as one of its
  // airports; its neighbours stay
  {
    fragment: '级工程，加快三亚新机场、美兰机场三期、儋州机场、东方机场',
    expected: [
      { rule: 'project.suffix', text: '三亚新机场', start: 6, name: '三亚新机场' },
      { rule: 'project.suffix', text: '美兰机场三期', start: 12, name: '美兰机场三期', fields: { kind: 'AIRPORT', section: '三期' } },
      { rule: 'project.suffix', text: '儋州机场', start: 19, name: '儋州机场' },
      { rule: 'project.suffix', text: '东方机场', start: 24, name: '东方机场' },
    ],
  },
  // 辽宁 2026: same for a highway phase
  {
    fragment: '加快建设，长海跨海大桥、秦沈高速二期、本庄高速等重大项目',
    expected: [
      { rule: 'project.suffix', text: '长海跨海大桥', start: 5, name: '长海跨海大桥' },
      { rule: 'project.suffix', text: '秦沈高速二期', start: 12, name: '秦沈高速公路二期', fields: { kind: 'HIGHWAY', section: '二期' } },
      { rule: 'project.suffix', text: '本庄高速', start: 19, name: '本庄高速公路' },
    ],
  },
  // seed line 10: a platform and an app, each under its own head: the platform does not share 小程序, so nothing
  // overlaps
  {
    fragment: '推广“渝职聘”求职招聘平台、“数治就业”小程序',
    expected: [
      { rule: 'project.named', text: '“渝职聘”求职招聘平台', start: 2, name: '“渝职聘”求职招聘平台' },
      { rule: 'project.named', text: '“数治就业”小程序', start: 14, name: '“数治就业”小程序' },
    ],
  },
  // seed line 13: two data centres joined by 和
  {
    fragment: '中科曙光先进数据中心和华为人工智能计算中心项目均已进入试运营阶段。',
    expected: [
      { rule: 'project.suffix', text: '中科曙光先进数据中心', start: 0, name: '中科曙光先进数据中心' },
      { rule: 'project.suffix', text: '华为人工智能计算中心', start: 11, name: '华为人工智能计算中心' },
    ],
  },
  // seed line 32: six railways of one elided list, none overlapping
  {
    fragment: '渝湘高速铁路重庆至黔江段、渝昆、成达万、渝万、成渝中线、渝西高速铁路加快推进。',
    expected: [
      { rule: 'project.suffix', text: '渝湘高速铁路重庆至黔江段', start: 0, name: '渝湘高铁' },
      { rule: 'project.suffix', text: '渝昆', start: 13, name: '渝昆高铁' },
      { rule: 'project.suffix', text: '成达万', start: 16, name: '成达万高铁' },
      { rule: 'project.suffix', text: '渝万', start: 20, name: '渝万高铁' },
      { rule: 'project.suffix', text: '成渝中线', start: 23, name: '成渝中线高铁' },
      { rule: 'project.suffix', text: '渝西高速铁路', start: 28, name: '渝西高铁' },
    ],
  },
  // seed line 57: two railways
  {
    fragment: '加快成渝中线高铁、渝昆高铁建设,推动',
    expected: [
      { rule: 'project.suffix', text: '成渝中线高铁', start: 2, name: '成渝中线高铁' },
      { rule: 'project.suffix', text: '渝昆高铁', start: 9, name: '渝昆高铁' },
    ],
  },
  // seed line 22: one plant
  { fragment: '万州江南密溪沟污水处理厂开工建设,', expected: [{ rule: 'project.suffix', text: '万州江南密溪沟污水处理厂', start: 0, name: '万州江南密溪沟污水处理厂' }] },
];

describe('ProjectOverlapRefiner', () => overlapTable('project', ProjectOverlapRefiner, { collapses, keeps }));
