import { AgencyAdjacentRule } from '../../../../src/ingest/rules/relation/AgencyAdjacentRule';
import { expectRelations, type ExpectedRelation, type Mention } from '../../harness';
import { withMentions } from './relations.fixtures';

const agency = (text: string, name: string, kind = 'PARTY'): Mention => ({ kind: 'agency', text, name, fields: { kind } });
const title = (inner: string): Mention => ({ kind: 'policy', text: `《${inner}》`, name: inner, fields: { kind: 'DOCUMENT' } });
const SUGGESTION = '关于制定国民经济和社会发展第十五个五年规划的建议';

// Fragments are real text; the seed report is seeds/reports/chongqing-2023-h1-plan-execution-report.txt, the corpus
// seeds/reports (2026 provincial reports). Agencies, policies and projects are placed by hand.
const matches: { text: string; mentions: Mention[]; expected: ExpectedRelation[] }[] = [
  // 海南 2026: a university issues no programme, it carries its own “双一流”建设 out
  {
    text: '海南大学“双一流”建设稳步推进，海南医学院更名为海南医科大学',
    mentions: [agency('海南大学', '海南大学', 'UNIVERSITY'), { kind: 'policy', text: '“双一流”建设', name: '“双一流”建设', fields: { kind: 'PROGRAM' } }],
    expected: [{ type: 'IMPLEMENTS', from: '海南大学', to: '“双一流”建设' }],
  },
  // 陕西 2026: the Party committee right before its document issued it; 省政府制定了《…》 has a verb between (IssuedByRule's)
  {
    text: '根据省委《关于制定国民经济和社会发展第十五个五年规划的建议》，省政府制定了《陕西省国民经济和社会发展第十五个五年规划纲要（草案）》，提请大会审查。',
    mentions: [
      agency('省委', '中共陕西省委员会'),
      title(SUGGESTION),
      agency('省政府', '陕西省人民政府', 'GOVERNMENT'),
      title('陕西省国民经济和社会发展第十五个五年规划纲要（草案）'),
    ],
    expected: [{ type: 'ISSUED_BY', from: SUGGESTION, to: '中共陕西省委员会' }],
  },
  // 湖南 2026
  {
    text: '省委《关于制定湖南省国民经济和社会发展第十五个五年规划的建议》提出，要锚定',
    mentions: [agency('省委', '中共湖南省委员会'), title('关于制定湖南省国民经济和社会发展第十五个五年规划的建议')],
    expected: [{ type: 'ISSUED_BY', from: '关于制定湖南省国民经济和社会发展第十五个五年规划的建议', to: '中共湖南省委员会' }],
  },
  // 内蒙古 2026: an autonomous region's Party committee
  {
    text: '根据自治区党委《关于制定国民经济和社会发展第十五个五年规划的建议》，自治区人民',
    mentions: [agency('自治区党委', '中共内蒙古自治区委员会'), title(SUGGESTION)],
    expected: [{ type: 'ISSUED_BY', from: SUGGESTION, to: '中共内蒙古自治区委员会' }],
  },
  // seed line 41: a state enterprise right before its REITs project carries it out
  {
    text: '两江新区产业园、市地产集团保障性租赁住房、渝遂高速公路改扩建扩募资等REITs项目加快',
    mentions: [agency('市地产集团', '重庆市地产集团', 'SOE'), { kind: 'project', text: '保障性租赁住房', name: '市地产集团保障性租赁住房REITs项目' }],
    expected: [{ type: 'IMPLEMENTS', from: '重庆市地产集团', to: '市地产集团保障性租赁住房REITs项目' }],
  },
];

const nonMatches: { text: string; mentions: Mention[] }[] = [
  // 陕西 2026: a verb (制定了) between the government and its document
  {
    text: '省政府制定了《陕西省国民经济和社会发展第十五个五年规划纲要（草案）》，提请大会审查。',
    mentions: [agency('省政府', '陕西省人民政府', 'GOVERNMENT'), title('陕西省国民经济和社会发展第十五个五年规划纲要（草案）')],
  },
  // seed line 26: a verb phrase between the enterprise and the railway (ImplementsRule's)
  {
    text: '国铁集团已完成黔江至吉首高速铁路项目勘察设计招标工作',
    mentions: [agency('国铁集团', '国铁集团', 'SOE'), { kind: 'project', text: '黔江至吉首高速铁路', name: '黔江至吉首高铁' }],
  },
  // seed line 13: the company opens the project's name; it does not stand before it
  {
    text: '中科曙光先进数据中心和华为人工智能计算中心项目均已进入试运营阶段',
    mentions: [agency('中科曙光', '中科曙光', 'COMPANY'), { kind: 'project', text: '中科曙光先进数据中心' }],
  },
  // seed line 5: 的 between the agencies and what they decided, and no policy
  {
    text: '深入贯彻落实党中央、国务院的决策部署和市委工作安排',
    mentions: [agency('党中央', '党中央'), agency('国务院', '国务院', 'GOVERNMENT'), agency('市委', '中共重庆市委员会')],
  },
];

describe('AgencyAdjacentRule', () => {
  it.each(matches)('links $text', ({ text, mentions, expected }) => expectRelations(AgencyAdjacentRule, text, expected, withMentions(mentions)));
  it.each(nonMatches)('finds nothing in $text', ({ text, mentions }) => expectRelations(AgencyAdjacentRule, text, [], withMentions(mentions)));
});
