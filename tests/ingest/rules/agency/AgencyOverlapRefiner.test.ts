import { AgencyOverlapRefiner } from '../../../../src/ingest/rules/agency/AgencyOverlapRefiner';
import { overlapTable, type OverlapRow } from '../overlapTable';

// Run through the agency pipeline (every agency rule, then the agency refiners). Fragments are real text; the seed
// report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus seeds/reports (2026 provincial
// reports). Offsets are relative to the fragment (passage.start = 0).
const collapses: OverlapRow[] = [
  // 北京 2026: the full government name (suffix rule) over the gazetteer's 市人民政府 inside it
  {
    fragment: '现在，我代表北京市人民政府，向大会报告政府工作',
    expected: [{ rule: 'agency.suffix', text: '北京市人民政府', start: 6, name: '北京市人民政府', fields: { kind: 'GOVERNMENT' } }],
  },
  // seed line 5: a committee of the Party committee, not the 市委 inside it
  {
    fragment: '落实召开六届市委全面深化改革委员会第',
    expected: [{ rule: 'agency.suffix', text: '市委全面深化改革委员会', start: 6, name: '重庆市委全面深化改革委员会', fields: { kind: 'COMMISSION' } }],
  },
  // seed line 41: equal spans of the gazetteer and suffix rules; the gazetteer (registered first) stays
  {
    fragment: '与国务院国资委签署战略合作框架协议',
    expected: [{ rule: 'agency.gazetteer', text: '国务院国资委', start: 1, name: '国务院国资委', fields: { kind: 'COMMISSION' } }],
  },
  // 江西 2026: an institute of the academy, over both readings of 中国科学院 inside it
  {
    fragment: '积极支持中国科学院赣江创新研究院、太行',
    expected: [{ rule: 'agency.suffix', text: '中国科学院赣江创新研究院', start: 4, name: '中国科学院赣江创新研究院', fields: { kind: 'RESEARCH' } }],
  },
  // 海南 2026: a university's institute over the university
  { fragment: '推动北京大学海南研究院落地，启动', expected: [{ rule: 'agency.suffix', text: '北京大学海南研究院', start: 2, name: '北京大学海南研究院' }] },
  // 广西 2026: the doubled 国家发展改革委 collapses; 科技部 beside it stays
  {
    fragment: '盟人工智能创新合作中心获国家发展改革委、科技部等部委批准建',
    expected: [
      { rule: 'agency.gazetteer', text: '国家发展改革委', start: 12, name: '国家发展改革委' },
      { rule: 'agency.gazetteer', text: '科技部', start: 20, name: '科技部' },
    ],
  },
];

const keeps: OverlapRow[] = [
  // seed line 5: three agencies apart
  {
    fragment: '深入贯彻落实党中央、国务院的决策部署和市委工作安排',
    expected: [
      { rule: 'agency.gazetteer', text: '党中央', start: 6, name: '党中央' },
      { rule: 'agency.gazetteer', text: '国务院', start: 10, name: '国务院' },
      { rule: 'agency.gazetteer', text: '市委', start: 19, name: '中共重庆市委员会' },
    ],
  },
  // seed line 13: two companies, each opening a data centre's name
  {
    fragment: '中科曙光先进数据中心和华为人工智能计算中心',
    expected: [
      { rule: 'agency.gazetteer', text: '中科曙光', start: 0, name: '中科曙光' },
      { rule: 'agency.gazetteer', text: '华为', start: 11, name: '华为' },
    ],
  },
  // 宁夏 2026: a court and an administration side by side
  {
    fragment: '数据集试点。最高法、海关总署等数据中心建成，新华',
    expected: [
      { rule: 'agency.gazetteer', text: '最高法', start: 6, name: '最高人民法院', fields: { kind: 'COURT' } },
      { rule: 'agency.gazetteer', text: '海关总署', start: 10, name: '海关总署' },
    ],
  },
  // seed line 26: an SOE alone
  { fragment: '国铁集团已完成黔江至吉首高速铁路项目勘察设计招标工作', expected: [{ rule: 'agency.gazetteer', text: '国铁集团', start: 0, name: '国铁集团', fields: { kind: 'SOE' } }] },
];

describe('AgencyOverlapRefiner', () => overlapTable('agency', AgencyOverlapRefiner, { collapses, keeps }));
